package org.replyaudit.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.search.CollectionStatistics;
import org.apache.lucene.search.TermStatistics;
import org.apache.lucene.search.similarities.BM25Similarity;
import org.apache.lucene.search.similarities.Similarity.SimScorer;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.SmallFloat;

/**
 * Stage 5: scores every complaint claim against every reply claim with Lucene's BM25.
 *
 * <p>Collection statistics come from all the claims of the pair, complaint and reply together,
 * so a word both letters use everywhere ("party", "account") weighs little and a word that
 * links one complaint claim to one reply claim weighs a lot. (Scoring each pair of sentences in
 * its own one-document index would make every IDF the same and reduce BM25 to counting shared
 * stems.) Scores are normalised by the query claim's score against itself, so they lie in
 * [0, 1] and mean the same across pairs: 0.5 is "half as close as the claim is to itself".
 *
 * <p>Only claims that share a term are ever compared, through an inverted index of the pair, and
 * only the best {@link #KEEP} links of each claim are kept, so memory is linear in the text.
 */
public final class Bm25ClaimMatcher {
  /** Links kept per query claim. */
  static final int KEEP = 8;
  /** Postings longer than this, for a term in over a tenth of the targets, are not walked. */
  static final int MAX_POSTINGS = 200;

  private static final BM25Similarity BM25 = new BM25Similarity(1.2f, 0.75f);

  private final ClaimAnalyzer analyzer;

  public Bm25ClaimMatcher(ClaimAnalyzer analyzer) {
    this.analyzer = analyzer;
  }

  /** A scored link from a query claim to a claim of the other letter. */
  public record Link(int target, double score) {}

  /** The best links in both directions. */
  public record Scores(List<List<Link>> complaintToReply, List<List<Link>> replyToComplaint,
      List<Map<String, Integer>> complaintTerms, List<Map<String, Integer>> replyTerms) {
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
    List<Map<String, Integer>> cTerms = complaint.stream().map(c -> analyzer.terms(c.text())).toList();
    List<Map<String, Integer>> rTerms = reply.stream().map(c -> analyzer.terms(c.text())).toList();

    // Collection statistics over every claim of the pair.
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
    int docs = complaint.size() + reply.size();
    if (stats.isEmpty()) {
      return new Scores(empty(complaint.size()), empty(reply.size()), cTerms, rTerms);
    }
    CollectionStatistics collection = new CollectionStatistics(ClaimAnalyzer.FIELD, docs,
        Math.max(1, countNonEmpty(cTerms) + countNonEmpty(rTerms)), sumTtf, sumDf);
    Map<String, SimScorer> scorers = new HashMap<>();
    stats.forEach((term, s) -> scorers.put(term, BM25.scorer(1f,
        collection, new TermStatistics(new BytesRef(term), s[0], s[1]))));

    return new Scores(
        direction(cTerms, rTerms, scorers), direction(rTerms, cTerms, scorers), cTerms, rTerms);
  }

  private static long countNonEmpty(List<Map<String, Integer>> docs) {
    return docs.stream().filter(d -> !d.isEmpty()).count();
  }

  private static List<List<Link>> empty(int n) {
    List<List<Link>> out = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      out.add(List.of());
    }
    return out;
  }

  /** For every query doc, its best links among the target docs. */
  private static List<List<Link>> direction(List<Map<String, Integer>> queries,
      List<Map<String, Integer>> targets, Map<String, SimScorer> scorers) {
    // Inverted index of the targets: term -> (doc, freq) postings.
    Map<String, List<int[]>> postings = new HashMap<>();
    long[] norms = new long[targets.size()];
    for (int d = 0; d < targets.size(); d++) {
      int length = 0;
      for (var e : targets.get(d).entrySet()) {
        postings.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(new int[] {d, e.getValue()});
        length += e.getValue();
      }
      norms[d] = SmallFloat.intToByte4(Math.max(1, length));
    }
    double[] acc = new double[targets.size()];
    int[] touched = new int[targets.size()];
    List<List<Link>> out = new ArrayList<>(queries.size());
    for (Map<String, Integer> q : queries) {
      int qLength = q.values().stream().mapToInt(Integer::intValue).sum();
      long qNorm = SmallFloat.intToByte4(Math.max(1, qLength));
      double self = 0;
      int nTouched = 0;
      for (var e : q.entrySet()) {
        SimScorer scorer = scorers.get(e.getKey());
        self += scorer.score(e.getValue(), qNorm);
        List<int[]> list = postings.getOrDefault(e.getKey(), List.of());
        // A term in a large share of a long letter's claims carries almost no weight; walking its
        // postings for every query would make long letters quadratic. Letters never reach this.
        if (list.size() > MAX_POSTINGS && list.size() * 10 > targets.size()) {
          continue;
        }
        for (int[] p : list) {
          if (acc[p[0]] == 0) {
            touched[nTouched++] = p[0];
          }
          acc[p[0]] += scorer.score(p[1], norms[p[0]]);
        }
      }
      Link[] links = new Link[nTouched];
      for (int k = 0; k < nTouched; k++) {
        int d = touched[k];
        links[k] = new Link(d, self > 0 ? Math.min(1.0, acc[d] / self) : 0);
        acc[d] = 0;
      }
      Arrays.sort(links, (a, b) -> a.score() != b.score()
          ? Double.compare(b.score(), a.score()) : Integer.compare(a.target(), b.target()));
      out.add(List.of(Arrays.copyOf(links, Math.min(KEEP, links.length))));
    }
    return out;
  }
}
