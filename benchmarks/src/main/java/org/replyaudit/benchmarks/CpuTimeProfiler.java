package org.replyaudit.benchmarks;

import java.lang.management.ManagementFactory;
import java.util.List;
import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.infra.IterationParams;
import org.openjdk.jmh.profile.InternalProfiler;
import org.openjdk.jmh.results.AggregationPolicy;
import org.openjdk.jmh.results.IterationResult;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.ScalarResult;

/**
 * CPU time per op, next to JMH's wall-clock score: {@code -prof org.replyaudit.benchmarks.CpuTimeProfiler}.
 *
 * <p>On a machine that other work shares, wall-clock throughput measures the share of the cores
 * the benchmark got as much as the code. The process's CPU time per op does not depend on that
 * share, and is what "pairs per second per core" means: 1 / {@code cpu.time.norm}. It counts every
 * thread of the fork (benchmark threads, and the GC and JIT working for them), so it is a slight
 * overestimate of the analysis alone.
 *
 * <ul>
 *   <li>{@code cpu.time.norm}: process CPU time per op, in µs;
 *   <li>{@code cpu.util}: process CPU time over wall time, i.e. how many cores the fork kept busy.
 *       One benchmark thread that had a core to itself shows about 1.0; below that, the machine was
 *       busy with something else and the wall-clock score understates the code.
 * </ul>
 */
public final class CpuTimeProfiler implements InternalProfiler {
  private final com.sun.management.OperatingSystemMXBean os =
      (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
  private long cpuStart;
  private long wallStart;

  @Override
  public String getDescription() {
    return "process CPU time per op, and CPU use during the iteration";
  }

  @Override
  public void beforeIteration(BenchmarkParams benchmarkParams, IterationParams iterationParams) {
    wallStart = System.nanoTime();
    cpuStart = os.getProcessCpuTime();
  }

  @Override
  public List<? extends Result> afterIteration(BenchmarkParams benchmarkParams, IterationParams iterationParams,
      IterationResult result) {
    long cpu = os.getProcessCpuTime() - cpuStart;
    long wall = System.nanoTime() - wallStart;
    // All ops, as JMH's GC profiler normalises: the CPU was spent on the ramp-up ops too.
    long ops = Math.max(1, result.getMetadata().getAllOps());
    return List.of(
        new ScalarResult("cpu.time.norm", cpu / 1e3 / ops, "us/op", AggregationPolicy.AVG),
        new ScalarResult("cpu.util", cpu / (double) wall, "cores", AggregationPolicy.AVG));
  }
}
