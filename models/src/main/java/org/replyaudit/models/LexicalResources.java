package org.replyaudit.models;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Word statistics and word relations that matching needs beyond one letter pair, each loaded
 * once, checked against the SHA-256 in its provenance, and shared:
 *
 * <ul>
 *   <li>{@link #backgroundCounts()}: how often each English word occurs in SUBTLEX-US (51
 *       million words of film subtitles), so that a word's weight reflects the language and not
 *       just the twenty sentences of one pair;
 *   <li>{@link #related()}: WordNet 3.1 synonyms of a word's most frequent sense and its
 *       derivations (suspend → suspension), for matching replies that do not reuse the
 *       complaint's words.
 * </ul>
 *
 * Rebuild both with {@code org.replyaudit.models.build.BuildLexicalResources}, a build-time tool in
 * the test sources, not the shipped jar (models/README.md).
 */
public final class LexicalResources {
  private static final List<ModelProvenance> ALL = EnglishModels.readProvenance(List.of("background", "related"));

  private LexicalResources() {}

  /**
   * The provenance of the word tables: source artifact, file and SHA-256.
   *
   * @return an immutable list: the background counts, the related words
   */
  public static List<ModelProvenance> provenance() {
    return ALL;
  }

  /**
   * Lower-case word → count in SUBTLEX-US. Unmodifiable.
   *
   * @return the counts, loaded and checked on first use
   */
  public static Map<String, Long> backgroundCounts() {
    return Background.COUNTS;
  }

  /**
   * The sum of all {@link #backgroundCounts()}.
   *
   * @return the total count
   */
  public static long backgroundTotal() {
    return Background.TOTAL;
  }

  /**
   * Lower-case word → related words (same most frequent sense, or derived). Unmodifiable.
   *
   * @return the map, loaded and checked on first use
   */
  public static Map<String, List<String>> related() {
    return Related.MAP;
  }

  private static BufferedReader open(String name) {
    byte[] bytes = EnglishModels.verifiedBytes(ALL.stream().filter(p -> p.name().equals(name)).findFirst().orElseThrow());
    return new BufferedReader(new InputStreamReader(new ByteArrayInputStream(bytes), StandardCharsets.UTF_8));
  }

  private static final class Background {
    static final Map<String, Long> COUNTS;
    static final long TOTAL;

    static {
      Map<String, Long> m = new HashMap<>();
      long total = 0;
      try (BufferedReader r = open("background")) {
        String line;
        while ((line = r.readLine()) != null) {
          if (line.startsWith("#")) {
            continue;
          }
          int tab = line.indexOf('\t');
          long c = Long.parseLong(line.substring(tab + 1));
          m.put(line.substring(0, tab), c);
          total += c;
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      COUNTS = Map.copyOf(m);
      TOTAL = total;
    }
  }

  private static final class Related {
    static final Map<String, List<String>> MAP;

    static {
      Map<String, List<String>> m = new HashMap<>();
      try (BufferedReader r = open("related")) {
        String line;
        while ((line = r.readLine()) != null) {
          if (line.startsWith("#")) {
            continue;
          }
          int tab = line.indexOf('\t');
          m.put(line.substring(0, tab), List.copyOf(Arrays.asList(line.substring(tab + 1).split(" "))));
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      MAP = Map.copyOf(m);
    }
  }
}
