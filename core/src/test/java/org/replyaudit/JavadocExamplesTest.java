package org.replyaudit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.replyaudit.report.FollowUp;

/** The input → output examples in the public API's javadoc say what the code does. */
class JavadocExamplesTest {

  @Test
  void span() {
    String complaint = "Dear Sir, please refund the fee.";
    Span s = new Span(10, 32);
    assertEquals("please refund the fee.", s.of(complaint));
    assertEquals(22, s.length());
    assertEquals(6, s.overlap(new Span(0, 16)));
    assertEquals("[10,32)", s.toString());
  }

  @Test
  void verdict() {
    String complaint = "Please refund my £40 deposit. The engineer missed three appointments and nobody called me.";
    assertEquals(Verdict.ANSWERED, ReplyAudit.analyze(complaint, "We have refunded your £40 deposit. We are sorry"
        + " that the engineer missed three appointments and did not call you.").verdict());
    assertEquals(Verdict.UNANSWERED,
        ReplyAudit.analyze(complaint, "Thank you for your letter. We value your custom.").verdict());
  }

  @Test
  void diagnostic() {
    assertEquals(List.of(new Diagnostic("complaint.empty", "the complaint is empty")),
        ReplyAudit.analyze("", "Thank you for your letter.").diagnostics());
  }

  @Test
  void wellFormed() {
    assertEquals("a" + (char) 0xFFFD + "b", org.replyaudit.report.Report.wellFormed("a" + (char) 0xD800 + "b"));
    assertEquals("ok \uD83D\uDE00", org.replyaudit.report.Report.wellFormed("ok \uD83D\uDE00"));
  }

  @Test
  void ids() {
    assertEquals("unsolicited_denial", Label.UNSOLICITED_DENIAL.id());
    assertEquals(Label.REDIRECTION, Label.fromId("redirection"));
    assertEquals("semantic", Mode.SEMANTIC.id());
    assertEquals("allegation", PointKind.ALLEGATION.id());
    assertEquals("not_required", Status.NOT_REQUIRED.id());
    assertEquals("partly", Verdict.PARTLY.id());
  }

  @Test
  void followUp() {
    Analysis a = ReplyAudit.analyze(
        "Why was I charged twice in March? Please refund the second charge.",
        "Thank you for your letter. We value your custom.");
    assertEquals("1. You did not answer my question: \u201CWhy was I charged twice in March?\u201D"
            + " Please answer it in full.\n"
            + "2. You did not respond to my request: \u201CPlease refund the second charge.\u201D"
            + " Will you do this, and if not, why not?\n",
        FollowUp.numberedList(a));
  }
}
