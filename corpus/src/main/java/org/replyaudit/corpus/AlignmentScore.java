package org.replyaudit.corpus;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * Alignment quality over gold reply sentences that have gold links.
 *
 * @param sentences gold reply sentences with at least one gold link
 * @param hitsAt1 of those, how many had a gold link ranked first
 * @param reciprocalRankSum the sum over those of 1 / rank of the first gold link (0 when absent)
 */
@JsonPropertyOrder({"precisionAt1", "mrr", "sentences", "hitsAt1", "reciprocalRankSum"})
public record AlignmentScore(int sentences, int hitsAt1, double reciprocalRankSum) {
  /** No sentences scored. */
  public static final AlignmentScore ZERO = new AlignmentScore(0, 0, 0);

  public AlignmentScore {
    if (sentences < 0 || hitsAt1 < 0 || hitsAt1 > sentences
        || !(reciprocalRankSum >= 0 && reciprocalRankSum <= sentences)) {
      throw new IllegalArgumentException("inconsistent alignment counts: " + sentences + ", "
          + hitsAt1 + ", " + reciprocalRankSum);
    }
  }

  /** Share of sentences whose top-ranked complaint span is a gold link; 0 with no sentences. */
  @JsonProperty
  public double precisionAt1() {
    return sentences == 0 ? 0 : (double) hitsAt1 / sentences;
  }

  /** Mean reciprocal rank of the first gold link; 0 with no sentences. */
  @JsonProperty
  public double mrr() {
    return sentences == 0 ? 0 : reciprocalRankSum / sentences;
  }

  /** The counts of both, for micro-averaging. */
  public AlignmentScore plus(AlignmentScore other) {
    return new AlignmentScore(sentences + other.sentences, hitsAt1 + other.hitsAt1,
        reciprocalRankSum + other.reciprocalRankSum);
  }
}
