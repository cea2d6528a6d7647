package org.replyaudit.checklist;

import java.util.List;
import java.util.Objects;
import org.replyaudit.Span;

/**
 * One required element and whether the reply has it.
 *
 * @param element the element's id in its profile, e.g. {@code ombudsman_referral}
 * @param name the element's name for a reader, e.g. "Referral to the Financial Ombudsman Service"
 * @param status present, absent or not applicable
 * @param spans the reply sentences that show it, in text order (offsets into the reply); empty
 *     unless present
 * @param why what was found, or what was looked for and not found, in words
 */
public record ChecklistItem(String element, String name, ElementStatus status, List<Span> spans, String why) {
  /**
   * Checks and copies the components.
   *
   * @param element the element's id in its profile
   * @param name the element's name for a reader
   * @param status present, absent or not applicable
   * @param spans the reply sentences that show it (copied); empty unless present
   * @param why what was found, or what was looked for
   * @throws NullPointerException if any is null
   * @throws IllegalArgumentException if an element that is not present has spans
   */
  public ChecklistItem {
    Objects.requireNonNull(element, "element");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(status, "status");
    spans = List.copyOf(spans);
    Objects.requireNonNull(why, "why");
    if (status != ElementStatus.PRESENT && !spans.isEmpty()) {
      throw new IllegalArgumentException("only a present element has spans: " + element + " is " + status.id());
    }
  }
}
