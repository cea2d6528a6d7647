package org.replyaudit.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.replyaudit.Analysis;
import org.replyaudit.ReplyAudit;

class TextReportTest {
  @Test
  void plainRenderHasNoEscapeSequences() {
    assertFalse(TextReport.render(Cases.mixed()).contains("\u001B["));
  }

  @Test
  void colourRenderPaintsTheUnansweredStatus() {
    assertTrue(TextReport.render(Cases.mixed(), true).contains("\u001B[31m\u2717\u001B[0m"));
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

  @Test
  void statusesCarryTheSymbolsOfTheOtherReports() {
    String t = TextReport.render(Cases.mixed());
    String points = t.substring(t.indexOf("Complaint points:"), t.indexOf("Reply claims:"));
    assertTrue(points.contains("  \u2713 answered     request     Please refund my"), points);
    assertTrue(points.contains("  \u25D0 partly       question    Why was I charged twice?"), points);
    assertTrue(points.contains("  \u2717 unanswered   allegation  You lost my"), points);
    assertTrue(points.contains("  \u00B7 not_required context     I live in Leeds."), points);
    assertTrue(t.contains("  \u2717 [allegation] You lost my"), t);
    assertFalse(t.contains("[x]") || t.contains("[~]") || t.contains("[ ]"), t);
    assertTrue(t.startsWith("Verdict: \u25D0 PARTLY"), t);
  }

  @Test
  void controlCharactersFromTheLettersCannotDriveTheTerminal() {
    String esc = "\u001B";
    String complaint = "Please refund my fee " + esc + "]0;pwned\u0007 and " + esc + "[2J now"
        + " \u009B31m " + esc + "]8;;http://evil.example/\u0007link" + esc + "]8;;\u0007 \u007F.";
    Analysis a = ReplyAudit.analyze(complaint, "No.");
    for (boolean colour : new boolean[] {false, true}) {
      String t = TextReport.render(a, colour);
      String withoutOwnColour = t.replaceAll("\u001B\\[[0-9;]*m", "");
      assertFalse(withoutOwnColour.contains(esc), withoutOwnColour);
      assertFalse(t.contains("\u0007") || t.contains("\u009B") || t.contains("\u007F"), t);
      assertTrue(t.contains("\u241B]0;pwned\u2407"), t);
    }
    assertEquals("tab\tkept\nline", TextReport.visible("tab\tkept\nline"));
    assertEquals("\u240D\u2400\u241F\u2421\uFFFD\uFFFD", TextReport.visible("\r\u0000\u001F\u007F\u0080\u009F"));
  }

  @Test
  void anEmptyComplaintIsNotApplicableNotAnswered() {
    String t = TextReport.render(ReplyAudit.analyze("", "Thank you for your letter."));
    assertTrue(t.startsWith("Verdict: NOT APPLICABLE   no point in the complaint needs an answer"), t);
    assertFalse(t.contains("coverage 100%"), t);
  }

  @Test
  void aCutNeverSplitsAnEmoji() {
    String emoji = "\uD83D\uDE00";
    for (int at = 150; at < 170; at++) {
      String text = "x".repeat(at) + emoji.repeat(20);
      String one = Summary.oneLine(text, 160);
      for (int i = 0; i < one.length(); i++) {
        char c = one.charAt(i);
        if (Character.isHighSurrogate(c)) {
          assertTrue(i + 1 < one.length() && Character.isLowSurrogate(one.charAt(i + 1)), one);
        } else if (Character.isLowSurrogate(c)) {
          assertTrue(i > 0 && Character.isHighSurrogate(one.charAt(i - 1)), one);
        }
      }
      assertTrue(one.length() <= 160, one);
    }
  }

  @Test
  void loneSurrogatesBecomeTheReplacementCharacterInEveryReport() throws Exception {
    Analysis a = ReplyAudit.analyze("Please refund \uD800 my fee now.", "We refunded \uDC00 it.");
    for (String report : List.of(Report.text(a), Report.markdown(a), Report.html(a), Report.json(a))) {
      var encoder = java.nio.charset.StandardCharsets.UTF_8.newEncoder();
      encoder.encode(java.nio.CharBuffer.wrap(report)); // throws on a lone surrogate
      assertTrue(report.contains("\uFFFD"), report);
    }
  }
}
