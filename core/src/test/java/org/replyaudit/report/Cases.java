package org.replyaudit.report;

import java.util.List;
import org.replyaudit.Analysis;
import org.replyaudit.ClaimLink;
import org.replyaudit.Finding;
import org.replyaudit.Label;
import org.replyaudit.Point;
import org.replyaudit.PointKind;
import org.replyaudit.ReplyClaim;
import org.replyaudit.Span;
import org.replyaudit.Status;
import org.replyaudit.Verdict;

/** Analyses built by hand, so report tests know every status and link they render. */
final class Cases {
  private Cases() {}

  static final String COMPLAINT = "Please refund my £40 deposit. Why was I charged twice? "
      + "You lost my <b>\"file\"</b> & ignored 'me'. I live in Leeds.";
  static final String REPLY = "Dear Ann,\n\nWe have refunded £40. Billing is complex. We take complaints seriously.";

  /** A point per status: answered, partly, unanswered, context; claims: courtesy, answer, answer, boilerplate. */
  static Analysis mixed() {
    Span refund = span(COMPLAINT, "Please refund my £40 deposit.");
    Span why = span(COMPLAINT, "Why was I charged twice?");
    Span lost = span(COMPLAINT, "You lost my <b>\"file\"</b> & ignored 'me'.");
    Span leeds = span(COMPLAINT, "I live in Leeds.");
    Span dear = span(REPLY, "Dear Ann,");
    Span refunded = span(REPLY, "We have refunded £40.");
    Span billing = span(REPLY, "Billing is complex.");
    Span serious = span(REPLY, "We take complaints seriously.");
    return new Analysis(COMPLAINT, REPLY,
        List.of(
            new Point(refund, refund.of(COMPLAINT), PointKind.REQUEST, Status.ANSWERED,
                List.of(new ClaimLink(refunded, 0.9)), "answered by the refund"),
            new Point(why, why.of(COMPLAINT), PointKind.QUESTION, Status.PARTLY,
                List.of(new ClaimLink(billing, 0.2)), "touches billing but gives no reason"),
            new Point(lost, lost.of(COMPLAINT), PointKind.ALLEGATION, Status.UNANSWERED, List.of(),
                "no reply claim deals with it"),
            new Point(leeds, leeds.of(COMPLAINT), PointKind.CONTEXT, Status.NOT_REQUIRED, List.of(), "background")),
        List.of(
            new ReplyClaim(dear, dear.of(REPLY), List.of(new Finding(Label.COURTESY, "greeting", List.of())), List.of()),
            new ReplyClaim(refunded, refunded.of(REPLY),
                List.of(new Finding(Label.ANSWER, "deals with the refund", List.of(refund))), List.of()),
            new ReplyClaim(billing, billing.of(REPLY),
                List.of(new Finding(Label.ANSWER, "deals with the charge", List.of(why))), List.of()),
            new ReplyClaim(serious, serious.of(REPLY),
                List.of(new Finding(Label.BOILERPLATE, "generic reassurance", List.of(lost))), List.of())),
        List.of(), Verdict.PARTLY, 0.5, List.of());
  }

  /** Nothing to follow up: the one point was answered. */
  static Analysis allAnswered() {
    Span refund = span(COMPLAINT, "Please refund my £40 deposit.");
    Span refunded = span(REPLY, "We have refunded £40.");
    return new Analysis(COMPLAINT, REPLY,
        List.of(new Point(refund, refund.of(COMPLAINT), PointKind.REQUEST, Status.ANSWERED,
            List.of(new ClaimLink(refunded, 0.9)), "answered")),
        List.of(new ReplyClaim(refunded, refunded.of(REPLY),
            List.of(new Finding(Label.ANSWER, "deals with the refund", List.of(refund))), List.of())),
        List.of(), Verdict.ANSWERED, 1.0, List.of());
  }

  static Span span(String text, String part) {
    int i = text.indexOf(part);
    if (i < 0) {
      throw new IllegalArgumentException(part);
    }
    return new Span(i, i + part.length());
  }
}
