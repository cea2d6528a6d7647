package org.replyaudit;

import java.util.List;
import java.util.Objects;

/**
 * One label on a reply claim, with its evidence.
 *
 * @param label what the claim does
 * @param why the cue that fired and what the claim was compared with, in words
 * @param comparedWith the complaint claims (spans into the complaint) that decided it
 */
public record Finding(Label label, String why, List<Span> comparedWith) {
  /**
   * Checks and copies the components.
   *
   * @param label what the claim does
   * @param why the cue that fired and what the claim was compared with, in words
   * @param comparedWith the complaint claims that decided it (copied)
   * @throws NullPointerException if any component is null
   */
  public Finding {
    Objects.requireNonNull(label, "label");
    Objects.requireNonNull(why, "why");
    comparedWith = List.copyOf(comparedWith);
  }
}
