package org.replyaudit.corpus.learn;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.concurrent.Callable;
import org.replyaudit.Mode;
import org.replyaudit.SentenceEncoder;
import org.replyaudit.corpus.AnnotatedCase;
import org.replyaudit.corpus.CaseFormatException;
import org.replyaudit.corpus.CaseReader;
import org.replyaudit.corpus.Progress;
import org.replyaudit.internal.Pipeline;
import org.replyaudit.internal.Settings;
import org.replyaudit.models.EnglishModels;
import org.replyaudit.models.ModelSet;
import org.replyaudit.semantic.OnnxSentenceEncoder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code train}: trains the model sets that make ReplyAudit's decisions, one per mode, on
 * annotated cases, and writes each (models, thresholds, provenance) into a directory. By default
 * it trains on the CC0 cases in {@code corpus/data/cases} and writes the shipped sets. Training
 * is deterministic: an unchanged run rewrites the shipped files byte for byte.
 */
@Command(name = "train", mixinStandardHelpOptions = true,
    description = "Trains the decision models (one set per mode) on annotated cases.")
public final class TrainCommand implements Callable<Integer> {
  /** Where the shipped sets live in the repository. */
  public static final Path SHIPPED = Path.of("models/src/main/resources/org/replyaudit/models/learned");
  /** The training data the shipped sets are trained on. */
  public static final List<Path> CASES = List.of(Path.of("corpus/data/cases/train.jsonl"),
      Path.of("corpus/data/cases/dev.jsonl"));

  @Spec
  private CommandSpec spec;

  @Option(names = "--cases", paramLabel = "FILE",
      description = "annotated cases to train on (repeatable; default: corpus/data/cases/train.jsonl and dev.jsonl)")
  private List<Path> cases = new ArrayList<>();

  @Option(names = "--out", paramLabel = "DIR",
      description = "where to write one directory per set (default: the shipped sets, ${DEFAULT-VALUE})")
  private Path out = SHIPPED;

  @Option(names = "--mode", defaultValue = "both",
      description = "lexical, semantic or both (default)")
  private String mode;

  @Option(names = "--licence", paramLabel = "TEXT",
      description = "what the training data's licence allows, recorded with the set (default: the CC0 text"
          + " when training on the default cases)")
  private String licence;

  @Option(names = "--disapere", paramLabel = "DIR",
      description = "also train on DISAPERE's train split read from DIR (the directory holding"
          + " DISAPERE/final_dataset), for peer reviews and rebuttals. DISAPERE is CC BY-NC 4.0: the set is then"
          + " for non-commercial use only, and is written to --out, which must then be given")
  private Path disapere;

  @Option(names = "--l2", description = "L2 cost (default ${DEFAULT-VALUE})", defaultValue = "1.0")
  private double l2;

  @Option(names = "--iterations", description = "L-BFGS iterations (default ${DEFAULT-VALUE})", defaultValue = "200")
  private int iterations;

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    List<Mode> modes = switch (mode) {
      case "both" -> List.of(Mode.LEXICAL, Mode.SEMANTIC);
      case "lexical" -> List.of(Mode.LEXICAL);
      case "semantic" -> List.of(Mode.SEMANTIC);
      default -> null;
    };
    if (modes == null) {
      err.println("train: --mode must be lexical, semantic or both, not " + mode);
      return 2;
    }
    List<Path> files = cases.isEmpty() ? CASES : cases;
    List<AnnotatedCase> all = new ArrayList<>();
    Properties description = new Properties();
    StringBuilder data = new StringBuilder();
    try {
      for (Path f : files) {
        if (!Files.isRegularFile(f)) {
          err.println("train: no cases file " + f + (cases.isEmpty() ? " (run from the repository root)" : ""));
          return 2;
        }
        List<AnnotatedCase> read = CaseReader.read(f);
        all.addAll(read);
        data.append(data.length() == 0 ? "" : "; ").append(f.getFileName()).append(" (").append(read.size())
            .append(" letters, SHA-256 ").append(EnglishModels.sha256(Files.readAllBytes(f))).append(')');
      }
    } catch (CaseFormatException e) {
      err.println("train: bad cases file: " + e.getMessage());
      return 2;
    } catch (IOException e) {
      err.println("train: cannot read the cases: " + e.getMessage());
      return 2;
    }
    if (disapere != null) {
      if (out.equals(SHIPPED)) {
        err.println("train: a set trained on DISAPERE is for non-commercial use only and is never shipped: give --out DIR");
        return 2;
      }
      try {
        for (String split : List.of("train")) {
          List<AnnotatedCase> read = org.replyaudit.corpus.DisapereReader.read(disapere, split);
          all.addAll(read);
          data.append("; DISAPERE final_dataset/").append(split).append(" (").append(read.size()).append(" pairs)");
        }
      } catch (IOException e) {
        err.println("train: cannot read DISAPERE: " + e.getMessage());
        return 2;
      }
    }
    description.setProperty("data", data.toString());
    description.setProperty("licence", licence != null ? licence
        : disapere != null ? NON_COMMERCIAL : cases.isEmpty() ? CC0 : "not recorded");
    DecisionTrainer.Config config = new DecisionTrainer.Config(l2, iterations, DecisionTrainer.Config.DEFAULT.innerFolds());
    try {
      for (Mode m : modes) {
        long started = System.nanoTime();
        SentenceEncoder encoder = m == Mode.SEMANTIC ? new OnnxSentenceEncoder() : null;
        Pipeline pipeline = new Pipeline(Settings.defaults(), null, encoder);
        List<TrainingCase> training = new ArrayList<>();
        for (AnnotatedCase c : all) {
          training.add(TrainingCase.of(c, pipeline));
        }
        Progress progress = (done, total, rate) -> {
          err.printf(Locale.ROOT, "train %s: inner fold %d/%d%n", m.id(), done, total - 1);
          err.flush();
        };
        ModelSet set = DecisionTrainer.fit(m.id(), training, config, encoder == null ? "" : encoder.id(),
            description, progress);
        Path dir = out.resolve(m.id());
        set.write(dir);
        err.printf(Locale.ROOT, "train %s: %d letters, %.0f s -> %s%n", m.id(), all.size(),
            (System.nanoTime() - started) / 1e9, dir);
        err.flush();
      }
    } catch (IOException e) {
      err.println("train: cannot write the models: " + e.getMessage());
      return 2;
    }
    return 0;
  }

  /** The licence recorded for sets trained with DISAPERE. */
  public static final String NON_COMMERCIAL = "Trained on DISAPERE (Kennard et al., NAACL 2022; CC BY-NC 4.0) as well as"
      + " CC0 cases: the models are an adaptation of DISAPERE and may be used and shared for non-commercial"
      + " purposes only, with attribution.";

  /** The licence recorded for sets trained on the default cases. */
  public static final String CC0 = "Trained only on corpus/data/cases (written for ReplyAudit, CC0 1.0):"
      + " the models may be used for any purpose, commercial included, under the project's Apache-2.0 licence.";
}
