package org.replyaudit;

import java.util.Objects;

/**
 * A link from a claim in one text to a claim in the other, with the matcher's score.
 *
 * <p>Scores are normalised BM25: the score of the pair divided by the score the querying claim
 * gets against itself, so 1.0 means "as close as the claim is to itself" and the same value means
 * the same closeness in every pair. See the README's "How matching works".
 *
 * @param span the linked claim's span in the other text
 * @param score normalised similarity in {@code [0, 1]}
 */
public record ClaimLink(Span span, double score) {
  public ClaimLink {
    Objects.requireNonNull(span, "span");
    if (!(score >= 0 && score <= 1)) {
      throw new IllegalArgumentException("score must be in [0, 1]: " + score);
    }
  }
}
