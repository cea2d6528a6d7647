package org.replyaudit;

import java.util.Objects;

/**
 * A link from a claim in one text to a claim in the other, with a score in {@code [0, 1]} whose
 * meaning is the list's (see the README's "How matching works"):
 *
 * <ul>
 *   <li>in {@link Point#answeredBy()}, and in {@link ReplyClaim#closest()} when the learned ranker is off
 *       (rules-only mode, your own models, or {@code without(LEARNED_ALIGNMENT)}): normalised
 *       BM25 with the other signals, the pair's score divided by the score the querying claim
 *       gets against itself; 1.0 is "as close as the claim is to itself", and the statuses'
 *       thresholds are on this scale;
 *   <li>in {@link ReplyClaim#closest()} with the shipped models: the learned ranker's
 *       probability that this is the complaint claim the reply claim responds to, among those it
 *       shares evidence with (they sum to at most 1);
 *   <li>in {@link Quote#source()}: the share of word pairs of the shorter of the two claims that
 *       the other contains; 1.0 is a verbatim copy.
 * </ul>
 *
 * @param span the linked claim's span in the other text
 * @param score the list's score, in {@code [0, 1]}
 */
public record ClaimLink(Span span, double score) {
  /**
   * Checks the components.
   *
   * @param span the linked claim's span in the other text
   * @param score the list's score, in {@code [0, 1]}
   * @throws NullPointerException if {@code span} is null
   * @throws IllegalArgumentException if {@code score} is outside {@code [0, 1]} or NaN
   */
  public ClaimLink {
    Objects.requireNonNull(span, "span");
    if (!(score >= 0 && score <= 1)) {
      throw new IllegalArgumentException("score must be in [0, 1]: " + score);
    }
  }
}
