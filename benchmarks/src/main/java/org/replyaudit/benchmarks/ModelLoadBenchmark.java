package org.replyaudit.benchmarks;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Warmup;
import org.replyaudit.models.TrainedModel;
import org.replyaudit.models.TrainedModels;

/**
 * How long the three trained classifiers take to load, checksum included, in a fresh JVM.
 *
 * <p>Workload: {@link TrainedModels#loadAll()} once per fork; the models are cached for the
 * JVM's lifetime, so only a single shot in a new fork measures a real load (class loading of
 * OpenNLP's maxent reader included). Ten forks give the spread.
 *
 * <pre>java -jar benchmarks/target/benchmarks.jar ModelLoadBenchmark</pre>
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(10)
@Warmup(iterations = 0)
@Measurement(iterations = 1)
public class ModelLoadBenchmark {
  @Benchmark
  public List<TrainedModel> loadAll() {
    return TrainedModels.loadAll();
  }
}
