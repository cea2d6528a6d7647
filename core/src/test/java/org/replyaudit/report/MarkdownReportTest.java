package org.replyaudit.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class MarkdownReportTest {
  private final String md = Report.markdown(Cases.mixed(), "Ann v. Tallis");

  @Test
  void listsTheUnansweredPointsUnderYouDidNotAnswer() {
    String section = md.substring(md.indexOf("## You did not answer"), md.indexOf("## You only partly answered"));
    assertTrue(section.contains("You lost my"), section);
    assertFalse(section.contains("refund"), section);
  }

  @Test
  void hasOneTableRowPerPoint() {
    String table = md.substring(md.indexOf("## Complaint points"), md.indexOf("## Reply claims"));
    assertEquals(4, table.lines().filter(l -> l.matches("\\| \\d+ \\|.*")).count(), table);
  }

  @Test
  void escapesMarkupFromTheLetters() {
    assertTrue(md.contains("You lost my \\<b\\>\"file\"\\</b\\> \\& ignored 'me'."), md);
    assertFalse(md.contains("<b>"), md);
  }

  @Test
  void escapesTablePipesInLetterText() {
    assertEquals("a \\| b", MarkdownReport.escape("a | b"));
  }

  @Test
  void endsWithTheNumberedFollowUpQuestions() {
    String section = md.substring(md.indexOf("## Follow-up questions"));
    assertTrue(section.contains("\n1. You did not address this part of my complaint: "), section);
    assertTrue(section.contains("\n2. You only partly answered my question: "), section);
  }

  @Test
  void summaryGivesVerdictCoverageAndFindingCounts() {
    assertTrue(md.contains("**Verdict:** \u25D0 Partly answered · **Coverage:** 50% of 3 point(s)"), md);
    assertTrue(md.contains("**Findings in the reply:** answer 2 · courtesy 1 · boilerplate 1"), md);
  }

  @Test
  void nullTitleThrowsNamingIt() {
    NullPointerException e = assertThrows(NullPointerException.class, () -> Report.markdown(Cases.mixed(), null));
    assertEquals("title", e.getMessage());
  }
}
