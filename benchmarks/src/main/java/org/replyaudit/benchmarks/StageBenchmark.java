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
import org.replyaudit.internal.BenchStages;
import org.replyaudit.internal.Bm25ClaimMatcher;
import org.replyaudit.internal.LearnedDecisions;
import org.replyaudit.report.Report;

/**
 * Each pipeline stage on its own, per pair, so the time of
 * {@link PairThroughputBenchmark#analyzeLexical} can be split up: {@code segment} (clean both
 * letters and cut them into sentences with OpenNLP's sentence detector), {@code split} (OpenNLP
 * tokenizer and clause cuts), {@code classify} (cue patterns for point kinds and reply acts),
 * {@code match} (Lucene analysis chain, BM25 with both weightings, related words, typed evidence,
 * order prior), {@code bm25} ({@code match} without the two adjustments), {@code decide}
 * (paragraph continuity, structure anchors, then the trained models' features and decisions),
 * {@code quotes} (the reply's quotes of the complaint) and the reports, {@code reportJson}
 * ({@link Report#json}) and {@code reportHtml} ({@link Report#html}). Each stage's input is
 * computed once at set-up from the previous stage's output, and the stages chained are checked to
 * give exactly what {@code ReplyAnalyzer.analyze} gives.
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
  private final List<BenchStages.Segmented> segmented = new ArrayList<>();
  private final List<BenchStages.Claims> claims = new ArrayList<>();
  private final List<BenchStages.Classified> classified = new ArrayList<>();
  private final List<BenchStages.Matched> scores = new ArrayList<>();
  private final List<Analysis> analyses = new ArrayList<>();

  @Setup
  public void setUp() {
    pairs = BenchCorpus.load(corpus);
    stages = new BenchStages();
    // The stages are lexical mode's; the default mode is semantic when the encoder is on the class path.
    ReplyAnalyzer analyzer = ReplyAudit.builder().mode(org.replyaudit.Mode.LEXICAL).build();
    for (BenchPair p : pairs) {
      BenchStages.Segmented s = stages.segment(p.complaint(), p.reply());
      BenchStages.Claims k = stages.split(s);
      BenchStages.Classified c = stages.classify(k);
      BenchStages.Matched m = stages.match(k, c);
      LearnedDecisions.Result r = stages.decide(k, c, m, p.respondent());
      Analysis a = analyzer.analyze(p.complaint(), p.reply(), p.respondent());
      // Timing stages that no longer add up to the pipeline would be timing the wrong thing.
      if (!r.points().equals(a.points()) || !r.replyClaims().equals(a.replyClaims())
          || !stages.quotes(k).equals(a.quotes())) {
        throw new IllegalStateException("BenchStages no longer mirrors Pipeline (pair " + p.id() + ")");
      }
      segmented.add(s);
      claims.add(k);
      classified.add(c);
      scores.add(m);
      analyses.add(a);
    }
  }

  @Benchmark
  public BenchStages.Segmented segment(PairCursor cursor) {
    BenchPair p = cursor.next(pairs);
    return stages.segment(p.complaint(), p.reply());
  }

  @Benchmark
  public BenchStages.Claims split(PairCursor cursor) {
    return stages.split(segmented.get(cursor.nextIndex(pairs.size())));
  }

  @Benchmark
  public BenchStages.Classified classify(PairCursor cursor) {
    return stages.classify(claims.get(cursor.nextIndex(pairs.size())));
  }

  @Benchmark
  public BenchStages.Matched match(PairCursor cursor) {
    int i = cursor.nextIndex(pairs.size());
    return stages.match(claims.get(i), classified.get(i));
  }

  @Benchmark
  public Bm25ClaimMatcher.Scores bm25(PairCursor cursor) {
    return stages.bm25(claims.get(cursor.nextIndex(pairs.size())));
  }

  @Benchmark
  public LearnedDecisions.Result decide(PairCursor cursor) {
    int i = cursor.nextIndex(pairs.size());
    return stages.decide(claims.get(i), classified.get(i), scores.get(i), pairs.get(i).respondent());
  }

  /** Stage 6b: the reply's quotes; a reply without {@code > } lines (29 of the 31 cases) costs a check. */
  @Benchmark
  public List<Quote> quotes(PairCursor cursor) {
    return stages.quotes(claims.get(cursor.nextIndex(pairs.size())));
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
