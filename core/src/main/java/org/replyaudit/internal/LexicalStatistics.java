package org.replyaudit.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.synonym.SynonymMap;
import org.apache.lucene.util.CharsRef;
import org.replyaudit.models.LexicalResources;

/**
 * The models' lexical resources in the form matching uses: background document frequencies per
 * stem, and a Lucene {@link SynonymMap} of related words. Built once, lazily, and shared.
 */
final class LexicalStatistics {
  /**
   * Background "documents": SUBTLEX-US counts words, not documents, so each occurrence is taken
   * as one sentence-sized pseudo-document of {@link #WORDS_PER_DOC} words. Only the ratio of
   * counts to this total matters for IDF.
   */
  static final int WORDS_PER_DOC = 10;

  private LexicalStatistics() {}

  static Map<String, Long> backgroundDocFreq() {
    return Holder.DOC_FREQ;
  }

  static long backgroundDocs() {
    return Holder.DOCS;
  }

  static SynonymMap related() {
    return Holder.RELATED;
  }

  private static final class Holder {
    static final Map<String, Long> DOC_FREQ;
    static final long DOCS;
    static final SynonymMap RELATED;

    static {
      ClaimAnalyzer plain = new ClaimAnalyzer();
      Map<String, Long> df = new HashMap<>();
      for (var e : LexicalResources.backgroundCounts().entrySet()) {
        String stem = plain.stem(e.getKey());
        if (stem != null) {
          df.merge(stem, e.getValue(), Long::sum);
        }
      }
      DOCS = LexicalResources.backgroundTotal() / WORDS_PER_DOC;
      df.replaceAll((k, v) -> Math.min(v, DOCS));
      DOC_FREQ = Map.copyOf(df);
      try {
        SynonymMap.Builder b = new SynonymMap.Builder(true);
        for (Map.Entry<String, List<String>> e : LexicalResources.related().entrySet()) {
          for (String r : e.getValue()) {
            b.add(new CharsRef(e.getKey()), new CharsRef(r), true);
          }
        }
        RELATED = b.build();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }
}
