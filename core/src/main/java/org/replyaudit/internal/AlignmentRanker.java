package org.replyaudit.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.replyaudit.internal.Bm25ClaimMatcher.Link;
import org.replyaudit.internal.Bm25ClaimMatcher.Scores;

/**
 * Stage 5f (with the trained models, signal {@code LEARNED_ALIGNMENT}): which complaint claim
 * each reply claim responds to. A conditional logit model (a softmax over a reply claim's
 * candidates, {@link AlignmentFeatures}) weighs the matching stages' scores against position and
 * paragraph evidence; its weights were learned from DISAPERE's gold review-rebuttal links
 * ({@code CorpusMain train-alignment}). It only reorders the reply side's links and scores them
 * with that probability; the complaint side's links, and so every status, stay the stages'.
 */
final class AlignmentRanker {
  /** Reply-side links kept, as the matcher keeps. */
  static final int KEEP = Bm25ClaimMatcher.KEEP;

  private final double[] weights;

  /** Disabled: {@link #rank} returns the scores unchanged. */
  AlignmentRanker() {
    this.weights = null;
  }

  /**
   * @param weights one weight per name of {@link AlignmentFeatures#NAMES}, and no other
   * @throws IllegalArgumentException if the names differ or a weight is not finite
   */
  AlignmentRanker(Map<String, Double> weights) {
    Objects.requireNonNull(weights, "weights");
    if (!weights.keySet().equals(new java.util.HashSet<>(AlignmentFeatures.NAMES))) {
      throw new IllegalArgumentException("alignment weights must name exactly the features "
          + AlignmentFeatures.NAMES + " (retrain with 'CorpusMain train-alignment'); got " + weights.keySet());
    }
    this.weights = new double[AlignmentFeatures.NAMES.size()];
    for (int i = 0; i < this.weights.length; i++) {
      double w = weights.get(AlignmentFeatures.NAMES.get(i));
      if (!Double.isFinite(w)) {
        throw new IllegalArgumentException("alignment weight " + AlignmentFeatures.NAMES.get(i) + " is " + w);
      }
      this.weights[i] = w;
    }
  }

  boolean enabled() {
    return weights != null;
  }

  /** The stages' final scores with each reply claim's links replaced by the ranker's probabilities. */
  Scores rank(AlignmentFeatures.Stages stages, List<Claim> complaint, List<PointClassifier.Decision> kinds,
      List<Claim> reply) {
    if (weights == null) {
      return stages.responds();
    }
    List<List<Link>> replyToComplaint = new ArrayList<>(reply.size());
    AlignmentFeatures.visit(stages, complaint, kinds, reply, new AlignmentFeatures.Visitor() {
      // Each reply claim's candidates and linear scores; no feature vector is kept.
      private int[] targets = new int[16];
      private double[] scores = new double[16];
      private int n;

      @Override
      public void candidate(int r, int target, double[] values) {
        if (n == targets.length) {
          targets = java.util.Arrays.copyOf(targets, 2 * n);
          scores = java.util.Arrays.copyOf(scores, 2 * n);
        }
        targets[n] = target;
        scores[n++] = linear(values);
      }

      @Override
      public void end(int r) {
        double[] p = softmax(scores, n);
        List<Link> links = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
          links.add(new Link(targets[i], p[i]));
        }
        links.sort(Link.BEST_FIRST);
        replyToComplaint.add(List.copyOf(links.subList(0, Math.min(KEEP, links.size()))));
        n = 0;
      }
    });
    return new Scores(stages.responds().complaintToReply(), replyToComplaint);
  }

  private double linear(double[] values) {
    double z = 0;
    for (int f = 0; f < weights.length; f++) {
      z += weights[f] * values[f];
    }
    return z;
  }

  /** The softmax of the linear scores: each candidate's probability of being the one. */
  double[] probabilities(double[][] values) {
    double[] s = new double[values.length];
    for (int i = 0; i < values.length; i++) {
      s[i] = linear(values[i]);
    }
    return softmax(s, s.length);
  }

  /** The softmax of the first {@code n} scores. */
  private static double[] softmax(double[] scores, int n) {
    double max = Double.NEGATIVE_INFINITY;
    for (int i = 0; i < n; i++) {
      max = Math.max(max, scores[i]);
    }
    double[] p = new double[n];
    double sum = 0;
    for (int i = 0; i < n; i++) {
      p[i] = Math.exp(scores[i] - max);
      sum += p[i];
    }
    for (int i = 0; i < n; i++) {
      // Clamped: a probability of 1 - 1e-17 must not round past the link's [0, 1] check.
      p[i] = Math.min(1.0, p[i] / sum);
    }
    return p;
  }
}
