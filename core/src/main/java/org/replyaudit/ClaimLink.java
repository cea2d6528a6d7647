package org.replyaudit;

import java.util.Objects;

/**
 * A link from a claim in one text to a claim in the other, with a score in {@code [0, 1]} whose
 * meaning is the list's (see docs/how-it-works.md, "Decisions"):
 *
 * <ul>
 *   <li>in {@link Point#answeredBy()} and in {@link ReplyClaim#closest()}: the link model's
 *       probability that the reply claim answers the complaint claim. Each pair is judged on its
 *       own, so the probabilities of one claim's links need not sum to 1. Only a point's candidate
 *       reply claims are scored; {@code answeredBy} keeps those at or above the model set's link
 *       threshold, {@code closest} a reply claim's likeliest three;
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
