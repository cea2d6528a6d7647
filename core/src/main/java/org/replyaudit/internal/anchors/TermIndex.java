package org.replyaudit.internal.anchors;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.replyaudit.internal.text.TextLayout;

/**
 * The complaint claims' terms, indexed so that finding the claims a passage shares terms with
 * costs the passage's own terms rather than the whole complaint. The terms are pairs of adjacent
 * words ({@link #pairs}) for quotes: copied text keeps its words together where a paraphrase does
 * not ({@link StructureAnchors}, {@link QuoteTracer}); or single words, for reported speech.
 *
 * <p>A term held by more than {@link #COMMON} claims ("of the", "we have") nominates no claim:
 * walking its holders for every passage made tracing quadratic in a long letter. Such terms still
 * count, exactly, for the claims an uncommon term nominated.
 */
final class TermIndex {
  /** A term in more claims than this tells no claims apart and nominates none. */
  static final int COMMON = 50;

  private final List<Set<String>> pairsOf;
  private final Map<String, int[]> holders;

  /** Each claim's terms, in claim order. */
  TermIndex(List<Set<String>> terms) {
    pairsOf = List.copyOf(terms);
    Map<String, List<Integer>> lists = new HashMap<>();
    for (int c = 0; c < pairsOf.size(); c++) {
      for (String p : pairsOf.get(c)) {
        lists.computeIfAbsent(p, k -> new ArrayList<>(2)).add(c);
      }
    }
    holders = new HashMap<>(lists.size() * 2);
    lists.forEach((p, l) -> holders.put(p, l.stream().mapToInt(Integer::intValue).toArray()));
  }

  /** The word pairs of each text, for a quote index. */
  static TermIndex ofPairs(List<String> texts) {
    return new TermIndex(texts.stream().map(TermIndex::pairs).toList());
  }

  /** How many distinct terms claim {@code c} has. */
  int pairCount(int c) {
    return pairsOf.get(c).size();
  }

  /**
   * The claims sharing an uncommon term with {@code quoted}, ascending, and for each how many of
   * {@code quoted}'s terms it holds: {@code result[0]} the claims, {@code result[1]} the counts.
   */
  int[][] shared(Set<String> quoted) {
    Set<Integer> nominated = new HashSet<>();
    for (String p : quoted) {
      int[] h = holders.get(p);
      if (h != null && h.length <= COMMON) {
        for (int c : h) {
          nominated.add(c);
        }
      }
    }
    int[] claims = nominated.stream().mapToInt(Integer::intValue).sorted().toArray();
    int[] counts = new int[claims.length];
    for (int i = 0; i < claims.length; i++) {
      // Walk the smaller set: a quote of a whole letter then costs each claim its own pairs.
      Set<String> own = pairsOf.get(claims[i]);
      Set<String> small = own.size() <= quoted.size() ? own : quoted;
      Set<String> large = small == own ? quoted : own;
      for (String p : small) {
        if (large.contains(p)) {
          counts[i]++;
        }
      }
    }
    return new int[][] {claims, counts};
  }

  /** The distinct pairs of adjacent words of {@code text}, lower-cased ("w1 w2"). */
  static Set<String> pairs(String text) {
    List<String> words = TextLayout.words(text);
    Set<String> out = new HashSet<>();
    for (int i = 0; i + 1 < words.size(); i++) {
      out.add(words.get(i) + ' ' + words.get(i + 1));
    }
    return out;
  }
}
