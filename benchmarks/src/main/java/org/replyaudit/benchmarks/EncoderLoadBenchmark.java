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
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.replyaudit.semantic.EncoderModel;
import org.replyaudit.semantic.OnnxSentenceEncoder;

/**
 * How long a sentence encoder takes to load and encode its first sentence in a fresh JVM.
 *
 * <p>Workload: {@link OnnxSentenceEncoder#encode} of one short sentence, once per fork. The model
 * loads once per JVM, so only a single shot in a new fork measures a real load: reading the
 * ONNX file and the tokenizer from their jar and checking their SHA-256, parsing the vocabulary,
 * ONNX Runtime copying its native libraries to a temporary directory and loading them, building
 * and optimising the session, and the first run. Ten forks give the spread.
 *
 * <pre>java -jar benchmarks/target/benchmarks.jar EncoderLoadBenchmark</pre>
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(10)
@Warmup(iterations = 0)
@Measurement(iterations = 1)
@State(Scope.Benchmark)
public class EncoderLoadBenchmark {
  /** The encoder model's id (see {@link EncoderModel}). */
  @Param({"all-minilm-l6-v2-q", "e5-small-v2-q"})
  public String model;

  @Benchmark
  public float[][] loadAndEncodeOne() {
    return OnnxSentenceEncoder.of(EncoderModel.fromId(model))
        .encode(List.of("Please refund the early-exit fee."));
  }
}
