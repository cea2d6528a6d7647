package org.replyaudit.benchmarks;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordingFile;

/**
 * Where the time goes, from a JFR recording of a benchmark ({@code -prof jfr}): the share of CPU
 * samples under each stage that {@code Pipeline.analyze} calls, the share by library of the
 * sampled frame (what is actually running: OpenNLP, Lucene, regular expressions, ReplyAudit's own
 * code), and the hottest methods. JDK 17's {@code jfr} tool prints the samples but does not
 * aggregate them, hence this class.
 *
 * <pre>{@code
 * java -jar benchmarks/target/benchmarks.jar 'PairThroughputBenchmark.analyzeLexical$' -f 1 -wi 5 -w 2s -i 5 -r 2s \
 *     -prof 'jfr:dir=benchmarks/target/jfr;stackDepth=96'
 * java -cp benchmarks/target/benchmarks.jar org.replyaudit.benchmarks.JfrSummary \
 *     benchmarks/target/jfr/*analyzeLexical-Throughput*\/profile.jfr
 * }</pre>
 */
public final class JfrSummary {
  private static final String ROOT = "org.replyaudit.internal.Pipeline.analyze";
  private static final String STAGE_WRAPPER = "org.replyaudit.internal.Stage";
  private static final String PIPELINE_LAMBDA = "org.replyaudit.internal.Pipeline.lambda$";

  private JfrSummary() {}

  public static void main(String[] args) throws IOException {
    if (args.length != 1) {
      System.err.println("usage: JfrSummary recording.jfr");
      System.exit(2);
    }
    Map<String, Integer> stages = new HashMap<>();
    Map<String, Integer> libraries = new HashMap<>();
    Map<String, Integer> methods = new HashMap<>();
    int samples = 0;
    for (RecordedEvent e : RecordingFile.readAllEvents(Path.of(args[0]))) {
      if (!e.getEventType().getName().equals("jdk.ExecutionSample") || e.getStackTrace() == null) {
        continue;
      }
      List<RecordedFrame> frames = e.getStackTrace().getFrames(); // innermost first
      int root = -1;
      for (int i = frames.size() - 1; i >= 0; i--) {
        if (name(frames.get(i)).equals(ROOT)) {
          root = i;
          break;
        }
      }
      if (root < 0) {
        continue; // JMH's own threads, the JIT, set-up: not the analysis
      }
      samples++;
      stages.merge(stage(frames, root), 1, Integer::sum);
      libraries.merge(library(name(frames.get(0))), 1, Integer::sum);
      methods.merge(shortName(frames.get(0)), 1, Integer::sum);
    }
    System.out.printf(Locale.ROOT, "%d samples under %s%n", samples, ROOT);
    print("by stage (first ReplyAudit method under Pipeline.analyze)", stages, samples, 20);
    print("by library of the running frame", libraries, samples, 20);
    print("hottest methods (self time)", methods, samples, 15);
  }

  /**
   * The stage a sample belongs to: the first ReplyAudit method inward from Pipeline.analyze, so
   * that a stage called through a stream ({@code rClaims.stream().map(acts::acts)}) is named by
   * its own class rather than by {@code ReferencePipeline.toList}. The stage list's plumbing
   * ({@code Stage.of}'s wrapper and the pipeline's lambdas) is looked through, to the stage
   * object's own method ({@code Segmenter.segment}, {@code LearnedDecisions.decide}).
   */
  private static String stage(List<RecordedFrame> frames, int root) {
    for (int i = root - 1; i >= 0; i--) {
      String n = name(frames.get(i));
      if (n.startsWith("org.replyaudit.") && !n.contains("$$Lambda") && !n.startsWith(STAGE_WRAPPER)
          && !n.startsWith(PIPELINE_LAMBDA)) {
        return shortName(frames.get(i));
      }
    }
    return root == 0 ? "Pipeline.analyze (itself)" : shortName(frames.get(root - 1));
  }

  private static String name(RecordedFrame f) {
    return f.getMethod().getType().getName() + "." + f.getMethod().getName();
  }

  private static String shortName(RecordedFrame f) {
    String type = f.getMethod().getType().getName();
    return type.substring(type.lastIndexOf('.') + 1) + "." + f.getMethod().getName();
  }

  /** Which code a frame belongs to, coarsely. */
  static String library(String frame) {
    if (frame.startsWith("opennlp.tools.tokenize")) {
      return "OpenNLP tokenizer";
    }
    if (frame.startsWith("opennlp.tools.sentdetect")) {
      return "OpenNLP sentence detector";
    }
    if (frame.startsWith("opennlp.")) {
      return "OpenNLP maxent model";
    }
    if (frame.startsWith("org.apache.lucene.")) {
      return "Lucene";
    }
    if (frame.startsWith("java.util.regex.")) {
      return "java.util.regex";
    }
    if (frame.startsWith("org.replyaudit.")) {
      return "ReplyAudit";
    }
    if (frame.startsWith("java.util.Formatter") || frame.startsWith("java.lang.String")
        || frame.startsWith("java.lang.AbstractStringBuilder") || frame.startsWith("java.lang.StringConcat")) {
      return "strings and formatting (JDK)";
    }
    if (frame.startsWith("java.util.")) {
      return "collections (JDK)";
    }
    return "other JDK / runtime";
  }

  private static void print(String title, Map<String, Integer> counts, int samples, int top) {
    System.out.println();
    System.out.println(title + ":");
    List<Map.Entry<String, Integer>> sorted = new ArrayList<>(counts.entrySet());
    sorted.sort(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()));
    for (var e : sorted.subList(0, Math.min(top, sorted.size()))) {
      System.out.printf(Locale.ROOT, "  %5.1f%%  %s%n", 100.0 * e.getValue() / samples, e.getKey());
    }
  }
}
