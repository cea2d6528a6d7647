package org.replyaudit.corpus;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * Match counts for one detection task and the precision, recall and F1 they give.
 *
 * <p>Matching is many-to-many under the span rule, so the two true-positive counts differ:
 * precision = {@code predictedMatched / predicted} (predicted positives that match some gold
 * positive), recall = {@code goldMatched / gold} (gold positives matched by some predicted
 * positive). A ratio with a zero denominator is 0, and F1 is 0 when precision and recall are
 * both 0. Counts add across cases (micro-averaging) with {@link #plus}.
 *
 * @param predicted predicted positives
 * @param predictedMatched predicted positives that match some gold positive
 * @param gold gold positives
 * @param goldMatched gold positives matched by some predicted positive
 */
@JsonPropertyOrder({"precision", "recall", "f1", "predicted", "predictedMatched", "gold",
    "goldMatched"})
public record Prf(int predicted, int predictedMatched, int gold, int goldMatched) {
  /** No predictions and no gold. */
  public static final Prf ZERO = new Prf(0, 0, 0, 0);

  public Prf {
    if (predicted < 0 || gold < 0 || predictedMatched < 0 || goldMatched < 0
        || predictedMatched > predicted || goldMatched > gold) {
      throw new IllegalArgumentException("inconsistent counts: predicted " + predicted + " ("
          + predictedMatched + " matched), gold " + gold + " (" + goldMatched + " matched)");
    }
  }

  /** {@code predictedMatched / predicted}, 0 when nothing was predicted. */
  @JsonProperty
  public double precision() {
    return predicted == 0 ? 0 : (double) predictedMatched / predicted;
  }

  /** {@code goldMatched / gold}, 0 when there is no gold positive. */
  @JsonProperty
  public double recall() {
    return gold == 0 ? 0 : (double) goldMatched / gold;
  }

  /** The harmonic mean of precision and recall, 0 when both are 0. */
  @JsonProperty
  public double f1() {
    double p = precision();
    double r = recall();
    return p + r == 0 ? 0 : 2 * p * r / (p + r);
  }

  /** The counts of both, for micro-averaging. */
  public Prf plus(Prf other) {
    return new Prf(predicted + other.predicted, predictedMatched + other.predictedMatched,
        gold + other.gold, goldMatched + other.goldMatched);
  }
}
