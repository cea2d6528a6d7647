package org.replyaudit;

/**
 * The evidence matching combines beyond shared words. All but {@link #ORDER} are on by default
 * ({@link #defaults()}); switching one off ({@code ReplyAudit.builder().without(…)}) or on
 * ({@code with(…)}) is how the signals are measured (docs/accuracy.md, "Matching signals"). The
 * shipped models were trained with the default signals.
 */
public enum MatchingSignal {
  /** Word weights from a 51-million-word background corpus as well as from the pair itself. */
  BACKGROUND_STATISTICS,
  /** WordNet synonyms and derivations at query time (refund ~ repay, suspend ~ suspension). */
  RELATED_WORDS,
  /** A question asking when / how much / how many / why is answered by a date, amount, number or reason. */
  TYPED_EVIDENCE,
  /**
   * Replies tend to follow the complaint's order: links between claims at similar positions rise.
   * Off by default: the trained models read the claims' positions themselves.
   */
  ORDER,
  /** A reply sentence goes on about the point the sentence before it in its paragraph dealt with. */
  PARAGRAPH_CONTINUITY,
  /**
   * Point-by-point structure: a reply claim under a quote of the complaint ({@code > } line,
   * quotation marks, "you asked …") or under the same number as a complaint item ("2.", "Q2",
   * "Point 2") is linked to the claim quoted or numbered. It says what a claim is about, not that
   * it answers it: whether it does is the trained models' decision.
   */
  STRUCTURE_ANCHORS;

  private static final java.util.Set<MatchingSignal> DEFAULTS = java.util.Collections.unmodifiableSet(
      java.util.EnumSet.complementOf(java.util.EnumSet.of(ORDER)));

  /**
   * The signals an analyzer uses unless told otherwise: all but {@link #ORDER}.
   *
   * @return an immutable set
   */
  public static java.util.Set<MatchingSignal> defaults() {
    return DEFAULTS;
  }
}
