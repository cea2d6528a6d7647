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
import org.replyaudit.ReplyAnalyzer;
import org.replyaudit.ReplyAudit;
import org.replyaudit.corpus.train.ModelsLeaveOneDomainOut;
import org.replyaudit.corpus.train.TrainingSets;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code evaluate --set NAME [--data DIR] [--split S] [--json FILE]}: scores the default analyzer
 * on one set and prints a Markdown table. Exit 0 on success, 2 when the data is missing or the
 * options are wrong.
 */
@Command(name = "evaluate", mixinStandardHelpOptions = true,
    description = "Scores the default analyzer on a set and prints a Markdown table.")
public final class EvaluateCommand implements Callable<Integer> {
  /** Exit code when the data is missing or unusable. */
  public static final int DATA_MISSING = 2;
  private static final int PROGRESS_EVERY = 50;

  @Spec
  private CommandSpec spec;

  @Option(names = "--set", required = true,
      description = "seed, dev (annotated cases), disapere, qevasion, checklist (checklist-annotated replies)"
          + " or threads (annotated threads); the last two are bundled in this jar")
  private String set;

  @Option(names = "--file", paramLabel = "FILE",
      description = "checklist or threads only: score this file instead of the bundled examples")
  private Path file;

  @Option(names = "--data", paramLabel = "DIR",
      description = "the shared data directory; default: system property replyaudit.shared,"
          + " else ../shared")
  private Path data;

  @Option(names = "--split",
      description = "disapere: train|dev|test (default test); qevasion: tune|test (default test)")
  private String split;

  @Option(names = "--question", defaultValue = "sub",
      description = "qevasion only: sub (the labelled sub-question, default) or full"
          + " (the whole interview question)")
  private String question;

  @Option(names = "--without", paramLabel = "SIGNAL",
      description = "switch a matching signal off, for ablations (repeatable): ${COMPLETION-CANDIDATES}")
  List<MatchingSignal> without = new ArrayList<>();

  @Option(names = "--with", paramLabel = "SIGNAL",
      description = "switch on a matching signal that is off by default, for ablations (repeatable)")
  List<MatchingSignal> with = new ArrayList<>();

  @Option(names = "--answered", paramLabel = "T",
      description = "the answered threshold, for tuning sweeps (default: the library's)")
  private Double answered;

  @Option(names = "--partly", paramLabel = "T",
      description = "the partly threshold, for tuning sweeps (default: the library's)")
  private Double partly;

  @Option(names = "--lodo",
      description = "seed/dev only: also report leave-one-domain-out figures, the status"
          + " thresholds chosen on the other domains each time")
  private boolean lodo;

  @Option(names = "--lodo-models",
      description = "dev only: also score the fault labels with the trained models retrained for each"
          + " domain without that domain's cases (reads DISAPERE train; two trainings per domain)")
  private boolean lodoModels;

  @Option(names = "--rules-only",
      description = "score the rules alone, without the trained models (to measure what the models add)")
  private boolean rulesOnly;

  @Option(names = "--json", paramLabel = "FILE", description = "also write the result as JSON")
  private Path json;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Path shared = data != null ? data : defaultDataDirectory();
    ReplyAnalyzer analyzer;
    try {
      analyzer = analyzer();
    } catch (IllegalArgumentException e) {
      return usage(err, e.getMessage());
    }
    if (file != null && !set.equals("checklist") && !set.equals("threads")) {
      return usage(err, "--file applies to the checklist and threads sets only");
    }
    try {
      String markdown;
      String jsonText;
      switch (set) {
        case "seed", "dev" -> {
          if (split != null) {
            return usage(err, "--split applies to disapere and qevasion only");
          }
          Path file = shared.resolve("cases").resolve(set + ".jsonl");
          if (!Files.isRegularFile(file)) {
            return missing(err, "no cases file " + file);
          }
          List<AnnotatedCase> cases = CaseReader.read(file);
          CaseSetResult r = Evaluator.evaluate(set, cases, analyzer, progress(err));
          markdown = r.toMarkdown();
          jsonText = r.toJson();
          if (lodo && cases.stream().map(AnnotatedCase::domain).distinct().count() < 2) {
            return usage(err, "--lodo needs cases from at least two domains");
          }
          if (lodo) {
            markdown += LeaveOneDomainOut.evaluate(cases, analyzer, progress(err)).toMarkdown(set);
          }
          if (lodoModels) {
            if (rulesOnly) {
              return usage(err, "--lodo-models needs the trained models: not with --rules-only");
            }
            Path disapere = shared.resolve("datasets").resolve("disapere");
            if (!Files.isDirectory(DisapereReader.splitDirectory(disapere, "train"))) {
              return missing(err, "--lodo-models retrains on DISAPERE, and there is none at "
                  + DisapereReader.splitDirectory(disapere, "train"));
            }
            CaseSetResult held = ModelsLeaveOneDomainOut.evaluate(set, cases,
                TrainingSets.disapere(disapere, "train", 0), analyzer, progress(err));
            markdown += "\n" + held.toMarkdown();
            jsonText = "{\"all\":" + jsonText + ",\"modelsHeldOutByDomain\":" + held.toJson() + "}";
          }
        }
        case "checklist", "threads" -> {
          if (split != null || lodo || lodoModels) {
            return usage(err, "--split, --lodo and --lodo-models do not apply to " + set);
          }
          String name = set.equals("checklist") ? "checklists.jsonl" : "threads.jsonl";
          try (java.io.Reader in = reader(file, name)) {
            String source = file != null ? file.toString() : "bundled " + name;
            if (set.equals("checklist")) {
              ChecklistResult r = ChecklistEvaluator.evaluate("checklist: " + source,
                  ChecklistCaseReader.read(in, source), analyzer, progress(err));
              markdown = r.toMarkdown();
              jsonText = r.toJson();
            } else {
              ThreadResult r = ThreadEvaluator.evaluate("threads: " + source, ThreadCaseReader.read(in, source),
                  analyzer, progress(err));
              markdown = r.toMarkdown();
              jsonText = r.toJson();
            }
          }
        }
        case "disapere" -> {
          if (lodoModels) {
            return usage(err, "--lodo-models applies to seed and dev only");
          }
          if (lodo) {
            return usage(err, "--lodo applies to seed and dev only");
          }
          String s = split == null ? "test" : split;
          if (!DisapereReader.SPLITS.contains(s)) {
            return usage(err, "disapere --split must be one of " + DisapereReader.SPLITS);
          }
          Path dir = shared.resolve("datasets").resolve("disapere");
          if (!Files.isDirectory(DisapereReader.splitDirectory(dir, s))) {
            return missing(err, "no DISAPERE data at " + DisapereReader.splitDirectory(dir, s));
          }
          List<AnnotatedCase> cases = DisapereReader.read(dir, s);
          CaseSetResult r = Evaluator.evaluate("disapere/" + s, cases, analyzer, progress(err));
          markdown = r.toMarkdown();
          jsonText = r.toJson();
        }
        case "qevasion" -> {
          if (lodoModels) {
            return usage(err, "--lodo-models applies to seed and dev only");
          }
          if (lodo) {
            return usage(err, "--lodo applies to seed and dev only");
          }
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
          List<QEvasionItem> items = QEvasionReader.read(dir, s, field);
          VerdictResult r = Evaluator.evaluateVerdicts(
              "qevasion/" + s + (field == QEvasionReader.QuestionField.SUB_QUESTION ? "" : " (full question)"),
              items, analyzer, progress(err));
          markdown = r.toMarkdown();
          jsonText = r.toJson();
        }
        default -> {
          return usage(err, "--set must be seed, dev, disapere, qevasion, checklist or threads, not " + set);
        }
      }
      out.print(markdown);
      out.flush();
      if (json != null) {
        Files.writeString(json, jsonText + "\n", StandardCharsets.UTF_8);
      }
      return 0;
    } catch (CaseFormatException e) {
      return missing(err, "bad cases file: " + e.getMessage());
    } catch (IOException e) {
      return missing(err, "cannot read the data: " + e.getMessage());
    }
  }

  private ReplyAnalyzer analyzer() {
    if (without.isEmpty() && with.isEmpty() && answered == null && partly == null && !rulesOnly) {
      return ReplyAudit.defaultAnalyzer();
    }
    ReplyAnalyzer.Builder b = ReplyAudit.builder().with(with.toArray(MatchingSignal[]::new))
        .without(without.toArray(MatchingSignal[]::new));
    if (rulesOnly) {
      b.rulesOnly();
    }
    if (answered != null) {
      b.answeredThreshold(answered);
    }
    if (partly != null) {
      b.partlyThreshold(partly);
    }
    return b.build();
  }

  /** The file given, else the bundled resource {@code data/NAME}. */
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
        err.printf(Locale.ROOT, "%d/%d pairs, %.1f pairs/s%n", done, total, rate);
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
