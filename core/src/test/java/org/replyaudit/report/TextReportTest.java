package org.replyaudit.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class TextReportTest {
  @Test
  void plainRenderHasNoEscapeSequences() {
    assertFalse(TextReport.render(Cases.mixed()).contains("\u001B["));
  }

  @Test
  void colourRenderPaintsTheUnansweredStatus() {
    assertTrue(TextReport.render(Cases.mixed(), true).contains("\u001B[31m[ ]\u001B[0m"));
  }

  @Test
  void colourOnlyAddsEscapeSequences() {
    String coloured = TextReport.render(Cases.mixed(), true).replaceAll("\u001B\\[[0-9;]*m", "");
    assertEquals(TextReport.render(Cases.mixed(), false), coloured);
  }

  @Test
  void listsWhatTheReplyQuotedFromTheComplaint() {
    String t = TextReport.render(org.replyaudit.ReplyAudit.analyze("Why was my refund for the cancelled flight not paid?",
        "> Why was my refund for the cancelled flight not paid?\n\nIt was paid on Monday."));
    assertTrue(t.contains("Quoted from the complaint:" + System.lineSeparator()
        + "  > Why was my refund for the cancelled flight not paid?"), t);
  }

  @Test
  void endsWithTheFollowUpQuestions() {
    String t = TextReport.render(Cases.mixed());
    assertTrue(t.contains("Follow-up questions:" + System.lineSeparator() + "  1. You did not address"), t);
  }

  @Test
  void reportTextIsTheSameRenderer() {
    assertEquals(TextReport.render(Cases.mixed(), true), Report.text(Cases.mixed(), true));
  }
}
