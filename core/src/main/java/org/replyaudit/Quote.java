package org.replyaudit;

import java.util.List;
import java.util.Objects;

/**
 * A sentence of the reply that quotes the complaint (in a run of {@code > } lines): the reply
 * restating a point before it answers it, not a claim of its own, so it is not among the
 * {@linkplain Analysis#replyClaims() reply claims}. Immutable.
 *
 * @param span where the quoted sentence stands in the reply, its leading quote markers excluded
 * @param text the reply's text at {@code span}
 * @param source the complaint claims it copies, best first (at most three, never none); each
 *     score is the share of word pairs of the shorter of the two that the other contains
 */
public record Quote(Span span, String text, List<ClaimLink> source) {
  /**
   * Checks and copies the components.
   *
   * @param span where the quoted sentence stands in the reply
   * @param text the reply's text at {@code span}
   * @param source the complaint claims it copies, best first (copied)
   * @throws NullPointerException if any component is null
   * @throws IllegalArgumentException if {@code source} is empty
   */
  public Quote {
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(text, "text");
    source = List.copyOf(source);
    if (source.isEmpty()) {
      throw new IllegalArgumentException("a quote copies at least one complaint claim");
    }
  }
}
