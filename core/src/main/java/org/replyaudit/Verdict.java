package org.replyaudit;

import java.util.Locale;

/**
 * The reply as a whole, from the statuses of the points that need an answer.
 *
 * <pre>{@code
 * ReplyAudit.analyze("Please refund the fee.", "We have refunded the fee.").verdict();   // ANSWERED
 * ReplyAudit.analyze("Please refund the fee.", "Thank you for your letter.").verdict();  // UNANSWERED
 * }</pre>
 */
public enum Verdict {
  /** Every point that needs an answer was answered (or there were none). */
  ANSWERED,
  /** Some points were answered or partly answered, some not. */
  PARTLY,
  /** No point that needs an answer was even partly answered. */
  UNANSWERED;

  /**
   * The lower-case name used in JSON and the annotated cases.
   *
   * @return the name in lower case: {@code PARTLY.id()} is {@code "partly"}
   */
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }
}
