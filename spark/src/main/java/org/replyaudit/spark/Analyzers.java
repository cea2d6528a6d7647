package org.replyaudit.spark;

import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.replyaudit.ReplyAnalyzer;

/**
 * One analyzer per JVM and settings: an executor builds it (loading the models) for its first
 * row and every later task on that executor reuses it. Analyzers are immutable and thread-safe,
 * so the tasks an executor runs at once share one.
 */
final class Analyzers {
  private static final ConcurrentMap<AnalyzerOptions, ReplyAnalyzer> BUILT = new ConcurrentHashMap<>();

  private Analyzers() {}

  /** The analyzer for these settings, built on first use; concurrent first callers wait for one build. */
  static ReplyAnalyzer get(AnalyzerOptions options) {
    Objects.requireNonNull(options, "options");
    return BUILT.computeIfAbsent(options, AnalyzerOptions::newAnalyzer);
  }
}
