package org.replyaudit.internal.matching;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;
import org.apache.lucene.analysis.synonym.SynonymMap;

/**
 * The models' lexical resources in the form matching uses: background document frequencies per
 * stem, and a Lucene {@link SynonymMap} of related words. Built once, on first use, on two
 * background threads, and shared.
 */
public final class LexicalStatistics {
  /**
   * Background "documents": SUBTLEX-US counts words, not documents, so each occurrence is taken
   * as one sentence-sized pseudo-document of {@link #WORDS_PER_DOC} words. Only the ratio of
   * counts to this total matters for IDF.
   */
  static final int WORDS_PER_DOC = 10;

  private LexicalStatistics() {}

  /**
   * Starts building both tables on background threads, if not yet started, and returns at once.
   * An analyzer calls this first, so that the tables (about two thirds of start-up, mostly
   * stemming 74,000 background words) are built while the OpenNLP models load.
   */
  public static void startLoading() {
    Loading.BACKGROUND.isDone();
  }

  static Map<String, Long> backgroundDocFreq() {
    return join(Loading.BACKGROUND).docFreq();
  }

  static long backgroundDocs() {
    return join(Loading.BACKGROUND).docs();
  }

  public static SynonymMap related() {
    return join(Loading.RELATED);
  }

  /** Background document frequencies per stem, and the number of background documents. */
  private record Background(Map<String, Long> docFreq, long docs) {}

  private static final class Loading {
    static final CompletableFuture<Background> BACKGROUND =
        async("replyaudit-background-statistics", LexicalStatistics::background);
    static final CompletableFuture<SynonymMap> RELATED = async("replyaudit-related-words", LexicalStatistics::relatedWords);
  }

  private static <T> CompletableFuture<T> async(String name, Supplier<T> task) {
    return CompletableFuture.supplyAsync(task, r -> {
      Thread t = new Thread(r, name);
      t.setDaemon(true); // never keeps a JVM alive
      t.start();
    });
  }

  /** The table, or the exception building it threw (a corrupt resource), as thrown. */
  private static <T> T join(CompletableFuture<T> table) {
    try {
      return table.join();
    } catch (CompletionException e) {
      if (e.getCause() instanceof RuntimeException r) {
        throw r;
      }
      if (e.getCause() instanceof Error err) {
        throw err;
      }
      throw e;
    }
  }

  private static Background background() {
    // Counts per stem come precomputed (BackgroundStems): stemming every background word here
    // was a third of start-up.
    BackgroundStems.Table table = BackgroundStems.load();
    long docs = table.total() / WORDS_PER_DOC;
    if (table.counts().values().stream().allMatch(v -> v <= docs)) {
      return new Background(table.counts(), docs); // no stem occurs in more "documents" than exist
    }
    Map<String, Long> df = new HashMap<>(table.counts());
    df.replaceAll((k, v) -> Math.min(v, docs));
    return new Background(Map.copyOf(df), docs);
  }

  private static SynonymMap relatedWords() {
    // Built at build time (RelatedWordsMap): building the FST here was a fifth of start-up.
    return RelatedWordsMap.load();
  }

  /**
   * {@link ClaimAnalyzer#stem} of every word (absent when null), from one pass of the chain over
   * all the words, one per line, instead of one pass per word: loading the 74,000 background
   * words one at a time was the largest part of building an analyzer, and so of start-up.
   *
   * <p>The result is the same because a line break always ends a token (Unicode word-break rules
   * WB3a/WB3b, which StandardTokenizer follows) and every filter of the chain looks at one token at
   * a time: each word yields the tokens it yields alone, found again by their offsets. A word that
   * is not plain letters, digits and apostrophes, where that reasoning would need more care, is
   * stemmed on its own.
   */
  public static Map<String, String> stems(ClaimAnalyzer plain, java.util.Collection<String> words) {
    Map<String, String> out = new HashMap<>(words.size() * 2);
    List<String> batch = new java.util.ArrayList<>(words.size());
    for (String w : words) {
      if (plainWord(w)) {
        batch.add(w);
      } else {
        String stem = plain.stem(w);
        if (stem != null) {
          out.put(w, stem);
        }
      }
    }
    int[] starts = new int[batch.size()];
    StringBuilder text = new StringBuilder(batch.size() * 8);
    for (int i = 0; i < batch.size(); i++) {
      starts[i] = text.length();
      text.append(batch.get(i)).append('\n');
    }
    String[] term = new String[batch.size()];
    // Distinct terms per word, as stem() counts them (2 meaning "more than one").
    int[] distinct = new int[batch.size()];
    try (org.apache.lucene.analysis.TokenStream ts = plain.tokenStream(ClaimAnalyzer.FIELD, text.toString())) {
      var chars = ts.addAttribute(org.apache.lucene.analysis.tokenattributes.CharTermAttribute.class);
      var offset = ts.addAttribute(org.apache.lucene.analysis.tokenattributes.OffsetAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        int i = java.util.Arrays.binarySearch(starts, offset.startOffset());
        if (i < 0) {
          i = -i - 2; // the word whose line the token starts in
        }
        String t = chars.toString();
        if (distinct[i] == 0) {
          term[i] = t;
          distinct[i] = 1;
        } else if (!t.equals(term[i])) {
          distinct[i] = 2;
        }
      }
      ts.end();
    } catch (IOException e) {
      throw new UncheckedIOException("reading a String cannot fail", e);
    }
    for (int i = 0; i < batch.size(); i++) {
      if (distinct[i] == 1) {
        out.put(batch.get(i), term[i]);
      }
    }
    return out;
  }

  private static boolean plainWord(String w) {
    if (w.isEmpty()) {
      return false;
    }
    for (int i = 0; i < w.length(); i++) {
      char c = w.charAt(i);
      if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '\'')) {
        return false;
      }
    }
    return true;
  }
}
