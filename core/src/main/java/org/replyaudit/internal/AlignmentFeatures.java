package org.replyaudit.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.replyaudit.PointKind;
import org.replyaudit.Span;
import org.replyaudit.internal.Bm25ClaimMatcher.Link;
import org.replyaudit.internal.Bm25ClaimMatcher.Scores;

/**
 * What the alignment ranker ({@link AlignmentRanker}) knows about a reply claim and one complaint
 * claim it might respond to: the matching stages' scores, where both stand in their letters, and
 * what the paragraph around the reply claim matched. Nothing here reads words: the words were
 * read by the stages before; this only puts their outputs side by side, so that weights learned
 * from peer review can carry over to complaint letters.
 *
 * <p>The candidates for a reply claim are the complaint claims some stage linked it to, and those
 * linked to its neighbours in the same paragraph (at most {@link #NEIGHBOURS} either side, which
 * keeps the cost linear in the length of the letters).
 */
public final class AlignmentFeatures {
  /** The feature names, in the order of every feature vector; the weights file uses them. */
  public static final List<String> NAMES = List.of(
      "score", "lexical", "anchored", "carried", "share_of_best", "is_best", "linked",
      "position_gap", "position_near", "needs_answer", "first_of_segment", "best_of_previous",
      "best_of_second_previous", "log_length", "context", "question", "score_from_complaint",
      "complaint_position", "complaint_position_sq", "paragraph_start_score", "paragraph_start_gap",
      "paragraph_sum", "paragraph_max", "complaint_paragraph_start", "complaint_paragraph_position",
      "complaint_paragraph_position_sq");
  /** Reply claims either side in the same paragraph whose links are shared. */
  static final int NEIGHBOURS = 8;
  /** Relative distance at which {@code position_near} has fallen to about a third. */
  static final double NEAR = 0.2;

  private AlignmentFeatures() {}

  /**
   * The matching stages' scores, in pipeline order.
   *
   * @param lexical BM25 alone
   * @param ordered after typed evidence and the order prior
   * @param carried after paragraph continuity
   * @param responds after structure anchors
   */
  record Stages(Scores lexical, Scores ordered, Scores carried, Scores responds) {}

  /**
   * One reply claim's candidates.
   *
   * @param reply the reply claim's index
   * @param targets the candidate complaint claims' indices, ascending
   * @param values one feature vector per target, in {@link #NAMES} order
   */
  public record Candidates(int reply, int[] targets, double[][] values) {}

  /** The candidates of every reply claim, in reply order. */
  static List<Candidates> extract(Stages s, List<Claim> complaint, List<PointClassifier.Decision> kinds,
      List<Claim> reply) {
    int nc = complaint.size();
    int nr = reply.size();
    List<Candidates> out = new ArrayList<>(nr);
    if (nc == 0) {
      // One (empty) entry per reply claim all the same: callers index the result by reply claim.
      for (int r = 0; r < nr; r++) {
        out.add(new Candidates(r, new int[0], new double[0][]));
      }
      return out;
    }
    // Complaint -> reply links of the final scores, read from the reply side.
    List<Map<Integer, Double>> fromComplaint = new ArrayList<>(nr);
    for (int r = 0; r < nr; r++) {
      fromComplaint.add(new HashMap<>());
    }
    for (int c = 0; c < nc; c++) {
      for (Link l : s.responds().complaintToReply().get(c)) {
        fromComplaint.get(l.target()).put(c, l.score());
      }
    }
    int lastParagraph = complaint.get(nc - 1).segment().paragraph();
    for (int r = 0; r < nr; r++) {
      Map<Integer, Double> fin = asMap(s.responds().replyToComplaint().get(r));
      Map<Integer, Double> lexical = asMap(s.lexical().replyToComplaint().get(r));
      Map<Integer, Double> ordered = asMap(s.ordered().replyToComplaint().get(r));
      Map<Integer, Double> carried = asMap(s.carried().replyToComplaint().get(r));
      Set<Integer> targets = new LinkedHashSet<>();
      targets.addAll(fin.keySet());
      targets.addAll(lexical.keySet());
      targets.addAll(carried.keySet());
      targets.addAll(fromComplaint.get(r).keySet());
      // What the rest of the paragraph matched: the sum and the best, per complaint claim.
      Map<Integer, double[]> paragraph = new HashMap<>();
      int paragraphIndex = reply.get(r).segment().paragraph();
      for (int q = Math.max(0, r - NEIGHBOURS); q <= Math.min(nr - 1, r + NEIGHBOURS); q++) {
        if (q != r && reply.get(q).segment().paragraph() == paragraphIndex) {
          for (Link l : s.responds().replyToComplaint().get(q)) {
            double[] sm = paragraph.computeIfAbsent(l.target(), k -> new double[2]);
            sm[0] += l.score();
            sm[1] = Math.max(sm[1], l.score());
          }
        }
      }
      targets.addAll(paragraph.keySet());
      if (targets.isEmpty()) {
        out.add(new Candidates(r, new int[0], new double[0][]));
        continue;
      }
      int[] sorted = targets.stream().mapToInt(Integer::intValue).sorted().toArray();
      double best = 0;
      for (double v : fin.values()) {
        best = Math.max(best, v);
      }
      int previousBest = bestTarget(s.responds(), r - 1);
      int secondPreviousBest = bestTarget(s.responds(), r - 2);
      boolean paragraphStart = r == 0 || reply.get(r - 1).segment().paragraph() != paragraphIndex;
      double pr = nr < 2 ? 0 : r / (double) (nr - 1);
      double[][] values = new double[sorted.length][];
      for (int i = 0; i < sorted.length; i++) {
        int c = sorted[i];
        Claim claim = complaint.get(c);
        PointKind kind = kinds.get(c).kind();
        double score = fin.getOrDefault(c, 0.0);
        double carriedScore = carried.getOrDefault(c, 0.0);
        double pc = nc < 2 ? 0 : c / (double) (nc - 1);
        double gap = Math.abs(pr - pc);
        double[] sm = paragraph.getOrDefault(c, new double[2]);
        double cpar = lastParagraph == 0 ? 0 : claim.segment().paragraph() / (double) lastParagraph;
        values[i] = new double[] {
            score,
            lexical.getOrDefault(c, 0.0),
            score - carriedScore,
            carriedScore - ordered.getOrDefault(c, 0.0),
            best > 0 ? score / best : 0,
            best > 0 && score == best ? 1 : 0,
            score > 0 ? 1 : 0,
            gap,
            Math.exp(-gap / NEAR),
            kind.needsAnswer() ? 1 : 0,
            claim.firstOfSegment() ? 1 : 0,
            c == previousBest ? 1 : 0,
            c == secondPreviousBest ? 1 : 0,
            Math.log1p(claim.text().length()),
            kind == PointKind.CONTEXT ? 1 : 0,
            kind == PointKind.QUESTION ? 1 : 0,
            fromComplaint.get(r).getOrDefault(c, 0.0),
            pc,
            pc * pc,
            paragraphStart ? score : 0,
            paragraphStart ? gap : 0,
            sm[0],
            sm[1],
            c == 0 || complaint.get(c - 1).segment().paragraph() != claim.segment().paragraph() ? 1 : 0,
            cpar,
            cpar * cpar};
      }
      out.add(new Candidates(r, sorted, values));
    }
    return out;
  }

  /** The spans of one reply claim's candidates, for labelling them with gold alignments. */
  public static List<Span> targetSpans(Candidates c, List<Span> complaintSpans) {
    List<Span> spans = new ArrayList<>(c.targets().length);
    for (int t : c.targets()) {
      spans.add(complaintSpans.get(t));
    }
    return spans;
  }

  private static int bestTarget(Scores s, int r) {
    if (r < 0) {
      return -1;
    }
    List<Link> row = s.replyToComplaint().get(r);
    return row.isEmpty() ? -1 : row.get(0).target();
  }

  private static Map<Integer, Double> asMap(List<Link> links) {
    Map<Integer, Double> m = new HashMap<>(links.size() * 2);
    for (Link l : links) {
      m.merge(l.target(), l.score(), Math::max);
    }
    return m;
  }
}
