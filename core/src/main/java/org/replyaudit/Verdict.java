package org.replyaudit;

import java.util.Locale;

/**
 * The reply as a whole, from the statuses of the points that need an answer.
 *
 * <pre>{@code
 * String complaint = "Please refund my £40 deposit. The engineer missed three appointments and nobody called me.";
 * ReplyAudit.analyze(complaint, "We have refunded your £40 deposit. We are sorry that the engineer"
 *     + " missed three appointments and did not call you.").verdict();                   // ANSWERED
 * ReplyAudit.analyze(complaint, "Thank you for your letter. We value your custom.").verdict();  // UNANSWERED
 * }</pre>
 */
public enum Verdict {
  /** Every point that needs an answer was answered in full. */
  ANSWERED,
  /** Some points were answered or partly answered, some not; or every one only partly. */
  PARTLY,
  /** No point that needs an answer was even partly answered. */
  UNANSWERED,
  /**
   * There was nothing to judge the reply by: no point of the complaint needs an answer. The
   * complaint is empty or whitespace, or states only background (context points), or the
   * analyzer found no request, question, allegation or grievance in it (then the diagnostic
   * {@code complaint.no_points} says so). Not "answered": nothing was asked. {@link
   * Analysis#coverage()} is then 1.0, as there was nothing left open.
   */
  NOT_APPLICABLE;

  /**
   * The lower-case name used in JSON and reports.
   *
   * @return the name in lower case: {@code PARTLY.id()} is {@code "partly"}, {@code NOT_APPLICABLE.id()} {@code "not_applicable"}
   */
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }
}
