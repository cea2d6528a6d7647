package org.replyaudit.corpus.train;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import org.replyaudit.MatchingSignal;
import org.replyaudit.corpus.AnnotatedCase;
import org.replyaudit.corpus.DisapereReader;
import org.replyaudit.corpus.EvaluateCommand;
import org.replyaudit.corpus.GoldAlignment;
import org.replyaudit.corpus.SpanMatch;
import org.replyaudit.internal.AlignmentFeatures;
import org.replyaudit.internal.ModelStages;
import org.replyaudit.internal.Pipeline;
import org.replyaudit.internal.Settings;
import org.replyaudit.models.TrainedModels;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code CorpusMain train-alignment}: learns the alignment ranker's weights from DISAPERE's gold
 * review-rebuttal links (train split), scores them on dev and test, and writes
 * {@code alignment.tsv} with its provenance. The features come from the shipped point-kind and
 * reply-act models, so retrain this after {@code train}.
 */
@Command(name = "train-alignment", mixinStandardHelpOptions = true,
    description = "Learns the alignment ranker's weights from DISAPERE train and scores them on dev and test.")
public final class TrainAlignmentCommand implements Callable<Integer> {
  @Spec
  private CommandSpec spec;

  @Mixin
  private TrainingPaths paths;

  @Option(names = "--limit", paramLabel = "N", defaultValue = "0",
      description = "read at most N pair files of each DISAPERE split (quick runs and tests; 0 = all)")
  private int limit;

  /** P@1 and MRR (first three ranks, as the evaluator reads ReplyClaim.closest) over gold reply sentences. */
  record Score(int sentences, int hits, double reciprocal) {
    double p1() {
      return sentences == 0 ? 0 : (double) hits / sentences;
    }

    double mrr() {
      return sentences == 0 ? 0 : reciprocal / sentences;
    }
  }

  /** A split's groups and how many gold reply sentences no reply claim could stand for. */
  record Split(List<AlignmentTrainer.Group> groups, int unmatched) {}

  @Override
  public Integer call() throws IOException {
    PrintWriter stdout = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (limit < 0) {
      err.println("train-alignment: --limit must be 0 or more");
      return EvaluateCommand.DATA_MISSING;
    }
    Path shared = paths.shared();
    Path out = paths.out();
    Path dir = shared.resolve("datasets").resolve("disapere");
    // The default signals, the shipped sentence models, and no ranker: the features are the
    // other stages' as the default analyzer computes them.
    Pipeline pipeline = new Pipeline(new Settings(List.of(), Settings.DEFAULT_ANSWERED, Settings.DEFAULT_PARTLY,
        Integer.MAX_VALUE, MatchingSignal.defaults()),
        new ModelStages(TrainedModels.pointKind(), TrainedModels.replyAct()));
    List<Split> splits = new ArrayList<>();
    List<Integer> pairs = new ArrayList<>();
    try {
      for (String split : List.of("train", "dev", "test")) {
        List<AnnotatedCase> cases = DisapereReader.read(dir, split);
        if (limit > 0 && cases.size() > limit) {
          cases = cases.subList(0, limit);
        }
        err.printf(Locale.ROOT, "train-alignment: %s: %d pairs%n", split, cases.size());
        splits.add(groups(pipeline, cases));
        pairs.add(cases.size());
      }
    } catch (IOException e) {
      err.println("train-alignment: " + e.getMessage());
      return EvaluateCommand.DATA_MISSING;
    }
    long t0 = System.nanoTime();
    double[] w = AlignmentTrainer.fit(splits.get(0).groups(), AlignmentFeatures.NAMES.size(),
        AlignmentTrainer.L2, AlignmentTrainer.ITERATIONS);
    err.printf(Locale.ROOT, "train-alignment: fitted in %.1f s%n", (System.nanoTime() - t0) / 1e9);
    Score[] scores = new Score[3];
    for (int i = 0; i < 3; i++) {
      scores[i] = score(splits.get(i), w);
    }
    StringBuilder tsv = new StringBuilder("# Written by 'CorpusMain train-alignment'; retrain, do not edit.\n"
        + "# feature<TAB>weight on the raw feature (org.replyaudit.internal.AlignmentFeatures)\n");
    for (int f = 0; f < w.length; f++) {
      tsv.append(AlignmentFeatures.NAMES.get(f)).append('\t').append(Double.toString(w[f])).append('\n');
    }
    byte[] bytes = tsv.toString().getBytes(StandardCharsets.UTF_8);
    Files.createDirectories(out);
    Files.write(out.resolve("alignment.tsv"), bytes);
    String sha = TrainCommand.sha256(bytes);
    Files.writeString(out.resolve("alignment.properties"), String.format(Locale.ROOT, """
        # Written by 'CorpusMain train-alignment' (org.replyaudit.corpus.train.TrainAlignmentCommand); retrain, do not edit.
        name=alignment
        task=reply claim -> the complaint claim it responds to (a softmax over its candidates)
        resource=alignment.tsv
        sha256=%s
        features=org.replyaudit.internal.AlignmentFeatures: the matching stages' scores, positions, paragraph evidence (%d)
        model=conditional logit, L2 %s on standardised features, %d iterations of gradient descent with backtracking
        seed=none: no random numbers; pairs in file order, one thread
        trained.on=DISAPERE final_dataset/train (%d pairs, %d reply claims with a gold link among their candidates)
        tuned.on=DISAPERE final_dataset/dev (%d pairs): features and L2 chosen by P@1
        evaluated.on=DISAPERE final_dataset/test (%d pairs)
        depends.on=point-kind and reply-act models (their decisions are features): retrain after 'CorpusMain train'
        licence=%s
        eval.train.p1=%.3f
        eval.dev.p1=%.3f
        eval.dev.mrr=%.3f
        eval.test.p1=%.3f
        eval.test.mrr=%.3f
        eval.note=over gold reply sentences, each ranked by the links of the reply claim overlapping it most (a miss when none does; MRR over the first three); 'evaluate --set disapere' gives the pipeline's figures, which also rank quoted sentences by what they copy
        """, sha, w.length, AlignmentTrainer.L2, AlignmentTrainer.ITERATIONS, pairs.get(0),
        (int) splits.get(0).groups().stream().filter(g -> g.features().length > 0 && anyGold(g)).count(),
        pairs.get(1), pairs.get(2), TrainCommand.LICENCE,
        scores[0].p1(), scores[1].p1(), scores[1].mrr(), scores[2].p1(), scores[2].mrr()), StandardCharsets.UTF_8);
    err.printf(Locale.ROOT, "train-alignment: wrote %s (sha256 %s)%n", out.resolve("alignment.tsv"), sha);
    stdout.printf(Locale.ROOT, "| split | gold reply sentences | P@1 | MRR |%n| --- | ---: | ---: | ---: |%n");
    String[] names = {"train", "dev", "test"};
    for (int i = 0; i < 3; i++) {
      stdout.printf(Locale.ROOT, "| %s | %d | %.3f | %.3f |%n", names[i], scores[i].sentences(), scores[i].p1(),
          scores[i].mrr());
    }
    stdout.flush();
    return 0;
  }

  /** One group per reply claim that stands for a gold reply sentence (the first such sentence wins). */
  static Split groups(Pipeline pipeline, List<AnnotatedCase> cases) {
    List<AlignmentTrainer.Group> groups = new ArrayList<>();
    int unmatched = 0;
    for (AnnotatedCase k : cases) {
      List<Pipeline.RankingRows> rows = pipeline.alignmentRows(k.complaint(), k.reply());
      Set<Integer> taken = new HashSet<>();
      for (GoldAlignment g : k.alignments()) {
        int best = -1;
        int bestOverlap = 0;
        for (int i = 0; i < rows.size(); i++) {
          int o = rows.get(i).reply().overlap(g.reply());
          if (o > bestOverlap) {
            best = i;
            bestOverlap = o;
          }
        }
        if (best < 0) {
          unmatched++;
          continue;
        }
        if (!taken.add(best)) {
          continue;
        }
        Pipeline.RankingRows r = rows.get(best);
        boolean[] gold = new boolean[r.candidates().size()];
        for (int i = 0; i < gold.length; i++) {
          gold[i] = SpanMatch.matchesAny(r.candidates().get(i), g.complaint());
        }
        groups.add(new AlignmentTrainer.Group(r.features(), gold));
      }
    }
    return new Split(groups, unmatched);
  }

  static Score score(Split split, double[] w) {
    int hits = 0;
    double rr = 0;
    for (AlignmentTrainer.Group g : split.groups()) {
      int rank = AlignmentTrainer.firstGoldRank(g, w);
      hits += rank == 1 ? 1 : 0;
      rr += rank >= 1 && rank <= 3 ? 1.0 / rank : 0;
    }
    return new Score(split.groups().size() + split.unmatched(), hits, rr);
  }

  private static boolean anyGold(AlignmentTrainer.Group g) {
    for (boolean b : g.gold()) {
      if (b) {
        return true;
      }
    }
    return false;
  }
}
