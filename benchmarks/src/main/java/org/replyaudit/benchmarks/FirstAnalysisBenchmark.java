package org.replyaudit.benchmarks;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.replyaudit.Analysis;
import org.replyaudit.ReplyAudit;

/**
 * How long the first analysis takes in a fresh JVM: everything a one-off run (the command line, a
 * serverless call) pays before its first answer.
 *
 * <p>Workload: one short pair ({@code "Please refund the £40 deposit. Why was I charged twice?"}
 * answered in two sentences), analysed once per fork by a new analyzer of the given mode. That
 * single shot loads OpenNLP's sentence and token models, the lexical resources, the mode's trained
 * model set (point, reply-label, link and status models), in semantic mode the ONNX encoder, and
 * runs the analysis cold. Five forks give the spread.
 *
 * <pre>java -jar benchmarks/target/benchmarks.jar FirstAnalysisBenchmark</pre>
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(5)
@Warmup(iterations = 0)
@Measurement(iterations = 1)
@State(Scope.Benchmark)
public class FirstAnalysisBenchmark {
  /** {@code lexical} or {@code semantic}. */
  @Param({"lexical", "semantic"})
  public String mode;

  @Benchmark
  public Analysis loadAndAnalyzeOne() {
    return ReplyAudit.builder().mode(org.replyaudit.Mode.fromId(mode)).build().analyze(
        "Please refund the £40 deposit. Why was I charged twice?",
        "We have refunded your £40 deposit. You were charged twice because two billing cycles overlapped.");
  }
}
