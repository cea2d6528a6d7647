package org.replyaudit.benchmarks;

import java.util.Locale;
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
import org.replyaudit.ReplyAnalyzer;
import org.replyaudit.ReplyAudit;

/**
 * Time to analyse input shapes that were once quadratic, at doubling sizes: each step doubles
 * the input, so the time should at most about double (×2.5 per step is the bound
 * docs/robustness.md states). {@code LinearWorkTest} in core counts the same work exactly in
 * every build; this measures the time.
 *
 * <p>Workloads, by {@code shape}, for {@code n} = 500, 1000, 2000, 4000, analysed in lexical mode
 * (an analyzer built with {@code mode(Mode.LEXICAL)}, no sentence encoder):
 * <ul>
 *   <li>{@code numbered}: a complaint of {@code n} numbered questions ("1. Why did you charge me
 *       fee 1 for day 1?", one a line, under "Dear Sir,") answered point by point by a reply of
 *       {@code n} numbered answers ("1. We charged fee 1 because day 1 was used."); labels past
 *       99 are not read as labels, which once made item 99 name every later claim. 2,000 items
 *       are 95 KB + 100 KB.
 *   <li>{@code numberedRepeating}: the same with labels 1..99 repeating, so each label names
 *       {@code n}/99 items.
 *   <li>{@code punctuation}: "Please refund the fee." answered by {@code n} × 25 "!?" without a
 *       space (n = 2000: 100 KB), which OpenNLP's sentence detector scanned once per mark.
 *   <li>{@code dots}: {@code n} × 25 "x." against {@code n} × 25 "?" (the same scan).
 * </ul>
 *
 * <pre>{@code
 * mvn -B -q install -DskipTests
 * java -jar benchmarks/target/benchmarks.jar HostileScalingBenchmark -f 1 -wi 3 -w 2s -i 5 -r 2s -prof gc
 * }</pre>
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = "-Xmx512m")
@State(Scope.Benchmark)
public class HostileScalingBenchmark {
  @Param({"numbered", "numberedRepeating", "punctuation", "dots"})
  public String shape;

  @Param({"500", "1000", "2000", "4000"})
  public int n;

  private String complaint;
  private String reply;
  private ReplyAnalyzer analyzer;

  @Setup
  public void setUp() {
    String[] pair = pair(shape, n);
    complaint = pair[0];
    reply = pair[1];
    analyzer = ReplyAudit.builder().mode(org.replyaudit.Mode.LEXICAL).build();
    Analysis a = analyzer.analyze(complaint, reply);
    System.out.printf(Locale.ROOT, "%n[%s n=%d: complaint %d chars, reply %d chars; %d points, %d reply claims]%n",
        shape, n, complaint.length(), reply.length(), a.points().size(), a.replyClaims().size());
  }

  /** The complaint and reply of a workload (see the class comment). */
  static String[] pair(String shape, int n) {
    return switch (shape) {
      case "numbered" -> new String[] {numbered(n, false, "Why did you charge me fee %d for day %d?"),
          numbered(n, false, "We charged fee %d because day %d was used.")};
      case "numberedRepeating" -> new String[] {numbered(n, true, "Why did you charge me fee %d for day %d?"),
          numbered(n, true, "We charged fee %d because day %d was used.")};
      case "punctuation" -> new String[] {"Please refund the fee.", "!?".repeat(25 * n)};
      case "dots" -> new String[] {"x.".repeat(25 * n), "?".repeat(25 * n)};
      default -> throw new IllegalArgumentException("no such shape: " + shape);
    };
  }

  private static String numbered(int n, boolean repeating, String line) {
    StringBuilder b = new StringBuilder(line.startsWith("Why") ? "Dear Sir,\n\n" : "Dear Customer,\n\n");
    for (int i = 1; i <= n; i++) {
      b.append(repeating ? i % 99 + 1 : i).append(". ").append(String.format(Locale.ROOT, line, i, i)).append('\n');
    }
    return b.toString();
  }

  @Benchmark
  public Analysis analyze() {
    return analyzer.analyze(complaint, reply);
  }
}
