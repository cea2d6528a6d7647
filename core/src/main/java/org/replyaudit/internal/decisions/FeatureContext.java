package org.replyaudit.internal.decisions;

import java.util.List;
import java.util.Set;
import org.replyaudit.PointKind;
import org.replyaudit.internal.PairState;
import org.replyaudit.internal.cues.TypedEvidence;
import org.replyaudit.internal.matching.Bm25ClaimMatcher.Link;
import org.replyaudit.internal.matching.Bm25ClaimMatcher;
import org.replyaudit.models.SentenceFeatures;

/**
 * What every feature row of one pair reads, computed once per pair, so that no row costs more
 * than the claims it is about: the kinds of cue in each paragraph, the cosine of every claim
 * pair (semantic mode), and for each complaint claim the reply claims that may answer it.
 *
 * <p>A point's link candidates are the reply claims any matching stage ranks among its best
 * (at most {@value Bm25ClaimMatcher#KEEP} per stage, both ways), plus in semantic mode the
 * {@value #COSINE_CANDIDATES} closest in meaning. Every other pair shares no weighted word and
 * is not close in meaning; scoring it could only add cost, which for two long letters is the
 * product of their lengths.
 */
public final class FeatureContext {
  /** Reply claims ranked by meaning that join each point's link candidates in semantic mode. */
  static final int COSINE_CANDIDATES = 4;

  private final PairState state;
  private final LearnedFeatures.Vectors vectors;
  private final double[][] cos;
  final int[][] paragraphKinds;
  private final int[][] candidates;
  // Read by every row that mentions the claim (a point's wants by each of its link candidates,
  // a claim's words by its neighbours' rows): computed once per claim.
  final List<Set<TypedEvidence.Want>> wants;
  final String[][] complaintWords;
  final String[][] replyWords;

  FeatureContext(PairState s, LearnedFeatures.Vectors v) {
    this.state = s;
    this.vectors = v;
    int nc = s.complaint().size();
    int nr = s.reply().size();
    wants = new java.util.ArrayList<>(nc);
    complaintWords = new String[nc][];
    for (int i = 0; i < nc; i++) {
      wants.add(TypedEvidence.wants(s.complaint().get(i)));
      complaintWords[i] = SentenceFeatures.of(s.complaint().get(i).text(), LearnedFeatures.from(i, nc), LearnedFeatures.to(i, nc));
    }
    replyWords = new String[nr][];
    for (int j = 0; j < nr; j++) {
      replyWords[j] = SentenceFeatures.of(s.reply().get(j).text(), LearnedFeatures.from(j, nr), LearnedFeatures.to(j, nr));
    }
    if (v != null) {
      cos = new double[nc][nr];
      for (int i = 0; i < nc; i++) {
        for (int j = 0; j < nr; j++) {
          cos[i][j] = v.cos(i, j);
        }
      }
    } else {
      cos = null;
    }
    // Kinds of cue per paragraph, counted once: reading them per claim walked the whole
    // paragraph for each of its claims.
    java.util.Map<Integer, int[]> byParagraph = new java.util.HashMap<>();
    for (int i = 0; i < nc; i++) {
      byParagraph.computeIfAbsent(s.complaint().get(i).segment().paragraph(), k -> new int[PointKind.values().length])
          [s.kinds().get(i).kind().ordinal()]++;
    }
    paragraphKinds = new int[nc][];
    for (int i = 0; i < nc; i++) {
      paragraphKinds[i] = byParagraph.get(s.complaint().get(i).segment().paragraph());
    }
    java.util.List<java.util.TreeSet<Integer>> sets = new java.util.ArrayList<>(nc);
    for (int i = 0; i < nc; i++) {
      java.util.TreeSet<Integer> set = new java.util.TreeSet<>();
      for (Bm25ClaimMatcher.Scores sc : java.util.List.of(s.stages().lexical(), s.stages().ordered(),
          s.stages().carried(), s.responds())) {
        for (Link l : sc.complaintToReply().get(i)) {
          set.add(l.target());
        }
      }
      if (cos != null) {
        set.addAll(topByCosine(cos[i], COSINE_CANDIDATES));
      }
      sets.add(set);
    }
    for (Bm25ClaimMatcher.Scores sc : java.util.List.of(s.stages().lexical(), s.stages().ordered(),
        s.stages().carried(), s.responds())) {
      for (int j = 0; j < nr; j++) {
        for (Link l : sc.replyToComplaint().get(j)) {
          sets.get(l.target()).add(j);
        }
      }
    }
    candidates = new int[nc][];
    for (int i = 0; i < nc; i++) {
      candidates[i] = sets.get(i).stream().mapToInt(Integer::intValue).toArray();
    }
  }

  public PairState state() {
    return state;
  }

  /** The sentence vectors, or null in lexical mode. */
  public LearnedFeatures.Vectors vectors() {
    return vectors;
  }

  /** The reply claims that may answer complaint claim {@code i}, ascending. */
  public int[] candidates(int i) {
    return candidates[i];
  }

  double cos(int i, int j) {
    return cos[i][j];
  }

  boolean semantic() {
    return cos != null;
  }

  private static java.util.List<Integer> topByCosine(double[] row, int k) {
    java.util.List<Integer> top = new java.util.ArrayList<>(k + 1);
    for (int j = 0; j < row.length; j++) {
      int at = top.size();
      while (at > 0 && row[top.get(at - 1)] < row[j]) {
        at--;
      }
      if (at < k) {
        top.add(at, j);
        if (top.size() > k) {
          top.remove(k);
        }
      }
    }
    return top;
  }
}
