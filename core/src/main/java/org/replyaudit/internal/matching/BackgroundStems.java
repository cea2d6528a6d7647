package org.replyaudit.internal.matching;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import org.replyaudit.models.LexicalResources;
import org.replyaudit.models.ModelProvenance;

/**
 * The background word counts summed per stem of {@link ClaimAnalyzer}'s chain, computed once at
 * build time and shipped as {@code background-stems.tsv}: stemming all 74,000 background words at
 * start-up took a third of the time from JVM start to the first analysis.
 *
 * <p>The table is derived data: {@code BackgroundStemsTest} recomputes it from the models'
 * background counts with the current chain and fails, naming this command, when they differ
 * (after a change to the stop words, the stemmer or the counts). Rebuild it with
 *
 * <pre>{@code
 * java -cp corpus/target/replyaudit-corpus.jar org.replyaudit.corpus.build.DerivedResources \
 *     background-stems core/src/main/resources/org/replyaudit/internal/matching/background-stems.tsv
 * }</pre>
 *
 * <p>Format: comment lines starting with {@code #} (the source and its SHA-256), one line
 * {@code @total<TAB>n} (the sum of all word counts), then {@code stem<TAB>count} sorted by stem.
 */
public final class BackgroundStems {
  static final String RESOURCE = "background-stems.tsv";
  /** The key of the total line; no stem has an "@" (the tokenizer splits at it). */
  private static final String TOTAL = "@total";

  private BackgroundStems() {}

  /** The counts per stem, and the total of all word counts. */
  record Table(Map<String, Long> counts, long total) {}

  /**
   * The table as the current chain computes it from the models' background counts: what the
   * build-time tool ({@code DerivedResources} in the corpus module) writes, and what
   * {@code BackgroundStemsTest} compares the shipped file with.
   */
  public static String compute() {
    Map<String, Long> counts = LexicalResources.backgroundCounts();
    Map<String, String> stems = LexicalStatistics.stems(new ClaimAnalyzer(), counts.keySet());
    Map<String, Long> perStem = new TreeMap<>();
    for (var e : counts.entrySet()) {
      String stem = stems.get(e.getKey());
      if (stem != null) {
        perStem.merge(stem, e.getValue(), Long::sum);
      }
    }
    ModelProvenance source = LexicalResources.provenance().stream()
        .filter(p -> p.name().equals("background")).findFirst().orElseThrow();
    StringBuilder out = new StringBuilder(perStem.size() * 16);
    out.append("# Background word counts summed per stem of ReplyAudit's ClaimAnalyzer chain; derived, do not edit.\n")
        .append("# Source: ").append(source.resource()).append(" sha256 ").append(source.sha256()).append('\n')
        .append("# Rebuild: java -cp corpus/target/replyaudit-corpus.jar org.replyaudit.corpus.build.DerivedResources ")
        .append("background-stems core/src/main/resources/org/replyaudit/internal/matching/").append(RESOURCE).append('\n')
        .append(TOTAL).append('\t').append(LexicalResources.backgroundTotal()).append('\n');
    perStem.forEach((stem, n) -> out.append(stem).append('\t').append(n).append('\n'));
    return out.toString();
  }

  /** Reads the shipped table. */
  static Table load() {
    byte[] bytes;
    try (InputStream in = BackgroundStems.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(RESOURCE + " is missing from the class path (core's resources)");
      }
      bytes = in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return parse(bytes);
  }

  /** Parses the table by hand: it runs at start-up, before the JIT has compiled anything. */
  static Table parse(byte[] bytes) {
    Map<String, Long> counts = new HashMap<>(131_072);
    long total = -1;
    int line = 0;
    while (line < bytes.length) {
      int end = line;
      while (end < bytes.length && bytes[end] != '\n') {
        end++;
      }
      if (bytes[line] != '#') {
        int tab = line;
        while (tab < end && bytes[tab] != '\t') {
          tab++;
        }
        if (tab == end) {
          throw new IllegalStateException(RESOURCE + ": a line without a tab at byte " + line);
        }
        long n = 0;
        for (int i = tab + 1; i < end; i++) {
          int digit = bytes[i] - '0';
          if (digit < 0 || digit > 9) {
            throw new IllegalStateException(RESOURCE + ": not a count at byte " + i);
          }
          n = n * 10 + digit;
        }
        String stem = new String(bytes, line, tab - line, StandardCharsets.UTF_8);
        if (stem.equals(TOTAL)) {
          total = n;
        } else {
          counts.put(stem, n);
        }
      }
      line = end + 1;
    }
    if (total < 0) {
      throw new IllegalStateException(RESOURCE + " has no total line");
    }
    return new Table(Collections.unmodifiableMap(counts), total);
  }

}
