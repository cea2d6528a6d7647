package org.replyaudit.corpus.train;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Fits the alignment ranker: a conditional logit (McFadden's model; a softmax over each reply
 * claim's candidates) with an L2 penalty, by gradient descent with a backtracking step on the
 * standardised features. Deterministic: no random numbers, one thread, groups in input order.
 *
 * <p>The weights returned are on the raw features' scale (each standardised weight divided by its
 * feature's deviation); the means drop out because a softmax ignores a constant added to every
 * candidate's score.
 */
public final class AlignmentTrainer {
  /** L2 cost on the standardised weights (chosen on DISAPERE dev; 1e-4 to 1e-2 give the same P@1 ±0.002). */
  public static final double L2 = 1e-3;
  /** Iterations of gradient descent (the loss changes by under 0.2% after 500). */
  public static final int ITERATIONS = 500;

  private AlignmentTrainer() {}

  /**
   * One reply claim's candidates.
   *
   * @param features one vector per candidate
   * @param gold whether each candidate is a gold link
   */
  public record Group(double[][] features, boolean[] gold) {
    public Group {
      Objects.requireNonNull(features, "features");
      Objects.requireNonNull(gold, "gold");
      if (features.length != gold.length) {
        throw new IllegalArgumentException(features.length + " candidates but " + gold.length + " labels");
      }
    }

    boolean anyGold() {
      for (boolean g : gold) {
        if (g) {
          return true;
        }
      }
      return false;
    }
  }

  /** The fitted weights on the raw features' scale, one per feature. */
  public static double[] fit(List<Group> groups, int features, double l2, int iterations) {
    List<Group> useful = new ArrayList<>();
    for (Group g : groups) {
      if (g.features().length > 0 && g.anyGold()) {
        useful.add(g);
      }
    }
    if (useful.isEmpty()) {
      throw new IllegalArgumentException("no reply claim has a gold link among its candidates");
    }
    double[] mean = new double[features];
    double[] sd = new double[features];
    long n = 0;
    for (Group g : useful) {
      for (double[] x : g.features()) {
        n++;
        for (int f = 0; f < features; f++) {
          mean[f] += x[f];
        }
      }
    }
    for (int f = 0; f < features; f++) {
      mean[f] /= n;
    }
    for (Group g : useful) {
      for (double[] x : g.features()) {
        for (int f = 0; f < features; f++) {
          sd[f] += (x[f] - mean[f]) * (x[f] - mean[f]);
        }
      }
    }
    for (int f = 0; f < features; f++) {
      // A constant feature gets deviation 1: its weight then stays at 0 under the penalty.
      sd[f] = sd[f] > 0 ? Math.sqrt(sd[f] / n) : 1;
    }
    double[] w = new double[features];
    double[] grad = new double[features];
    double loss = lossAndGradient(useful, w, mean, sd, l2, grad);
    double step = 1.0;
    for (int it = 0; it < iterations; it++) {
      double[] next = new double[features];
      double[] nextGrad = new double[features];
      double nextLoss;
      while (true) {
        for (int f = 0; f < features; f++) {
          next[f] = w[f] - step * grad[f];
        }
        nextLoss = lossAndGradient(useful, next, mean, sd, l2, nextGrad);
        if (nextLoss <= loss || step < 1e-12) {
          break;
        }
        step /= 2;
      }
      w = next;
      grad = nextGrad;
      loss = nextLoss;
      step *= 1.2;
    }
    double[] raw = new double[features];
    for (int f = 0; f < features; f++) {
      raw[f] = w[f] / sd[f];
    }
    return raw;
  }

  /** Mean negative log-likelihood of the gold links (spread evenly over several) plus the penalty. */
  private static double lossAndGradient(List<Group> groups, double[] w, double[] mean, double[] sd, double l2,
      double[] grad) {
    int features = w.length;
    java.util.Arrays.fill(grad, 0);
    double loss = 0;
    for (Group g : groups) {
      double[][] x = g.features();
      double[] s = new double[x.length];
      double max = Double.NEGATIVE_INFINITY;
      for (int i = 0; i < x.length; i++) {
        double z = 0;
        for (int f = 0; f < features; f++) {
          z += w[f] * (x[i][f] - mean[f]) / sd[f];
        }
        s[i] = z;
        max = Math.max(max, z);
      }
      double sum = 0;
      for (double z : s) {
        sum += Math.exp(z - max);
      }
      double logSum = max + Math.log(sum);
      int golds = 0;
      for (boolean b : g.gold()) {
        golds += b ? 1 : 0;
      }
      for (int i = 0; i < x.length; i++) {
        double p = Math.exp(s[i] - logSum);
        double y = g.gold()[i] ? 1.0 / golds : 0;
        loss -= y * (s[i] - logSum);
        double d = p - y;
        for (int f = 0; f < features; f++) {
          grad[f] += d * (x[i][f] - mean[f]) / sd[f];
        }
      }
    }
    double penalty = 0;
    for (int f = 0; f < features; f++) {
      grad[f] = grad[f] / groups.size() + l2 * w[f];
      penalty += 0.5 * l2 * w[f] * w[f];
    }
    return loss / groups.size() + penalty;
  }

  /** The 1-based rank of the first gold candidate under {@code weights} (stable on ties), 0 if none. */
  public static int firstGoldRank(Group g, double[] weights) {
    double[][] x = g.features();
    Integer[] order = new Integer[x.length];
    double[] s = new double[x.length];
    for (int i = 0; i < x.length; i++) {
      order[i] = i;
      for (int f = 0; f < weights.length; f++) {
        s[i] += weights[f] * x[i][f];
      }
    }
    java.util.Arrays.sort(order, (a, b) -> Double.compare(s[b], s[a]));
    for (int k = 0; k < order.length; k++) {
      if (g.gold()[order[k]]) {
        return k + 1;
      }
    }
    return 0;
  }
}
