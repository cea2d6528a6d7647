package org.replyaudit.thread;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.replyaudit.ReplyAudit;
import org.replyaudit.Status;
import org.replyaudit.report.FollowUp;
import org.replyaudit.report.Report;
import org.replyaudit.report.ThreadJson;

class ThreadAnalyzerTest {
  static final String COMPLAINT = """
      Dear Sir or Madam,

      My broadband account number is 55120-8. I cancelled the engineer visit by phone four days before the appointment, but my March bill charged me a £60 late cancellation fee.

      Please refund the £60 late cancellation fee on my March bill.

      Please also send an engineer to fix my line, which has dropped out every evening since 2 April.

      Yours faithfully,
      Priya Natarajan""";
  static final String HOLDING_REPLY = """
      Dear Ms Natarajan,

      Thank you for contacting Fernhill Broadband. We have received your complaint and it has been passed to our complaints team under reference FB-20931. We aim to respond in full within 10 working days.

      Kind regards,
      Complaints Team""";
  static final String SECOND_REPLY = """
      Dear Ms Natarajan,

      I have now looked into your complaint. Our call records show that you cancelled the engineer visit on 14 March, four days before the appointment, so the late cancellation fee should not have been applied. We have refunded the £60 to your account and it will appear on your next bill.

      Kind regards,
      Owen Hartley
      Complaints Team""";

  @Test
  void theSecondReplyAnsweringOneOfTwoOpenPointsLeavesExactlyTheOtherOpen() {
    ThreadAnalysis t = ReplyAudit.analyzeThread(List.of(Message.complainant(COMPLAINT),
        Message.respondent(HOLDING_REPLY), Message.respondent(SECOND_REPLY)));
    assertEquals(List.of(1, 2), t.replies());
    assertEquals(2, t.points().size(), t.points().toString());
    assertEquals(2, t.openAfter(1).size(), "the holding reply answers nothing");
    assertEquals(1, t.open().size());
    ThreadPoint open = t.open().get(0);
    assertTrue(open.point().text().startsWith("Please also send an engineer"), open.point().text());
    assertEquals(Status.UNANSWERED, open.status());
    ThreadPoint refund = t.points().stream().filter(p -> !p.open()).findFirst().orElseThrow();
    assertTrue(refund.point().text().startsWith("Please refund the £60"), refund.point().text());
    assertEquals(2, refund.answeredIn().orElseThrow());
    assertEquals(List.of(Status.UNANSWERED, Status.ANSWERED), refund.rounds().stream().map(RoundStatus::status).toList());
    String letter = FollowUp.letter(t);
    assertTrue(letter.contains("\u201CPlease also send an engineer to fix my line"), letter);
    assertFalse(letter.contains("Please refund the £60"), letter);
    assertEquals(1, FollowUp.threadQuestions(t).size());
  }

  @Test
  void aPointRaisedAgainIsTrackedAsOnePointAndAnsweredByTheLaterReply() {
    String followUp = "Dear Mr Hartley,\n\nYour letter did not deal with my line. I still need you to send an engineer"
        + " to fix my line, which keeps dropping out in the evenings.\n\nYours faithfully,\nPriya Natarajan";
    String finalReply = "Dear Ms Natarajan,\n\nAn engineer will visit on 3 May between 8am and 1pm to fix your line, which has been dropping out in the evenings."
        + "\n\nKind regards,\nOwen Hartley";
    ThreadAnalysis t = ReplyAudit.analyzeThread(List.of(Message.complainant(COMPLAINT), Message.respondent(SECOND_REPLY),
        Message.complainant(followUp), Message.respondent(finalReply)));
    ThreadPoint engineer = t.points().stream().filter(p -> p.point().text().startsWith("Please also send an engineer"))
        .findFirst().orElseThrow();
    assertEquals(1, engineer.reraised().size(), engineer.why());
    assertEquals(2, engineer.reraised().get(0).message());
    assertTrue(engineer.reraised().get(0).overlap() >= ThreadAnalyzer.RERAISE_OVERLAP);
    assertEquals(Status.UNANSWERED, engineer.statusAfter(1).orElseThrow());
    assertEquals(Status.ANSWERED, engineer.status(), engineer.why());
    assertEquals(3, engineer.answeredIn().orElseThrow());
    assertTrue(t.points().stream().noneMatch(p -> p.message() == 2), "the follow-up's restatement is not a new point");
    assertTrue(t.open().isEmpty(), t.open().toString());
    assertEquals("", FollowUp.letter(t));
  }

  @Test
  void aPointRaisedAgainAfterItWasAnsweredIsOpenUntilAReplyAnswersItAgain() {
    String dispute = "Dear Mr Hartley,\n\nYou say you refunded the £60, but the refund of the £60 late cancellation fee"
        + " is not on my April bill. Please refund the £60 fee now.\n\nPriya Natarajan";
    ThreadAnalysis t = ReplyAudit.analyzeThread(List.of(Message.complainant(COMPLAINT), Message.respondent(SECOND_REPLY),
        Message.complainant(dispute)));
    ThreadPoint refund = t.points().stream().filter(p -> p.point().text().startsWith("Please refund the £60"))
        .findFirst().orElseThrow();
    assertEquals(Status.ANSWERED, refund.statusAfter(1).orElseThrow(), "answered by the first reply");
    assertFalse(refund.reraised().isEmpty(), refund.why());
    assertTrue(refund.open(), "raised again after that reply, and nobody has answered since: " + refund.why());
    assertTrue(FollowUp.letter(t).contains("I raised this in my first letter and again in my second"), FollowUp.letter(t));
  }

  @Test
  void aLaterReplySayingTheOppositeOfAnEarlierOneIsAContradiction() {
    String first = "Dear Ms Natarajan,\n\nWe will refund the £60 late cancellation fee to your account.\n\nKind regards,\nOwen Hartley";
    String chaser = "Dear Mr Hartley,\n\nThe refund has not arrived. Please refund the £60 late cancellation fee as you promised."
        + "\n\nPriya Natarajan";
    String second = "Dear Ms Natarajan,\n\nHaving checked again, we are unable to refund the £60 late cancellation fee,"
        + " because the visit was cancelled less than 24 hours before it.\n\nKind regards,\nAlan Reed";
    ThreadAnalysis t = ReplyAudit.analyzeThread(List.of(Message.complainant(COMPLAINT), Message.respondent(first),
        Message.complainant(chaser), Message.respondent(second)));
    assertEquals(1, t.contradicted().size(), t.points().toString());
    Contradiction c = t.contradicted().get(0).contradiction().orElseThrow();
    assertEquals(1, c.earlierMessage());
    assertEquals(3, c.laterMessage());
    assertTrue(c.earlierText().contains("We will refund the £60"), c.earlierText());
    assertTrue(c.laterText().contains("unable to refund the £60"), c.laterText());
    assertEquals(c.laterText(), c.later().of(second));
    assertTrue(FollowUp.letter(t).contains("Which is correct?"), FollowUp.letter(t));
  }

  @Test
  void aThreadWithoutAReplyHasEveryPointOpen() {
    ThreadAnalysis t = ReplyAudit.analyzeThread(List.of(Message.complainant(COMPLAINT)));
    assertEquals(2, t.open().size());
    assertTrue(t.exchanges().isEmpty());
    assertTrue(FollowUp.letter(t).startsWith("Dear Sir or Madam,\n\nI have not yet had a reply"), FollowUp.letter(t));
    assertThrows(IllegalArgumentException.class, () -> t.openAfter(1));
  }

  @Test
  void badThreadsAreRefused() {
    assertThrows(IllegalArgumentException.class, () -> ReplyAudit.analyzeThread(List.of()));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> ReplyAudit.analyzeThread(List.of(Message.respondent(HOLDING_REPLY), Message.complainant(COMPLAINT))));
    assertTrue(e.getMessage().contains("starts with the complainant's message"), e.getMessage());
    assertEquals("messages", assertThrows(NullPointerException.class, () -> ReplyAudit.analyzeThread(null)).getMessage());
    List<Message> withNull = new ArrayList<>(Arrays.asList(Message.complainant(COMPLAINT), null));
    assertEquals("messages[1]", assertThrows(NullPointerException.class, () -> ReplyAudit.analyzeThread(withNull)).getMessage());
    assertThrows(NullPointerException.class, () -> Message.complainant(null));
    assertThrows(IllegalArgumentException.class, () -> Party.fromId("customer"));
  }

  @Test
  void reportsShowWhatIsOpenAndTheDraftLetter() throws Exception {
    ThreadAnalysis t = ReplyAudit.analyzeThread(List.of(Message.complainant(COMPLAINT),
        Message.respondent(HOLDING_REPLY), Message.respondent(SECOND_REPLY)));
    String text = Report.threadText(t);
    assertTrue(text.contains("Still open after the last reply:"), text);
    assertTrue(text.indexOf("Please also send an engineer") < text.indexOf("Reply by reply:"), text);
    assertTrue(text.contains("Next follow-up letter (draft):"), text);
    String md = Report.threadMarkdown(t, "Natarajan v. Fernhill");
    assertTrue(md.startsWith("# Natarajan v. Fernhill\n"), md);
    var json = new com.fasterxml.jackson.databind.ObjectMapper().readTree(ThreadJson.toJsonLine("t1", t));
    assertEquals("t1", json.path("id").asText());
    assertEquals(2, json.path("rounds").size());
    assertEquals("[1,2]", json.path("rounds").get(0).path("open").toString());
    assertEquals(1, json.path("open").size());
    assertEquals(json.path("open").get(0).asInt(), t.open().get(0).number());
    for (var p : json.path("points")) {
      assertEquals(COMPLAINT.substring(p.path("start").asInt(), p.path("end").asInt()), p.path("text").asText());
    }
    assertFalse(json.path("rounds").get(0).has("checklist"), "no profile, no checklist");
  }
}
