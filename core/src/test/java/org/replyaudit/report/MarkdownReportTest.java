package org.replyaudit.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.commonmark.ext.autolink.AutolinkExtension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.junit.jupiter.api.Test;
import org.replyaudit.Analysis;
import org.replyaudit.ReplyAudit;

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

  /**
   * The report through a GFM renderer with autolinks (commonmark-java's, which, like GitHub's
   * transform-time linker and remark-gfm, links the text after escapes are undone): no letter
   * text becomes a link, and the URLs still read as written.
   */
  @Test
  void urlsAndAddressesInTheLettersNeverBecomeLinks() {
    String complaint = "See https://evil.example/a_b?x=1 and www.example.org/path or mail ann@example.com now. "
        + "Why did you ignore HTTP://SHOUT.example and (www.paren.example)?";
    Analysis a = ReplyAudit.analyze(complaint, "Visit https://help.example/faq or write to help@example.com.");
    String markdown = Report.markdown(a, "Letters with https://title.example links");
    var extensions = List.of(AutolinkExtension.create(), TablesExtension.create());
    Parser parser = Parser.builder().extensions(extensions).build();
    String html = HtmlRenderer.builder().extensions(extensions).build().render(parser.parse(markdown));
    assertFalse(html.contains("<a "), html);
    for (String url : List.of("https://evil.example/a_b?x=1", "www.example.org/path", "ann@example.com",
        "HTTP://SHOUT.example", "https://title.example")) {
      assertTrue(html.contains("<code>" + url + "</code>"), url + " in " + html);
    }
    // The same text without URLs is unchanged by the rule.
    assertEquals("see \\*this\\* now", MarkdownReport.escape("see *this* now"));
  }

  @Test
  void aWordWithBackticksOrPipesStaysOneCodeSpan() {
    assertEquals("``a`https://x``", MarkdownReport.escape("a`https://x"));
    assertEquals("`` `https://x ``", MarkdownReport.escape("`https://x"));
    assertEquals("`https://x|y`", MarkdownReport.escape("https://x|y", false));
    assertEquals("`https://x\\|y`", MarkdownReport.escape("https://x|y", true));
  }

  @Test
  void anEmptyComplaintIsNotApplicableWithNoCoverage() {
    String md = Report.markdown(ReplyAudit.analyze("", "Thank you for your letter."));
    assertTrue(md.contains("**Verdict:** \u00B7 Not applicable (no point needs an answer)\n"), md);
    assertFalse(md.contains("Coverage"), md);
  }
}
