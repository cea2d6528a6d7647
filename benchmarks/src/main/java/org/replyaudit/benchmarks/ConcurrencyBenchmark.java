package org.replyaudit.benchmarks;

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
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.replyaudit.Analysis;
import org.replyaudit.ReplyAnalyzer;
import org.replyaudit.ReplyAudit;

/**
 * One analyzer shared by one thread, then by two: does throughput scale with cores? The analyzer
 * is immutable and makes its OpenNLP {@code *ME} objects per call, so two threads should get
 * nearly twice the pairs per second of one (target: at least 1.8x on 2 cores). JMH reports the
 * two threads' scores summed.
 *
 * <p>Workload: {@link PairThroughputBenchmark#analyzeLexical}'s, in lexical mode (an analyzer
 * built with {@code mode(Mode.LEXICAL)}, no sentence encoder): the next annotated case, round
 * robin, each thread from its own starting point.
 *
 * <p>The thread counts are set per method with {@code @Threads}; do not pass {@code -t}, which
 * would override both. Run it on an otherwise idle machine: a second busy core halves the
 * two-thread figure.
 *
 * <pre>{@code
 * mvn -B -q install -DskipTests
 * java -jar benchmarks/target/benchmarks.jar ConcurrencyBenchmark -f 1 -wi 12 -w 2s -i 5 -r 2s \
 *     -prof org.replyaudit.benchmarks.CpuTimeProfiler
 * }</pre>
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 12, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@State(Scope.Benchmark)
public class ConcurrencyBenchmark {
  /** Which pairs: cases, disapere or generated (see {@link BenchCorpus}). */
  @Param({"cases"})
  public String corpus;

  private List<BenchPair> pairs;
  private ReplyAnalyzer analyzer;

  @Setup
  public void setUp() {
    pairs = BenchCorpus.load(corpus);
    analyzer = ReplyAudit.builder().mode(org.replyaudit.Mode.LEXICAL).build();
  }

  @Benchmark
  @Threads(1)
  public Analysis oneThread(PairCursor cursor) {
    BenchPair p = cursor.next(pairs);
    return analyzer.analyze(p.complaint(), p.reply(), p.respondent());
  }

  @Benchmark
  @Threads(2)
  public Analysis twoThreads(PairCursor cursor) {
    BenchPair p = cursor.next(pairs);
    return analyzer.analyze(p.complaint(), p.reply(), p.respondent());
  }
}
