package org.replyaudit.internal;

import java.util.ArrayList;
import java.util.List;
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
 * <p>The candidates for a reply claim are the complaint claims some stage linked it to, and the
 * best link of each of its neighbours in the same paragraph (at most {@link #NEIGHBOURS} either
 * side, which keeps the cost linear in the length of the letters).
 */
public final class AlignmentFeatures {
  /** The feature names, in the order of every feature vector; the weights file uses them. */
  public static final List<String> NAMES = List.of(
      "score", "lexical", "anchored", "carried", "share_of_best", "is_best", "linked",
      "position_gap", "position_near", "needs_answer", "first_of_segment", "best_of_previous",
      "best_of_second_previous", "log_length", "context", "question", "score_from_complaint",
      "complaint_position", "complaint_position_sq", "paragraph_start_score", "paragraph_start_gap",
      "paragraph_sum", "paragraph_max", "complaint_paragraph_start", "complaint_paragraph_position",
      "complaint_paragraph_position_sq", "after_previous", "steps_from_previous");
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
  public record Stages(Scores lexical, Scores ordered, Scores carried, Scores responds) {}

  /**
   * One reply claim's candidates.
   *
   * @param reply the reply claim's index
   * @param targets the candidate complaint claims' indices, ascending
   * @param values one feature vector per target, in {@link #NAMES} order
   */
  public record Candidates(int reply, int[] targets, double[][] values) {}

  /** Receives each reply claim's candidates, one at a time. */
  interface Visitor {
    /**
     * One candidate of reply claim {@code reply}; candidates come in ascending {@code target}
     * order. {@code values} (in {@link #NAMES} order) is reused: copy it to keep it.
     */
    void candidate(int reply, int target, double[] values);

    /** Reply claim {@code reply} has no more candidates (called for every reply claim, in order). */
    void end(int reply);
  }

  /** The candidates of every reply claim, in reply order, with their feature vectors. */
  static List<Candidates> extract(Stages s, List<Claim> complaint, List<PointClassifier.Decision> kinds,
      List<Claim> reply) {
    List<Candidates> out = new ArrayList<>(reply.size());
    List<Integer> targets = new ArrayList<>();
    List<double[]> values = new ArrayList<>();
    visit(s, complaint, kinds, reply, new Visitor() {
      @Override
      public void candidate(int r, int target, double[] v) {
        targets.add(target);
        values.add(v.clone());
      }

      @Override
      public void end(int r) {
        out.add(new Candidates(r, targets.stream().mapToInt(Integer::intValue).toArray(),
            values.toArray(new double[0][])));
        targets.clear();
        values.clear();
      }
    });
    return out;
  }

  /** Hands every reply claim's candidates and their features to {@code visitor}, in reply order. */
  static void visit(Stages s, List<Claim> complaint, List<PointClassifier.Decision> kinds,
      List<Claim> reply, Visitor visitor) {
    int nc = complaint.size();
    int nr = reply.size();
    if (nc == 0) {
      for (int r = 0; r < nr; r++) {
        visitor.end(r);
      }
      return;
    }
    // Complaint -> reply links of the final scores, read from the reply side.
    List<List<Link>> fromComplaint = new ArrayList<>(nr);
    for (int r = 0; r < nr; r++) {
      fromComplaint.add(new ArrayList<>(2));
    }
    for (int c = 0; c < nc; c++) {
      for (Link l : s.responds().complaintToReply().get(c)) {
        fromComplaint.get(l.target()).add(new Link(c, l.score()));
      }
    }
    // Dense per-complaint-claim scratch rows, reset after each reply claim through `seen`
    // (hash maps of boxed keys were most of this stage's cost).
    double[] fin = new double[nc];
    double[] lexical = new double[nc];
    double[] ordered = new double[nc];
    double[] carried = new double[nc];
    double[] reverse = new double[nc];
    double[] paragraphSum = new double[nc];
    double[] paragraphMax = new double[nc];
    boolean[] candidate = new boolean[nc];
    boolean[] touched = new boolean[nc];
    int[] seen = new int[nc];
    int lastParagraph = complaint.get(nc - 1).segment().paragraph();
    double[] values = new double[NAMES.size()];
    // How many reply claims have each complaint claim as their best link: a point the reply
    // discusses at length is more likely the one a sentence near them responds to.
    double[] discussed = new double[nc];
    for (int q = 0; q < nr; q++) {
      int top = bestTarget(s.responds(), q);
      if (top >= 0) {
        discussed[top] += 1.0 / nr;
      }
    }
    for (int r = 0; r < nr; r++) {
      int n = 0;
      n = take(s.responds().replyToComplaint().get(r), fin, true, candidate, touched, seen, n);
      n = take(s.lexical().replyToComplaint().get(r), lexical, true, candidate, touched, seen, n);
      n = take(s.ordered().replyToComplaint().get(r), ordered, false, candidate, touched, seen, n);
      n = take(s.carried().replyToComplaint().get(r), carried, true, candidate, touched, seen, n);
      n = take(fromComplaint.get(r), reverse, true, candidate, touched, seen, n);
      // What the rest of the paragraph matched: the sum and the best, per complaint claim.
      int paragraphIndex = reply.get(r).segment().paragraph();
      for (int q = Math.max(0, r - NEIGHBOURS); q <= Math.min(nr - 1, r + NEIGHBOURS); q++) {
        if (q != r && reply.get(q).segment().paragraph() == paragraphIndex) {
          List<Link> links = s.responds().replyToComplaint().get(q);
          for (Link l : links) {
            int c = l.target();
            if (!touched[c]) {
              touched[c] = true;
              seen[n++] = c;
            }
            // Only a neighbour's best link makes a candidate: all of them made over a hundred
            // candidates per claim in long paragraphs, for nothing (DISAPERE dev P@1 0.685 vs 0.684).
            candidate[c] |= l == links.get(0);
            paragraphSum[c] += l.score();
            paragraphMax[c] = Math.max(paragraphMax[c], l.score());
          }
        }
      }
      int[] sorted = java.util.Arrays.copyOf(seen, n);
      java.util.Arrays.sort(sorted);
      // Candidates are the complaint claims marked above; `ordered` alone does not make one.
      int kept = 0;
      for (int c : sorted) {
        if (candidate[c]) {
          sorted[kept++] = c;
        }
      }
      sorted = java.util.Arrays.copyOf(sorted, kept);
      double best = 0;
      for (Link l : s.responds().replyToComplaint().get(r)) {
        best = Math.max(best, l.score());
      }
      int previousBest = bestTarget(s.responds(), r - 1);
      int secondPreviousBest = bestTarget(s.responds(), r - 2);
      boolean paragraphStart = r == 0 || reply.get(r - 1).segment().paragraph() != paragraphIndex;
      double pr = nr < 2 ? 0 : r / (double) (nr - 1);
      for (int c : sorted) {
        Claim claim = complaint.get(c);
        PointKind kind = kinds.get(c).kind();
        double score = fin[c];
        double carriedScore = carried[c];
        double pc = nc < 2 ? 0 : c / (double) (nc - 1);
        double gap = Math.abs(pr - pc);
        double cpar = lastParagraph == 0 ? 0 : claim.segment().paragraph() / (double) lastParagraph;
        // In NAMES order.
        values[0] = score;
        values[1] = lexical[c];
        values[2] = score - carriedScore;
        values[3] = carriedScore - ordered[c];
        values[4] = best > 0 ? score / best : 0;
        values[5] = best > 0 && score == best ? 1 : 0;
        values[6] = score > 0 ? 1 : 0;
        values[7] = gap;
        values[8] = Math.exp(-gap / NEAR);
        values[9] = kind.needsAnswer() ? 1 : 0;
        values[10] = claim.firstOfSegment() ? 1 : 0;
        values[11] = c == previousBest ? 1 : 0;
        values[12] = c == secondPreviousBest ? 1 : 0;
        values[13] = Math.log1p(claim.text().length());
        values[14] = kind == PointKind.CONTEXT ? 1 : 0;
        values[15] = kind == PointKind.QUESTION ? 1 : 0;
        values[16] = reverse[c];
        values[17] = pc;
        values[18] = pc * pc;
        values[19] = paragraphStart ? score : 0;
        values[20] = paragraphStart ? gap : 0;
        values[21] = paragraphSum[c];
        values[22] = paragraphMax[c];
        values[23] = c == 0 || complaint.get(c - 1).segment().paragraph() != claim.segment().paragraph() ? 1 : 0;
        values[24] = cpar;
        values[25] = cpar * cpar;
        // Replies take points in order: at or after the previous claim's point, and how far.
        values[26] = previousBest >= 0 && c >= previousBest ? 1 : 0;
        values[27] = previousBest >= 0 ? Math.abs(c - previousBest) / (double) nc : 0;

        visitor.candidate(r, c, values);
      }
      visitor.end(r);
      for (int i = 0; i < n; i++) {
        int c = seen[i];
        fin[c] = lexical[c] = ordered[c] = carried[c] = reverse[c] = paragraphSum[c] = paragraphMax[c] = 0;
        candidate[c] = false;
        touched[c] = false;
      }
    }
  }

  /**
   * Writes a row of links into {@code row} (the best score per target) and records each target
   * in {@code seen} once; {@code candidates} says whether the row's targets are candidates.
   */
  private static int take(List<Link> links, double[] row, boolean candidates, boolean[] candidate,
      boolean[] touched, int[] seen, int n) {
    for (Link l : links) {
      int c = l.target();
      if (!touched[c]) {
        touched[c] = true;
        seen[n++] = c;
      }
      candidate[c] |= candidates;
      row[c] = Math.max(row[c], l.score());
    }
    return n;
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

}
