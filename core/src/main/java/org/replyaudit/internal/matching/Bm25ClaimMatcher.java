package org.replyaudit.internal.matching;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.search.CollectionStatistics;
import org.apache.lucene.util.SmallFloat;
import org.replyaudit.MatchingSignal;
import org.replyaudit.internal.text.Claim;

/**
 * Pipeline stage {@code bm25}: scores every complaint claim against every reply claim with Lucene's BM25.
 *
 * <p>Two sets of collection statistics weigh the words, and the two normalised scores are
 * averaged: the pair's own claims (a word both letters use everywhere, "account", weighs little
 * in this pair) and a background corpus of 51 million words (SUBTLEX-US: "refund" is rarer than
 * "money" in English at large), so that weights do not rest on twenty sentences. Scoring each
 * pair of sentences in its own one-document index would instead make every IDF the same and
 * reduce BM25 to counting shared stems.
 *
 * <p>Query claims are expanded with related words (WordNet synonyms of the most frequent sense
 * and derivations) through Lucene's synonym filter; an expansion counts {@link #RELATED_WEIGHT}
 * of a shared word and never adds to the self score.
 *
 * <p>The BM25 arithmetic is Lucene's {@code BM25Similarity(1.2f, 0.75f)} to the bit (see
 * {@link Bm25Weights}), without building one of its {@code SimScorer}s per term: each of those
 * computes an idf {@code Explanation} (boxed floats, strings) and a 256-entry norm table, which
 * was a seventh of the whole analysis of a letter.
 *
 * <p>Each score is divided by the query claim's score against itself, so scores lie in [0, 1]
 * and mean the same across pairs: 0.5 is "half as close as the claim is to itself". Only claims
 * that share a term are compared, through an inverted index of the pair, and only the best
 * {@link #KEEP} links of each claim are kept, so memory is linear in the text.
 */
public final class Bm25ClaimMatcher {
  /** Links kept per query claim. */
  static final int KEEP = 8;
  /**
   * Postings longer than this are not walked: a term in more than 200 claims of one letter does
   * not tell them apart, and a fixed cap keeps each query's cost bounded, so matching stays
   * linear in the length of the letters. (A letter needs over 200 claims, some 20 KB, for this to
   * change anything; the annotated letters have under 60.)
   */
  static final int MAX_POSTINGS = 200;
  /** What a related word counts for, against 1 for the same word. */
  static final double RELATED_WEIGHT = 0.5;

  private final ClaimAnalyzer plain = new ClaimAnalyzer();
  private final ClaimAnalyzer expanding;
  private final boolean background;

  public Bm25ClaimMatcher(Set<MatchingSignal> signals) {
    this.background = signals.contains(MatchingSignal.BACKGROUND_STATISTICS);
    this.expanding = signals.contains(MatchingSignal.RELATED_WORDS) ? new ClaimAnalyzer(LexicalStatistics.related()) : null;
  }

  /** With every signal. */
  public Bm25ClaimMatcher() {
    this(EnumSet.allOf(MatchingSignal.class));
  }

  /** A scored link from a query claim to a claim of the other letter. */
  public record Link(int target, double score) {
    /** Highest score first; ties by target, so every ranking is deterministic. */
    public static final java.util.Comparator<Link> BEST_FIRST = (a, b) -> a.score() != b.score()
        ? Double.compare(b.score(), a.score()) : Integer.compare(a.target(), b.target());

    /** The links of a target-to-score map, best first, as an immutable list. */
    public static List<Link> bestFirst(java.util.Map<Integer, Double> scores) {
      List<Link> out = new ArrayList<>(scores.size());
      scores.forEach((t, v) -> out.add(new Link(t, v)));
      out.sort(BEST_FIRST);
      return List.copyOf(out);
    }
  }

  /** The best links in both directions. */
  public record Scores(List<List<Link>> complaintToReply, List<List<Link>> replyToComplaint) {
    /** The normalised score of complaint claim {@code c} against reply claim {@code r}, 0 if not kept. */
    public double score(int c, int r) {
      for (Link l : complaintToReply.get(c)) {
        if (l.target() == r) {
          return l.score();
        }
      }
      return 0;
    }
  }

  public Scores score(List<Claim> complaint, List<Claim> reply) {
    List<Map<String, Integer>> cTerms = new ArrayList<>(complaint.size());
    List<Set<String>> cExp = new ArrayList<>(complaint.size());
    analyse(complaint, cTerms, cExp);
    List<Map<String, Integer>> rTerms = new ArrayList<>(reply.size());
    List<Set<String>> rExp = new ArrayList<>(reply.size());
    analyse(reply, rTerms, rExp);

    // The pair's own statistics, over every claim of both letters.
    Map<String, long[]> stats = new HashMap<>(); // term -> {docFreq, totalTermFreq}
    long sumTtf = 0;
    long sumDf = 0;
    for (List<Map<String, Integer>> side : List.of(cTerms, rTerms)) {
      for (Map<String, Integer> doc : side) {
        for (var e : doc.entrySet()) {
          long[] s = stats.computeIfAbsent(e.getKey(), k -> new long[2]);
          s[0]++;
          s[1] += e.getValue();
          sumTtf += e.getValue();
          sumDf++;
        }
      }
    }
    if (stats.isEmpty()) {
      return new Scores(empty(complaint.size()), empty(reply.size()));
    }
    long docs = Math.max(1, nonEmpty(cTerms) + nonEmpty(rTerms));
    // CollectionStatistics still validates the statistics, as Lucene's scorer did.
    CollectionStatistics pair = new CollectionStatistics(ClaimAnalyzer.FIELD, docs, docs, sumTtf, sumDf);
    CollectionStatistics bg = null;
    Map<String, Long> bgDf = null;
    if (background) {
      long bgDocs = LexicalStatistics.backgroundDocs();
      long perDoc = LexicalStatistics.WORDS_PER_DOC;
      bg = new CollectionStatistics(ClaimAnalyzer.FIELD, bgDocs + docs, bgDocs + docs,
          bgDocs * perDoc + sumTtf, bgDocs * perDoc + sumDf);
      bgDf = LexicalStatistics.backgroundDocFreq();
    }
    Bm25Weights weightings = new Bm25Weights(bg == null ? List.of(pair) : List.of(pair, bg), stats.size());
    for (var e : stats.entrySet()) {
      long[] s = e.getValue();
      float[] w = weightings.term(e.getKey());
      w[0] = Bm25Weights.idf(s[0], pair.docCount());
      if (bg != null) {
        w[1] = Bm25Weights.idf(bgDf.getOrDefault(e.getKey(), 0L) + s[0], bg.docCount());
      }
    }
    return new Scores(direction(cTerms, cExp, rTerms, weightings), direction(rTerms, rExp, cTerms, weightings));
  }

  /** Each claim's terms and, with related words on, its expansions (one analysis pass per claim). */
  private void analyse(List<Claim> claims, List<Map<String, Integer>> terms, List<Set<String>> expansions) {
    for (Claim c : claims) {
      if (expanding == null) {
        terms.add(plain.terms(c.text()));
        expansions.add(Set.of());
      } else {
        ClaimAnalyzer.Analysed a = expanding.termsAndExpansions(c.text());
        terms.add(a.terms());
        expansions.add(a.expansions());
      }
    }
  }

  private static long nonEmpty(List<Map<String, Integer>> docs) {
    return docs.stream().filter(d -> !d.isEmpty()).count();
  }

  private static List<List<Link>> empty(int n) {
    List<List<Link>> out = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      out.add(List.of());
    }
    return out;
  }

  /** For every query doc, its best links among the target docs, averaged over the weightings. */
  private static List<List<Link>> direction(List<Map<String, Integer>> queries, List<Set<String>> expansions,
      List<Map<String, Integer>> targets, Bm25Weights weightings) {
    Map<String, List<int[]>> lists = new HashMap<>(); // term -> (doc, freq)
    long[] norms = new long[targets.size()];
    for (int d = 0; d < targets.size(); d++) {
      int length = 0;
      for (var e : targets.get(d).entrySet()) {
        lists.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(new int[] {d, e.getValue()});
        length += e.getValue();
      }
      norms[d] = SmallFloat.intToByte4(Math.max(1, length));
    }
    Map<String, Postings> postings = postings(lists, norms, weightings);
    int w = weightings.size();
    // One row of w accumulators per target, side by side: a posting touches one cache line.
    double[] acc = new double[w * targets.size()];
    boolean[] seen = new boolean[targets.size()];
    int[] touched = new int[targets.size()];
    List<List<Link>> out = new ArrayList<>(queries.size());
    for (int qi = 0; qi < queries.size(); qi++) {
      Map<String, Integer> q = queries.get(qi);
      int qLength = 0;
      for (int f : q.values()) {
        qLength += f;
      }
      long qNorm = SmallFloat.intToByte4(Math.max(1, qLength));
      double[] self = new double[w];
      int nTouched = 0;
      for (var e : q.entrySet()) {
        float[] termWeights = weightings.get(e.getKey());
        for (int k = 0; k < w; k++) {
          self[k] += weightings.score(k, termWeights[k], e.getValue(), qNorm);
        }
        nTouched = accumulate(e.getKey(), 1.0, postings, w, acc, seen, touched, nTouched);
      }
      for (String x : expansions.get(qi)) {
        nTouched = accumulate(x, RELATED_WEIGHT, postings, w, acc, seen, touched, nTouched);
      }
      // The best KEEP links in BEST_FIRST order, kept by insertion as scores come: the same links
      // as sorting all touched targets and cutting, without sorting thousands in a long letter.
      Link[] best = new Link[Math.min(KEEP, nTouched)];
      int kept = 0;
      for (int i = 0; i < nTouched; i++) {
        int d = touched[i];
        double sum = 0;
        for (int k = 0; k < w; k++) {
          sum += self[k] > 0 ? Math.min(1.0, acc[d * w + k] / self[k]) : 0;
          acc[d * w + k] = 0;
        }
        seen[d] = false;
        double score = sum / w;
        if (kept == best.length && before(best[kept - 1], score, d)) {
          continue;
        }
        int at = kept == best.length ? kept - 1 : kept++;
        while (at > 0 && before(score, d, best[at - 1])) {
          best[at] = best[at - 1];
          at--;
        }
        best[at] = new Link(d, score);
      }
      out.add(List.of(best));
    }
    return out;
  }

  /**
   * Whether link {@code a} ranks strictly before a link to {@code d} scored {@code score}: higher
   * score first, then lower target. This is {@link Link#BEST_FIRST}; targets are distinct, so it is total.
   */
  private static boolean before(Link a, double score, int d) {
    return a.score() != score ? Double.compare(score, a.score()) < 0 : a.target() < d;
  }

  /** Whether a link to {@code d} scored {@code score} ranks strictly before link {@code b}. */
  private static boolean before(double score, int d, Link b) {
    return score != b.score() ? Double.compare(b.score(), score) < 0 : d < b.target();
  }

  /**
   * A term's postings among the target claims, in claim order, with each posting's BM25 score
   * under each weighting. A posting's score does not depend on the query, so it is computed once
   * here rather than once per query that shares the term: in a long letter a term is shared by
   * hundreds of queries, and walking flat arrays is also far cheaper than a list of int pairs.
   */
  private record Postings(int[] docs, float[] scores) {}

  private static Map<String, Postings> postings(Map<String, List<int[]>> lists, long[] norms,
      Bm25Weights weightings) {
    Map<String, Postings> out = new HashMap<>(lists.size() * 2);
    for (var e : lists.entrySet()) {
      List<int[]> list = e.getValue();
      // A term in hundreds of a long letter's claims carries almost no weight; walking its
      // postings for every query would make long letters quadratic.
      if (list.size() > MAX_POSTINGS) {
        continue;
      }
      float[] termWeights = weightings.get(e.getKey());
      int[] docs = new int[list.size()];
      float[] scores = new float[termWeights.length * list.size()]; // posting-major, like acc
      for (int i = 0; i < docs.length; i++) {
        int[] p = list.get(i);
        docs[i] = p[0];
        for (int k = 0; k < termWeights.length; k++) {
          scores[i * termWeights.length + k] = weightings.score(k, termWeights[k], p[1], norms[p[0]]);
        }
      }
      out.put(e.getKey(), new Postings(docs, scores));
    }
    return out;
  }

  private static int accumulate(String term, double weight, Map<String, Postings> postings, int w,
      double[] acc, boolean[] seen, int[] touched, int nTouched) {
    Postings list = postings.get(term);
    if (list == null) {
      return nTouched; // not in any target claim, or too common to walk (see postings())
    }
    int[] docs = list.docs();
    float[] scores = list.scores();
    for (int i = 0; i < docs.length; i++) {
      int d = docs[i];
      if (!seen[d]) {
        seen[d] = true;
        touched[nTouched++] = d;
      }
      for (int k = 0; k < w; k++) {
        acc[d * w + k] += weight * scores[i * w + k];
      }
    }
    return nTouched;
  }

  /**
   * BM25 term weights under one or more sets of collection statistics, computed exactly as
   * Lucene 9's {@code BM25Similarity(1.2f, 0.75f).scorer(1f, collection, term)} and its
   * {@code SimScorer.score(freq, norm)} compute them, in the same float operations in the same
   * order, so every score is bit-for-bit the one Lucene gives. Lucene builds the idf as an
   * {@code Explanation} and a fresh 256-entry norm table for every term; here the norm table is
   * built once per collection and a term costs one {@code Math.log}.
   */
  public static final class Bm25Weights {
    static final float K1 = 1.2f;
    static final float B = 0.75f;
    /** Document lengths by encoded norm, as Lucene's {@code BM25Similarity.LENGTH_TABLE}. */
    private static final float[] LENGTH_TABLE = new float[256];

    static {
      for (int i = 0; i < 256; i++) {
        LENGTH_TABLE[i] = SmallFloat.byte4ToInt((byte) i);
      }
    }

    /** Per collection: {@code 1 / (k1 * ((1 - b) + b * dl / avgdl))} for each encoded norm. */
    private final float[][] normInverse;
    /** Per term: its weight (boost 1 times idf) under each collection. */
    private final Map<String, float[]> weights;

    public Bm25Weights(List<CollectionStatistics> collections, int terms) {
      normInverse = new float[collections.size()][];
      for (int k = 0; k < collections.size(); k++) {
        CollectionStatistics c = collections.get(k);
        float avgdl = (float) (c.sumTotalTermFreq() / (double) c.docCount());
        float[] cache = new float[256];
        for (int i = 0; i < cache.length; i++) {
          cache[i] = 1f / (K1 * ((1 - B) + B * LENGTH_TABLE[i] / avgdl));
        }
        normInverse[k] = cache;
      }
      weights = new HashMap<>(Math.max(16, terms * 2));
    }

    /** Lucene's BM25 idf, {@code log(1 + (N - n + 0.5) / (n + 0.5))}, as a float. */
    public static float idf(long docFreq, long docCount) {
      return (float) Math.log(1 + (docCount - docFreq + 0.5D) / (docFreq + 0.5D));
    }

    /** The weights of a new term, one slot per collection, to be filled in. */
    float[] term(String term) {
      float[] w = new float[normInverse.length];
      weights.put(term, w);
      return w;
    }

    /** The weights of a known term. */
    float[] get(String term) {
      return weights.get(term);
    }

    int size() {
      return normInverse.length;
    }

    /** Lucene's {@code BM25Scorer.score(freq, encodedNorm)} for a term of weight {@code weight}. */
    public float score(int collection, float weight, float freq, long encodedNorm) {
      float inverse = normInverse[collection][((byte) encodedNorm) & 0xFF];
      return weight - weight / (1f + freq * inverse);
    }
  }
}
