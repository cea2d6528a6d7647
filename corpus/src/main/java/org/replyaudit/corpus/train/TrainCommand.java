package org.replyaudit.corpus.train;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.function.Function;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.util.Version;
import org.replyaudit.corpus.AnnotatedCase;
import org.replyaudit.corpus.CaseReader;
import org.replyaudit.corpus.EvaluateCommand;
import org.replyaudit.internal.SentenceRules;
import org.replyaudit.models.TrainedModel;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code train [--data DIR] [--out DIR]}: rebuilds every trained model from the shared data in
 * one run and prints how each does on DISAPERE test beside the rules and DISAPERE's own figures.
 *
 * <p>Each model is trained on DISAPERE train plus the annotated dev cases' gold sentences, once
 * per candidate configuration; the candidate with the best macro-F1 on DISAPERE dev is kept
 * (earlier candidate on a tie), and only then scored on DISAPERE test. The table goes to stdout,
 * progress to stderr. Exit 0 on success, 2 when the data is missing or an option is wrong.
 */
@Command(name = "train", mixinStandardHelpOptions = true,
    description = "Rebuilds the trained models from DISAPERE and the dev cases, and scores them.")
public final class TrainCommand implements Callable<Integer> {
  /** DISAPERE's committed macro-F1 for its own label sets (review_action, rebuttal_action). */
  static final double DISAPERE_REVIEW_ACTION = 0.604;
  static final double DISAPERE_REBUTTAL_ACTION = 0.312;
  static final String LICENCE = "Derived from DISAPERE (Kennard et al., NAACL 2022), licensed CC BY-NC 4.0:"
      + " the model is an adaptation of that data, so it may be used and shared for non-commercial"
      + " purposes only, with attribution; the annotated cases (shared/cases/dev.jsonl) were written for"
      + " this project.";

  @Spec
  private CommandSpec spec;

  @Mixin
  private TrainingPaths paths;

  @Option(names = "--config", paramLabel = "NAME",
      description = "train with this configuration only, skipping the tuning on DISAPERE dev")
  private String config;

  @Option(names = "--limit", paramLabel = "N", defaultValue = "0",
      description = "read at most N pair files of each DISAPERE split (quick runs and tests; 0 = all)")
  private int limit;

  @Option(names = "--model", paramLabel = "NAME",
      description = "build only this model (point-kind, reply-act or denial); default: all")
  private String model;

  @Option(names = "--no-cases",
      description = "leave the annotated dev cases out of training (to measure the dev figures without leakage)")
  private boolean noCases;

  /** One model to build: its rows, scoring and the rules' baseline. */
  private record Task(String name, String what, List<String> labels, List<SentenceRow> train,
      List<SentenceRow> dev, List<SentenceRow> test, List<String> scored, Function<String, String> scoredAs,
      Function<String, String> rules, double disapereFigure, String disapereLabelSet, int cases) {}

  @Override
  public Integer call() throws IOException {
    PrintWriter stdout = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Path shared = paths.shared();
    Path out = paths.out();
    Path disapereDir = shared.resolve("datasets").resolve("disapere");
    List<ModelTrainer.Config> configs;
    try {
      configs = config == null ? ModelTrainer.CANDIDATES : List.of(ModelTrainer.candidate(config));
    } catch (IllegalArgumentException e) {
      err.println("train: " + e.getMessage());
      return EvaluateCommand.DATA_MISSING;
    }
    if (model != null && !org.replyaudit.models.TrainedModels.NAMES.contains(model)) {
      err.println("train: --model must be one of " + org.replyaudit.models.TrainedModels.NAMES);
      return EvaluateCommand.DATA_MISSING;
    }
    if (limit < 0) {
      err.println("train: --limit must be 0 or more");
      return EvaluateCommand.DATA_MISSING;
    }
    TrainingSets.Disapere train;
    TrainingSets.Disapere dev;
    TrainingSets.Disapere test;
    List<AnnotatedCase> cases = List.of();
    Path casesFile = shared.resolve("cases").resolve("dev.jsonl");
    try {
      err.println("train: reading DISAPERE from " + disapereDir);
      train = TrainingSets.disapere(disapereDir, "train", limit);
      dev = TrainingSets.disapere(disapereDir, "dev", limit);
      test = TrainingSets.disapere(disapereDir, "test", limit);
      if (!noCases) {
        if (!Files.isRegularFile(casesFile)) {
          err.println("train: no cases file " + casesFile + " (use --no-cases to train without it)");
          return EvaluateCommand.DATA_MISSING;
        }
        cases = CaseReader.read(casesFile);
      }
    } catch (IOException e) {
      err.println("train: " + e.getMessage());
      return EvaluateCommand.DATA_MISSING;
    }
    SentenceRules rules = new SentenceRules();
    List<SentenceRow> casePoints = TrainingSets.casePoints(cases, "cases/dev.jsonl");
    List<SentenceRow> caseActs = TrainingSets.caseActs(cases, "cases/dev.jsonl");
    List<SentenceRow> caseDenials = TrainingSets.caseDenials(cases, "cases/dev.jsonl");
    List<Task> tasks = List.of(
        new Task("point-kind", "complaint sentence -> point kind",
            List.of("request", "question", "allegation", "grievance", "context"),
            concat(train.review(), casePoints), dev.review(), test.review(),
            Mapping.DISAPERE_KINDS, Mapping::scoredKind,
            s -> Mapping.scoredKind(rules.kind(s)), DISAPERE_REVIEW_ACTION, "review_action", casePoints.size()),
        new Task("reply-act", "reply sentence -> act", Mapping.ACTS,
            concat(train.rebuttal(), caseActs), dev.rebuttal(), test.rebuttal(),
            Mapping.ACTS, Function.identity(), s -> Mapping.ruleAct(rules.acts(s)),
            DISAPERE_REBUTTAL_ACTION, "rebuttal_action", caseActs.size()),
        new Task("denial", "reply sentence -> deny or other", Mapping.DENIAL,
            concat(train.denial(), caseDenials), dev.denial(), test.denial(),
            Mapping.DENIAL, Function.identity(), s -> Mapping.ruleDenial(rules.acts(s)),
            Double.NaN, "", caseDenials.size()));

    Files.createDirectories(out);
    StringBuilder table = new StringBuilder();
    table.append("## Trained models (DISAPERE test").append(limit > 0 ? ", first " + limit + " files a split" : "")
        .append(")\n\n| model | scored labels | config (tuned on dev) | dev macro-F1 | test macro-F1 | rules test macro-F1"
            + " | DISAPERE's own figure |\n| --- | --- | --- | ---: | ---: | ---: | --- |\n");
    StringBuilder perClass = new StringBuilder("\n| model | label | model F1 | rules F1 |\n| --- | --- | ---: | ---: |\n");
    for (Task t : tasks) {
      if (model != null && !model.equals(t.name())) {
        continue;
      }
      List<ModelTrainer.Config> tried = new ArrayList<>();
      List<MaxentModel> models = new ArrayList<>();
      List<ModelTrainer.Scores> devScores = new ArrayList<>();
      for (ModelTrainer.Config c : configs) {
        long t0 = System.nanoTime();
        MaxentModel m = ModelTrainer.train(t.train(), c);
        ModelTrainer.Scores s = ModelTrainer.score(t.dev(), ModelTrainer.predict(m, t.dev()), t.scored(), t.scoredAs());
        err.printf(Locale.ROOT, "train: %s %s: dev macro-F1 %.3f, %d features (%d rows, %.1f s)%n", t.name(),
            c.name(), s.macroF1(), ModelTrainer.features(m), t.train().size(), (System.nanoTime() - t0) / 1e9);
        tried.add(c);
        models.add(m);
        devScores.add(s);
      }
      // The best on dev, unless a smaller model is within the tolerance of it (then the smallest).
      double top = devScores.stream().mapToDouble(ModelTrainer.Scores::macroF1).max().orElseThrow();
      int chosen = -1;
      for (int i = 0; i < tried.size(); i++) {
        if (devScores.get(i).macroF1() >= top - ModelTrainer.TOLERANCE
            && (chosen < 0 || ModelTrainer.features(models.get(i)) < ModelTrainer.features(models.get(chosen)))) {
          chosen = i;
        }
      }
      ModelTrainer.Config best = tried.get(chosen);
      MaxentModel bestModel = models.get(chosen);
      ModelTrainer.Scores bestDev = devScores.get(chosen);
      ModelTrainer.Scores testScores = ModelTrainer.score(t.test(), ModelTrainer.predict(bestModel, t.test()),
          t.scored(), t.scoredAs());
      List<String> rulePredictions = t.test().stream().map(r -> t.rules().apply(r.text())).toList();
      ModelTrainer.Scores ruleScores = ModelTrainer.score(t.test(), rulePredictions, t.scored(), t.scoredAs());
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      TrainedModel.write(bestModel, bytes);
      String resource = t.name() + ".bin.gz";
      Files.write(out.resolve(resource), bytes.toByteArray());
      String sha = sha256(bytes.toByteArray());
      Files.writeString(out.resolve(t.name() + ".properties"),
          provenance(t, resource, sha, best, ModelTrainer.features(bestModel), bestDev, testScores, ruleScores, limit), StandardCharsets.UTF_8);
      err.printf(Locale.ROOT, "train: wrote %s (%d bytes, sha256 %s)%n", out.resolve(resource), bytes.size(), sha);
      table.append(String.format(Locale.ROOT, "| %s | %s | %s | %.3f | %.3f | %.3f | %s |%n", t.name(),
          String.join(", ", t.scored()), best.name(), bestDev.macroF1(), testScores.macroF1(), ruleScores.macroF1(),
          Double.isNaN(t.disapereFigure()) ? "—"
              : String.format(Locale.ROOT, "%.3f (%s, DISAPERE's own labels)", t.disapereFigure(), t.disapereLabelSet())));
      for (String label : t.scored()) {
        perClass.append(String.format(Locale.ROOT, "| %s | %s | %.3f | %.3f |%n", t.name(), label,
            testScores.f1().get(label), ruleScores.f1().get(label)));
      }
    }
    stdout.print(table);
    stdout.print(perClass);
    stdout.flush();
    return 0;
  }

  private static List<SentenceRow> concat(List<SentenceRow> a, List<SentenceRow> b) {
    List<SentenceRow> out = new ArrayList<>(a.size() + b.size());
    out.addAll(a);
    out.addAll(b);
    return out;
  }

  /** The provenance file: plain key=value lines in a fixed order, no timestamp (it must reproduce). */
  private String provenance(Task t, String resource, String sha, ModelTrainer.Config c, int features,
      ModelTrainer.Scores dev, ModelTrainer.Scores test, ModelTrainer.Scores rules, int limit) {
    StringBuilder b = new StringBuilder();
    b.append("# Written by 'CorpusMain train' (org.replyaudit.corpus.train.TrainCommand); retrain, do not edit.\n");
    line(b, "name", t.name());
    line(b, "task", t.what());
    line(b, "resource", resource);
    line(b, "sha256", sha);
    line(b, "labels", String.join(",", t.labels()));
    line(b, "features", "org.replyaudit.models.SentenceFeatures: words, bigrams, first words, cue-word classes,"
        + " negation and its scope, modals, person, question form, position in the letter, length");
    line(b, "trained.on", "DISAPERE final_dataset/train" + (limit > 0 ? " (first " + limit + " files)" : "")
        + " (" + (t.train().size() - t.cases()) + " sentences) + shared/cases/dev.jsonl gold quotes ("
        + t.cases() + ")");
    line(b, "tuned.on", "DISAPERE final_dataset/dev (" + t.dev().size() + " sentences): config chosen by macro-F1"
        + " (the smallest model within " + ModelTrainer.TOLERANCE + " of the best) among " + ModelTrainer.CANDIDATES.stream().map(ModelTrainer.Config::name).toList());
    line(b, "evaluated.on", "DISAPERE final_dataset/test (" + t.test().size() + " sentences)");
    line(b, "mapping", "org.replyaudit.corpus.train.Mapping (README, Models)");
    line(b, "licence", LICENCE);
    line(b, "config", c.name());
    line(b, "params", c.describe());
    line(b, "features.kept", String.valueOf(features));
    line(b, "seed", "none: GIS and L-BFGS draw no random numbers; events in file order, single thread");
    line(b, "opennlp.version", Version.currentVersion().toString());
    line(b, "scored.labels", String.join(",", t.scored()) + (t.name().equals("point-kind")
        ? " (allegation counted as grievance: DISAPERE has no allegation)" : ""));
    line(b, "eval.dev.macroF1", f(dev.macroF1()));
    line(b, "eval.test.macroF1", f(test.macroF1()));
    line(b, "eval.test.accuracy", f(test.accuracy()));
    test.f1().forEach((k, v) -> line(b, "eval.test.f1." + k, f(v)));
    line(b, "eval.test.rules.macroF1", f(rules.macroF1()));
    rules.f1().forEach((k, v) -> line(b, "eval.test.rules.f1." + k, f(v)));
    if (!Double.isNaN(t.disapereFigure())) {
      line(b, "eval.disapere.reference", f(t.disapereFigure()) + " macro-F1 of DISAPERE's own "
          + t.disapereLabelSet() + " classifier (its own, finer label set; not the same task)");
    }
    return b.toString();
  }

  private static void line(StringBuilder b, String key, String value) {
    b.append(key).append('=').append(value.replace("\\", "\\\\").replace("\n", " ")).append('\n');
  }

  private static String f(double v) {
    return String.format(Locale.ROOT, "%.3f", v);
  }

  static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new AssertionError(e);
    }
  }
}
