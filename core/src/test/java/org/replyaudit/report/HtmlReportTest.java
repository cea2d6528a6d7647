package org.replyaudit.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The HTML as a string; {@code HtmlReportBrowserTest} checks it in a real browser. */
class HtmlReportTest {
  private final String html = Report.html(Cases.mixed(), "Ann <v.> Tallis");

  /** The inner HTML of the element {@code <div class="text" id="...">}. */
  static String letterHtml(String html, String id) {
    Matcher m = Pattern.compile("<div class=\"text\" id=\"" + id + "\">(.*?)</div>", Pattern.DOTALL).matcher(html);
    assertTrue(m.find(), id);
    return m.group(1);
  }

  static String unescape(String s) {
    return s.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'")
        .replace("&amp;", "&");
  }

  @Test
  void complaintTextIsReproducedExactly() {
    String text = unescape(letterHtml(html, "complaint-text").replaceAll("<[^>]*>", ""));
    assertEquals(Cases.COMPLAINT, text);
  }

  @Test
  void replyTextIsReproducedExactlyWithItsLineBreaks() {
    String text = unescape(letterHtml(html, "reply-text").replaceAll("<[^>]*>", ""));
    assertEquals(Cases.REPLY, text);
  }

  @Test
  void marksWhatTheReplyQuotesAndWhichPointKeepingTheTextExact() {
    String complaint = "I was charged twice. Why was my refund for the cancelled flight not paid?";
    String reply = "Thank you.\n\n> Why was my refund for the cancelled flight not paid?\n\nIt was paid on Monday.";
    String quoted = Report.html(org.replyaudit.ReplyAudit.analyze(complaint, reply), "t");
    String body = letterHtml(quoted, "reply-text");
    assertEquals(reply, unescape(body.replaceAll("<[^>]*>", "")));
    assertTrue(body.contains("<span class=\"qt\" title=\"Quoted from the complaint (point 2)\">Why was my refund"), body);
  }

  @Test
  void escapesEveryMarkupCharacterFromTheLetters() {
    assertFalse(html.contains("<b>\"file\"</b>"), "raw markup from the letter");
    assertTrue(html.contains("You lost my &lt;b&gt;&quot;file&quot;&lt;/b&gt; &amp; ignored &#39;me&#39;."));
  }

  @Test
  void escapesTheTitle() {
    assertTrue(html.contains("<title>Ann &lt;v.&gt; Tallis</title>"));
  }

  @Test
  void wrapsEachPointInOneElementWithItsStatus() {
    String letter = letterHtml(html, "complaint-text");
    Matcher m = Pattern.compile("data-point=\"p\\d+\" data-status=\"([a-z_]+)\"").matcher(letter);
    StringBuilder statuses = new StringBuilder();
    while (m.find()) {
      statuses.append(m.group(1)).append(' ');
    }
    assertEquals("answered partly unanswered not_required ", statuses.toString());
  }

  @Test
  void pointNamesTheClaimsThatAnswerIt() {
    assertTrue(html.contains("data-point=\"p1\" data-status=\"answered\" data-kind=\"request\" data-answered-by=\"c2\""));
  }

  @Test
  void claimNamesThePointsItWasComparedWith() {
    assertTrue(html.contains("data-claim=\"c4\" data-labels=\"boilerplate\" data-answers=\"\" data-compared=\"p3\""));
  }

  @Test
  void listsUnansweredPointsBeforePartlyAnsweredOnes() {
    String open = html.substring(html.indexOf("id=\"open-h\""), html.indexOf("</section>", html.indexOf("id=\"open-h\"")));
    assertTrue(open.indexOf("data-goto=\"p3\"") < open.indexOf("data-goto=\"p2\""), open);
    assertFalse(open.contains("data-goto=\"p1\""), open);
  }

  @Test
  void fetchesNothingFromTheNetwork() {
    assertFalse(Pattern.compile("<[^>]*\\s(src|href)=\"?[a-z]+:").matcher(html).find(), "no external scripts or images");
    assertFalse(html.contains("http:") || html.contains("https:"), "no URLs");
    assertTrue(html.contains("default-src 'none'"), "a policy that forbids fetches");
  }

  @Test
  void nullAnalysisThrowsNamingIt() {
    NullPointerException e = assertThrows(NullPointerException.class, () -> Report.html(null));
    assertEquals("analysis", e.getMessage());
  }

  @Test
  void anEmptyComplaintIsNotApplicableWithNoCoverageBar() {
    String html = Report.html(org.replyaudit.ReplyAudit.analyze("", "Thank you for your letter."));
    assertTrue(html.contains("data-verdict=\"not_applicable\""), html);
    assertTrue(html.contains("no point of the complaint needs an answer"), html);
    assertFalse(html.contains("covered\""), html);
  }
}
