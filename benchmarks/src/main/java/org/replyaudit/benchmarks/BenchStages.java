package org.replyaudit.benchmarks;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.replyaudit.internal.PairContext;
import org.replyaudit.internal.Pipeline;
import org.replyaudit.internal.Settings;
import org.replyaudit.internal.Stage;
import org.replyaudit.internal.decisions.LearnedDecisions;
import org.replyaudit.internal.text.ClauseSplitter;

/**
 * {@link Pipeline}'s stages one at a time, so a benchmark can time each on its own. It does not
 * chain the stages itself: it runs {@link Pipeline#stages()}, the list {@code Pipeline.analyze}
 * runs, so a stage added there is timed here. {@code StageBenchmark} checks at set-up that the
 * stages give exactly the points, reply claims and quotes {@code ReplyAnalyzer.analyze} gives.
 */
public final class BenchStages {
  /** The stages themselves: the pipeline's own, with the default settings, in lexical mode. */
  private final Pipeline pipeline = new Pipeline(Settings.defaults(),
      new LearnedDecisions(org.replyaudit.models.ModelSet.shipped("lexical")), null);

  /**
   * Empties the analyzer's memo of tokenizer decisions (see {@code ClauseSplitter}), so that the
   * next analysis tokenizes every word afresh, as the first letters an analyzer sees do. Reaches
   * the private fields by reflection: this is a measuring aid, not API.
   */
  public static void clearWordMemo(org.replyaudit.ReplyAnalyzer analyzer) {
    try {
      Object pipeline = field(org.replyaudit.ReplyAnalyzer.class, "pipeline").get(analyzer);
      Object splitter = field(Pipeline.class, "splitter").get(pipeline);
      ((Map<?, ?>) field(ClauseSplitter.class, "wordSplits").get(splitter)).clear();
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("ClauseSplitter's word memo is no longer where it was", e);
    }
  }

  private static java.lang.reflect.Field field(Class<?> type, String name) throws NoSuchFieldException {
    java.lang.reflect.Field f = type.getDeclaredField(name);
    f.setAccessible(true);
    return f;
  }

  /** The pipeline's stages, in order, as it runs them ({@link Pipeline#stages()}). */
  public List<Stage> stages() {
    return pipeline.stages();
  }

  /**
   * The stage named {@code name}.
   *
   * @throws IllegalArgumentException if the pipeline has no such stage
   */
  public Stage stage(String name) {
    return pipeline.stages().stream().filter(s -> s.name().equals(name)).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no pipeline stage " + name + " in " + pipeline.stages()));
  }

  /** A context for one pair with the stages before {@code stage} run on it (all of them for null). */
  public PairContext runUntil(String complaint, String reply, List<String> respondent, Stage stage) {
    PairContext pair = new PairContext(complaint, reply, respondent);
    for (Stage s : pipeline.stages()) {
      if (s == stage) {
        break;
      }
      s.apply(pair);
    }
    return pair;
  }

  /**
   * For each pair (complaint, reply), the sentences semantic mode gives its encoder, in the order
   * it gives them.
   */
  public static List<List<String>> encodedSentences(List<String[]> pairs) {
    Pipeline p = new Pipeline(Settings.defaults());
    List<List<String>> out = new ArrayList<>();
    for (String[] pair : pairs) {
      out.add(Pipeline.encoded(p.state(pair[0], pair[1], List.of())));
    }
    return out;
  }
}
