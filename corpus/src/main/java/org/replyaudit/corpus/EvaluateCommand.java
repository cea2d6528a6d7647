package org.replyaudit.corpus;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.replyaudit.MatchingSignal;
import org.replyaudit.Mode;
import org.replyaudit.ReplyAnalyzer;
import org.replyaudit.ReplyAudit;
import org.replyaudit.SentenceEncoder;
import org.replyaudit.corpus.learn.CrossValidation;
import org.replyaudit.corpus.learn.DecisionTrainer;
import org.replyaudit.models.ModelSet;
import org.replyaudit.semantic.OnnxSentenceEncoder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code evaluate --set NAME [--mode M] [--cv K] [--models DIR] [--split S] [--with S] [--without S]
 * [--json FILE]}: scores
 * ReplyAudit on a set and prints Markdown tables, one per mode. Exit 0 on success, 2 when the data
 * is missing or the options are wrong.
 */
@Command(name = "evaluate", mixinStandardHelpOptions = true,
    description = "Scores ReplyAudit on a set and prints Markdown tables, one per mode.")
public final class EvaluateCommand implements Callable<Integer> {
  /** Exit code when the data is missing or unusable. */
  public static final int DATA_MISSING = 2;
  private static final int PROGRESS_EVERY = 50;

  @Spec
  private CommandSpec spec;

  @Option(names = "--set", required = true,
      description = "seed, dev, train (the annotated cases, scored with the shipped models: dev and train"
          + " are their training data), cases (train + dev, cross-validated by domain: --cv), disapere, qevasion,"
          + " checklist (checklist-annotated replies) or threads (annotated threads); the last two are bundled")
  private String set;

  @Option(names = "--file", paramLabel = "FILE",
      description = "checklist or threads only: score this file instead of the bundled examples")
  private Path file;

  @Option(names = "--data", paramLabel = "DIR",
      description = "the shared data directory; default: system property replyaudit.shared, else ../shared")
  private Path data;

  @Option(names = "--mode", defaultValue = "both", description = "lexical, semantic or both (default)")
  private String mode;

  @Option(names = "--l2", paramLabel = "COST", defaultValue = "1.0",
      description = "L2 cost of the models trained in each fold (cases; default ${DEFAULT-VALUE}, as train)")
  double l2;

  @Option(names = "--cv", paramLabel = "K", defaultValue = "5",
      description = "cases only: the number of domain folds (default ${DEFAULT-VALUE})")
  private int folds;

  @Option(names = "--models", paramLabel = "DIR",
      description = "score this model set (written by 'train --out') instead of the shipped one; its mode is its own")
  private Path models;

  @Option(names = "--split",
      description = "disapere: train|dev|test (default test); qevasion: tune|test (default test)")
  private String split;

  @Option(names = "--question", defaultValue = "sub",
      description = "qevasion only: sub (the labelled sub-question, default) or full (the whole interview question)")
  private String question;

  @Option(names = "--adapt",
      description = "qevasion only: a verdict layer fitted on the tuning split (in memory, never written);"
          + " with --split tune it is cross-validated within tune (5 folds)")
  private boolean adapt;

  @Option(names = "--without", paramLabel = "SIGNAL",
      description = "switch a matching signal off, for ablations (repeatable; with --set cases the folds' models"
          + " are trained without it too): ${COMPLETION-CANDIDATES}")
  List<MatchingSignal> without = new ArrayList<>();

  @Option(names = "--with", paramLabel = "SIGNAL",
      description = "switch on a matching signal that is off by default, for ablations (repeatable)")
  List<MatchingSignal> with = new ArrayList<>();

  @Option(names = "--json", paramLabel = "FILE", description = "also write the results as JSON")
  private Path json;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Path shared = data != null ? data : defaultDataDirectory();
    List<Mode> modes;
    try {
      modes = modes();
    } catch (IllegalArgumentException e) {
      return usage(err, e.getMessage());
    } catch (IOException e) {
      return missing(err, "cannot read the model set: " + e.getMessage());
    }
    if (file != null && !set.equals("checklist") && !set.equals("threads")) {
      return usage(err, "--file applies to the checklist and threads sets only");
    }
    StringBuilder markdown = new StringBuilder();
    List<String> jsonParts = new ArrayList<>();
    try {
      for (Mode m : modes) {
        SentenceEncoder encoder = m == Mode.SEMANTIC ? new OnnxSentenceEncoder() : null;
        String label = set + " · " + (models != null ? "models " + models : m.id() + " mode") + signalNote();
        switch (set) {
          case "seed", "dev", "train" -> {
            if (split != null) {
              return usage(err, "--split applies to disapere and qevasion only");
            }
            Path file = shared.resolve("cases").resolve(set + ".jsonl");
            if (!Files.isRegularFile(file)) {
              return missing(err, "no cases file " + file);
            }
            CaseSetResult r = Evaluator.evaluate(label, CaseReader.read(file), analyzer(m, encoder), progress(err));
            markdown.append(r.toMarkdown()).append('\n');
            jsonParts.add(r.toJson());
          }
          case "cases" -> {
            if (models != null) {
              return usage(err, "--set cases trains its own models in every fold: not with --models");
            }
            List<AnnotatedCase> cases = new ArrayList<>();
            for (String f : List.of("train", "dev")) {
              Path file = shared.resolve("cases").resolve(f + ".jsonl");
              if (!Files.isRegularFile(file)) {
                return missing(err, "no cases file " + file);
              }
              cases.addAll(CaseReader.read(file));
            }
            CaseSetResult r = CrossValidation.run(set + " (train + dev), " + folds + "-fold cross-validation by domain, "
                + m.id() + " mode" + signalNote(), cases, folds, new DecisionTrainer.Config(l2,
                DecisionTrainer.Config.DEFAULT.iterations(), DecisionTrainer.Config.DEFAULT.innerFolds()), signals(),
                encoder, progress(err), s -> {
                  err.println("evaluate: " + s);
                  err.flush();
                });
            markdown.append(r.toMarkdown()).append('\n');
            jsonParts.add(r.toJson());
          }
          case "checklist", "threads" -> {
            if (split != null) {
              return usage(err, "--split does not apply to " + set);
            }
            String name = set.equals("checklist") ? "checklists.jsonl" : "threads.jsonl";
            try (java.io.Reader in = reader(file, name)) {
              String source = (file != null ? file.toString() : "bundled " + name) + " · " + label;
              if (set.equals("checklist")) {
                ChecklistResult r = ChecklistEvaluator.evaluate("checklist: " + source,
                    ChecklistCaseReader.read(in, source), analyzer(m, encoder), progress(err));
                markdown.append(r.toMarkdown()).append('\n');
                jsonParts.add(r.toJson());
              } else {
                ThreadResult r = ThreadEvaluator.evaluate("threads: " + source, ThreadCaseReader.read(in, source),
                    analyzer(m, encoder), progress(err));
                markdown.append(r.toMarkdown()).append('\n');
                jsonParts.add(r.toJson());
              }
            }
          }
          case "disapere" -> {
            String s = split == null ? "test" : split;
            if (!DisapereReader.SPLITS.contains(s)) {
              return usage(err, "disapere --split must be one of " + DisapereReader.SPLITS);
            }
            Path dir = shared.resolve("datasets").resolve("disapere");
            if (!Files.isDirectory(DisapereReader.splitDirectory(dir, s))) {
              return missing(err, "no DISAPERE data at " + DisapereReader.splitDirectory(dir, s));
            }
            CaseSetResult r = Evaluator.evaluate("disapere/" + s + " · " + label, DisapereReader.read(dir, s),
                analyzer(m, encoder), progress(err));
            markdown.append(r.toMarkdown()).append('\n');
            jsonParts.add(r.toJson());
          }
          case "qevasion" -> {
            String s = split == null ? "test" : split;
            if (!QEvasionReader.SPLITS.contains(s)) {
              return usage(err, "qevasion --split must be one of " + QEvasionReader.SPLITS);
            }
            QEvasionReader.QuestionField field = switch (question) {
              case "sub" -> QEvasionReader.QuestionField.SUB_QUESTION;
              case "full" -> QEvasionReader.QuestionField.INTERVIEW_QUESTION;
              default -> null;
            };
            if (field == null) {
              return usage(err, "--question must be sub or full");
            }
            Path dir = shared.resolve("datasets").resolve("qevasion");
            if (!Files.isRegularFile(QEvasionReader.splitFile(dir, s))) {
              return missing(err, "no QEvasion data at " + QEvasionReader.splitFile(dir, s));
            }
            String name = "qevasion/" + s + (field == QEvasionReader.QuestionField.SUB_QUESTION ? "" : " (full question)")
                + " · " + label + (adapt ? " · verdict layer fitted on tune" : "");
            List<QEvasionItem> items = QEvasionReader.read(dir, s, field);
            ReplyAnalyzer analyzer = analyzer(m, encoder);
            VerdictResult r;
            if (!adapt) {
              r = Evaluator.evaluateVerdicts(name, items, analyzer, progress(err));
            } else if (s.equals("tune")) {
              r = org.replyaudit.corpus.learn.VerdictAdapter.crossValidate(name, items, analyzer, 5, progress(err));
            } else {
              if (!Files.isRegularFile(QEvasionReader.splitFile(dir, "tune"))) {
                return missing(err, "--adapt fits on QEvasion tune, and there is none at " + QEvasionReader.splitFile(dir, "tune"));
              }
              var adapter = org.replyaudit.corpus.learn.VerdictAdapter.fit(QEvasionReader.read(dir, "tune", field), analyzer,
                  Progress.NONE);
              r = Evaluator.evaluateVerdicts(name, items, analyzer, adapter::verdict, progress(err));
            }
            markdown.append(r.toMarkdown()).append('\n');
            jsonParts.add(r.toJson());
          }
          default -> {
            return usage(err, "--set must be seed, dev, train, cases, disapere, qevasion, checklist or threads, not " + set);
          }
        }
      }
      out.print(markdown);
      out.flush();
      if (json != null) {
        Files.writeString(json, (jsonParts.size() == 1 ? jsonParts.get(0) : "[" + String.join(",", jsonParts) + "]")
            + "\n", StandardCharsets.UTF_8);
      }
      return 0;
    } catch (CaseFormatException e) {
      return missing(err, "bad cases file: " + e.getMessage());
    } catch (IOException e) {
      return missing(err, "cannot read the data: " + e.getMessage());
    } catch (IllegalArgumentException e) {
      return usage(err, e.getMessage());
    }
  }

  private List<Mode> modes() throws IOException {
    if (models != null) {
      return List.of(ModelSet.read(models).encoder().isEmpty() ? Mode.LEXICAL : Mode.SEMANTIC);
    }
    return switch (mode) {
      case "both" -> List.of(Mode.LEXICAL, Mode.SEMANTIC);
      case "lexical" -> List.of(Mode.LEXICAL);
      case "semantic" -> List.of(Mode.SEMANTIC);
      default -> throw new IllegalArgumentException("--mode must be lexical, semantic or both, not " + mode);
    };
  }

  /** The matching signals on: the defaults, then {@code --with}, then {@code --without}. */
  private java.util.Set<MatchingSignal> signals() {
    java.util.Set<MatchingSignal> on = java.util.EnumSet.noneOf(MatchingSignal.class);
    on.addAll(MatchingSignal.defaults());
    on.addAll(with);
    without.forEach(on::remove);
    return on;
  }

  /** {@code " · without X, with Y"} when the signals differ from the defaults, else nothing. */
  private String signalNote() {
    java.util.Set<MatchingSignal> on = signals();
    List<String> parts = new ArrayList<>();
    java.util.Set<MatchingSignal> off = java.util.EnumSet.copyOf(MatchingSignal.defaults());
    off.removeAll(on);
    if (!off.isEmpty()) {
      parts.add("without " + off.stream().map(Enum::name).collect(java.util.stream.Collectors.joining(", ")));
    }
    java.util.Set<MatchingSignal> added = java.util.EnumSet.copyOf(on);
    added.removeAll(MatchingSignal.defaults());
    if (!added.isEmpty()) {
      parts.add("with " + added.stream().map(Enum::name).collect(java.util.stream.Collectors.joining(", ")));
    }
    return parts.isEmpty() ? "" : " · " + String.join("; ", parts);
  }

  private ReplyAnalyzer analyzer(Mode m, SentenceEncoder encoder) throws IOException {
    ReplyAnalyzer.Builder b = ReplyAudit.builder().mode(m).without(MatchingSignal.values())
        .with(signals().toArray(MatchingSignal[]::new));
    if (encoder != null) {
      b.encoder(encoder);
    }
    if (models != null) {
      b.models(ModelSet.read(models));
    }
    return b.build();
  }

  private static java.io.Reader reader(Path file, String bundled) throws IOException {
    if (file != null) {
      if (!Files.isRegularFile(file)) {
        throw new java.nio.file.NoSuchFileException(file.toString(), null, "no such file");
      }
      return Files.newBufferedReader(file, StandardCharsets.UTF_8);
    }
    java.io.InputStream in = EvaluateCommand.class.getResourceAsStream("data/" + bundled);
    if (in == null) {
      throw new IOException("the bundled " + bundled + " is missing from the jar");
    }
    return new java.io.InputStreamReader(in, StandardCharsets.UTF_8);
  }
  /** The {@code replyaudit.shared} system property, else {@code ../shared}. */
  public static Path defaultDataDirectory() {
    String prop = System.getProperty("replyaudit.shared");
    return Path.of(prop != null && !prop.isBlank() ? prop : "../shared");
  }

  private static Progress progress(PrintWriter err) {
    return (done, total, rate) -> {
      if (done % PROGRESS_EVERY == 0 || (done == total && total >= PROGRESS_EVERY)) {
        err.printf(Locale.ROOT, "%d/%d pairs%s%n", done, total,
            rate > 0 ? String.format(Locale.ROOT, ", %.1f pairs/s", rate) : "");
        err.flush();
      }
    };
  }

  private static int missing(PrintWriter err, String message) {
    err.println("replyaudit-corpus: " + message);
    err.flush();
    return DATA_MISSING;
  }

  /** Wrong option values exit like picocli's own usage errors, with code 2. */
  private static int usage(PrintWriter err, String message) {
    return missing(err, message);
  }
}
