package org.replyaudit.benchmarks;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.replyaudit.Analysis;
import org.replyaudit.Quote;
import org.replyaudit.ReplyAnalyzer;
import org.replyaudit.ReplyAudit;
import org.replyaudit.internal.PairContext;
import org.replyaudit.internal.Stage;
import org.replyaudit.internal.decisions.LearnedDecisions;
import org.replyaudit.report.Report;

/**
 * Each pipeline stage on its own, per pair, so the time of {@link PairThroughputBenchmark#analyzeLexical}
 * can be split up. {@code stage} times one of the pipeline's own stages, named by the parameter
 * {@code stage} ({@code Pipeline.stages()}, run in order: {@code clean}, {@code segment} (OpenNLP's
 * sentence detector), {@code split} (OpenNLP tokenizer and clause cuts), {@code point-cues} and
 * {@code reply-acts} (cue patterns), {@code bm25} (Lucene analysis chain, BM25 with both
 * weightings, related words), {@code typed-evidence}, {@code order-prior},
 * {@code paragraph-continuity}, {@code structure-anchors}, {@code vectors} (nothing in lexical
 * mode), {@code decide} (the trained models), {@code quotes}); its input is the context the stages
 * before it filled, computed once at set-up. Then the reports, {@code reportJson}
 * ({@link Report#json}) and {@code reportHtml} ({@link Report#html}). The stages run in order are checked to give exactly what
 * {@code ReplyAnalyzer.analyze} gives.
 *
 * <p>Workload: the annotated cases (see {@link BenchCorpus}), one pair per op, round robin, in
 * lexical mode (the shipped lexical model set, no sentence encoder), against an analyzer built
 * with {@code mode(Mode.LEXICAL)}.
 * Allocation per stage comes from {@code -prof gc} ({@code gc.alloc.rate.norm}, bytes per pair).
 *
 * <pre>{@code
 * mvn -B -q install -DskipTests
 * java -jar benchmarks/target/benchmarks.jar StageBenchmark -f 1 -wi 8 -w 1s -i 5 -r 1s -prof gc \
 *     -prof org.replyaudit.benchmarks.CpuTimeProfiler
 * }</pre>
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 8, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
@State(Scope.Benchmark)
public class StageBenchmark {
  /** Which pairs: cases, disapere or generated (see {@link BenchCorpus}). */
  @Param({"cases"})
  public String corpus;

  private BenchStages stages;
  private List<BenchPair> pairs;
  /** Each pair's context with every stage run. */
  private final List<PairContext> contexts = new ArrayList<>();
  private final List<Analysis> analyses = new ArrayList<>();

  @Setup
  public void setUp() {
    pairs = BenchCorpus.load(corpus);
    stages = new BenchStages();
    // Lexical, as BenchStages decides: with replyaudit-semantic on the class path (it is, here)
    // the default analyzer is semantic and would decide on other features.
    ReplyAnalyzer analyzer = ReplyAudit.builder().mode(org.replyaudit.Mode.LEXICAL).build();
    for (BenchPair p : pairs) {
      PairContext pair = stages.runUntil(p.complaint(), p.reply(), p.respondent(), null);
      LearnedDecisions.Result r = pair.decided();
      Analysis a = analyzer.analyze(p.complaint(), p.reply(), p.respondent());
      // Timing stages that no longer add up to the pipeline would be timing the wrong thing.
      if (!r.points().equals(a.points()) || !r.replyClaims().equals(a.replyClaims())
          || !pair.quotes().equals(a.quotes())) {
        throw new IllegalStateException("the pipeline's stages no longer give what the analyzer gives (pair "
            + p.id() + ")");
      }
      contexts.add(pair);
      analyses.add(a);
    }
  }

  /** One pipeline stage, selected by name, and each pair's input to it. */
  @State(Scope.Benchmark)
  public static class OneStage {
    /** The stage timed: one of {@code Pipeline.stages()}'s names (checked by BenchInputsTest). */
    @Param({"clean", "segment", "split", "point-cues", "reply-acts", "bm25", "typed-evidence", "order-prior",
        "paragraph-continuity", "structure-anchors", "vectors", "decide", "quotes"})
    public String stage;
    /** Which pairs: cases, disapere or generated (see {@link BenchCorpus}). */
    @Param({"cases"})
    public String corpus;

    Stage timed;
    final List<PairContext> inputs = new ArrayList<>();

    @Setup
    public void setUp() {
      BenchStages stages = new BenchStages();
      timed = stages.stage(stage);
      for (BenchPair p : BenchCorpus.load(corpus)) {
        inputs.add(stages.runUntil(p.complaint(), p.reply(), p.respondent(), timed));
      }
    }
  }

  /**
   * The stage {@link OneStage#stage} on the next pair. It writes only its own part of the
   * context, so running it again on the same context does the same work.
   */
  @Benchmark
  public PairContext stage(OneStage one, PairCursor cursor) {
    PairContext pair = one.inputs.get(cursor.nextIndex(one.inputs.size()));
    one.timed.apply(pair);
    return pair;
  }

  @Benchmark
  public String reportJson(PairCursor cursor) {
    return Report.json(analyses.get(cursor.nextIndex(pairs.size())));
  }

  @Benchmark
  public String reportHtml(PairCursor cursor) {
    return Report.html(analyses.get(cursor.nextIndex(pairs.size())));
  }
}
