package org.replyaudit.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.replyaudit.Analysis;
import org.replyaudit.Label;
import org.replyaudit.Point;
import org.replyaudit.ReplyAudit;
import org.replyaudit.ReplyClaim;
import org.replyaudit.SharedData;

/**
 * Opens HTML reports in headless Chromium and checks them through the DOM. The page under test
 * is loaded with a probe script appended: it runs after the report's own script, clicks every
 * point, presses Enter on one, and writes what it saw into {@code <pre id="test-results">}
 * as {@code key=value} lines (strings base64-encoded UTF-8), which {@code --dump-dom} returns.
 *
 * <p>Skipped, with a message, when {@code /usr/bin/chromium} is absent ({@code .ci/run}
 * installs it). Writes {@code target/report-test/seed.html} and {@code target/report-seed.png},
 * the screenshot the README shows (copied by hand to {@code src/site/report-seed.png}).
 */
class HtmlReportBrowserTest {
  private static final Path DIR = Path.of("target", "report-test");
  private static final Path SCREENSHOT = Path.of("target", "report-seed.png");
  private static final String SEED_TITLE = "Reference case: seed-laas-dexter";
  private static final String HOSTILE_TITLE = "Hostile letter";
  static final String HOSTILE_COMPLAINT = "Dear Sir,\n\nPlease refund my £40 deposit. Why was I charged twice "
      + "in March for my broadband? <script>document.title='pwned'</script> The engineer missed three "
      + "appointments & nobody called me. <img src=x onerror=\"document.title='pwned'\"> I want "
      + "compensation for the missed appointments.\n\nRegards, A \"Customer\"";
  static final String HOSTILE_REPLY = "Dear Customer,\n\nWe have refunded your £40 deposit. We are sorry that "
      + "the engineer missed appointments. Double charges in March happen when billing cycles overlap.\n"
      + "We take all complaints seriously.<script>document.title='pwned'</script>\n\nKind regards";

  // Runs in the page after the report's script. Strings are base64 so no escaping can blur them.
  private static final String PROBE = """
      <script>
      (function(){
      function b64(s){var b=new TextEncoder().encode(s),t='';b.forEach(function(x){t+=String.fromCharCode(x);});return btoa(t);}
      function ids(sel){return Array.from(document.querySelectorAll(sel)).map(function(e){
        return e.getAttribute('data-claim')||e.getAttribute('data-point');}).sort().join(' ');}
      var out=[];
      out.push('title='+b64(document.title));
      out.push('complaint='+b64(document.getElementById('complaint-text').textContent));
      out.push('reply='+b64(document.getElementById('reply-text').textContent));
      out.push('injected='+document.querySelectorAll('.letters script,.letters img').length);
      document.querySelectorAll('#complaint-text [data-point]').forEach(function(p){
        var id=p.getAttribute('data-point');
        out.push('status.'+id+'='+p.getAttribute('data-status'));
        p.click();
        out.push('click.'+id+'.selected='+p.classList.contains('is-selected'));
        out.push('click.'+id+'.answers='+ids('#reply-text .is-answer'));
        out.push('click.'+id+'.related='+ids('#reply-text .is-related'));
        out.push('click.'+id+'.detail='+b64(document.getElementById('detail-body').textContent));
      });
      document.querySelectorAll('#reply-text [data-claim]').forEach(function(c){
        out.push('labels.'+c.getAttribute('data-claim')+'='+c.getAttribute('data-labels'));
      });
      out.push('findings='+Array.from(document.querySelectorAll('[data-finding]')).map(function(e){
        return e.getAttribute('data-finding');}).join(' '));
      var first=document.querySelector('#complaint-text [data-point]');
      document.dispatchEvent(new KeyboardEvent('keydown',{key:'Escape',bubbles:true}));
      out.push('escape.cleared='+(document.querySelectorAll('.is-selected').length===0));
      if(first){first.dispatchEvent(new KeyboardEvent('keydown',{key:'Enter',bubbles:true}));
        out.push('enter.selected='+first.classList.contains('is-selected'));}
      var pre=document.createElement('pre');pre.id='test-results';pre.textContent=out.join('\\n');
      document.body.appendChild(pre);
      })();
      </script>
      """;

  // For the screenshot: select the first point the reply engaged with, and show the top.
  private static final String SHOWCASE = """
      <script>
      (function(){var p=document.querySelector('#complaint-text [data-point][data-related]:not([data-related=""])')
        ||document.querySelector('#complaint-text [data-point]');
      if(p)p.click();window.scrollTo(0,0);})();
      </script>
      """;

  private static Analysis seed;
  private static Analysis hostile;
  private static Map<String, String> seedResults;
  private static Map<String, String> hostileResults;

  @BeforeAll
  static void renderInChromium() throws Exception {
    if (!Chromium.available()) {
      return;  // each test then reports itself skipped, with the reason, in requireChromium
    }
    Files.createDirectories(DIR);
    seed = seedAnalysis();
    String seedHtml = Report.html(seed, SEED_TITLE);
    Files.writeString(DIR.resolve("seed.html"), seedHtml, StandardCharsets.UTF_8);
    seedResults = probe(seedHtml, "seed");
    Path showcase = DIR.resolve("seed-showcase.html");
    Files.writeString(showcase, withScript(seedHtml, SHOWCASE), StandardCharsets.UTF_8);
    Chromium.screenshot(showcase, SCREENSHOT, 1400, 1000);

    hostile = ReplyAudit.analyze(HOSTILE_COMPLAINT, HOSTILE_REPLY);
    hostileResults = probe(Report.html(hostile, HOSTILE_TITLE), "hostile");
  }

  @BeforeEach
  void requireChromium() {
    assumeTrue(Chromium.available(), "skipped: " + Chromium.BINARY
        + " not found (apt-get install chromium; .ci/run installs it)");
  }

  private static Analysis seedAnalysis() throws Exception {
    {
      JsonNode seedCase = new ObjectMapper().readTree(Files.readAllLines(SharedData.require("cases/seed.jsonl")).get(0));
      List<String> respondent = new ArrayList<>();
      seedCase.path("respondent").forEach(n -> respondent.add(n.asText()));
      return ReplyAudit.builder().addRespondent(respondent).build()
          .analyze(seedCase.get("complaint").asText(), seedCase.get("reply").asText());
    }
  }

  private static String withScript(String html, String script) {
    int end = html.lastIndexOf("</body>");
    return html.substring(0, end) + script + html.substring(end);
  }

  private static Map<String, String> probe(String html, String name) throws Exception {
    Path page = DIR.resolve(name + "-probe.html");
    Files.writeString(page, withScript(html, PROBE), StandardCharsets.UTF_8);
    String dom = Chromium.dumpDom(page);
    Matcher m = Pattern.compile("<pre id=\"test-results\">(.*?)</pre>", Pattern.DOTALL).matcher(dom);
    assertTrue(m.find(), "the probe script wrote no results; DOM was:\n" + dom);
    Map<String, String> results = new HashMap<>();
    for (String line : m.group(1).split("\n")) {
      int eq = line.indexOf('=');
      results.put(line.substring(0, eq), line.substring(eq + 1));
    }
    return results;
  }

  private static String decoded(Map<String, String> results, String key) {
    assertTrue(results.containsKey(key), key);
    return new String(Base64.getDecoder().decode(results.get(key)), StandardCharsets.UTF_8);
  }

  /** "c2 c5": the element ids of the reply claims whose span a point's links name. */
  private static String claimIds(Analysis a, List<org.replyaudit.Span> spans) {
    List<String> ids = new ArrayList<>();
    for (int i = 0; i < a.replyClaims().size(); i++) {
      if (spans.contains(a.replyClaims().get(i).span())) {
        ids.add("c" + (i + 1));
      }
    }
    return ids.stream().sorted().collect(Collectors.joining(" "));
  }

  @Test
  void everyPointIsOnThePageWithItsStatus() {
    for (int i = 0; i < seed.points().size(); i++) {
      assertEquals(seed.points().get(i).status().id(), seedResults.get("status.p" + (i + 1)), "point " + (i + 1));
    }
    assertFalse(seedResults.containsKey("status.p" + (seed.points().size() + 1)), "no extra point");
  }

  @Test
  void everyReplyClaimIsOnThePageWithItsLabels() {
    for (int i = 0; i < seed.replyClaims().size(); i++) {
      ReplyClaim c = seed.replyClaims().get(i);
      String expected = c.labels().stream().map(Label::id).collect(Collectors.joining(" "));
      assertEquals(expected, seedResults.get("labels.c" + (i + 1)), "claim " + (i + 1));
    }
  }

  @Test
  void everyFindingHasAnEvidenceEntry() {
    String expected = seed.replyClaims().stream().flatMap(c -> c.labels().stream()).map(Label::id)
        .collect(Collectors.joining(" "));
    assertEquals(expected, seedResults.get("findings"));
  }

  @Test
  void clickingAPointMarksExactlyTheClaimsThatAnswerIt() {
    // The seed answers nothing, so the hostile case (whose reply answers its points) checks the links.
    boolean sawAnAnswer = false;
    for (int i = 0; i < hostile.points().size(); i++) {
      Point p = hostile.points().get(i);
      String expected = claimIds(hostile, p.answeredBy().stream().map(l -> l.span()).toList());
      sawAnAnswer |= !expected.isEmpty();
      assertEquals(expected, hostileResults.get("click.p" + (i + 1) + ".answers"), "point " + (i + 1));
    }
    assertTrue(sawAnAnswer, "the hostile case must have an answered point for this test to mean anything");
  }

  @Test
  void clickingAPointMarksTheClaimsComparedWithIt() {
    for (int i = 0; i < seed.points().size(); i++) {
      Point p = seed.points().get(i);
      List<org.replyaudit.Span> comparedWithIt = seed.replyClaims().stream()
          .filter(c -> c.findings().stream().anyMatch(f -> f.comparedWith().contains(p.span())))
          .map(ReplyClaim::span).toList();
      assertEquals(claimIds(seed, comparedWithIt), seedResults.get("click.p" + (i + 1) + ".related"), "point " + (i + 1));
    }
  }

  @Test
  void clickingAPointSelectsItAndShowsItsWhy() {
    for (int i = 0; i < seed.points().size(); i++) {
      assertEquals("true", seedResults.get("click.p" + (i + 1) + ".selected"), "point " + (i + 1));
      String detail = decoded(seedResults, "click.p" + (i + 1) + ".detail");
      assertTrue(detail.contains(seed.points().get(i).why()), detail);
    }
  }

  @Test
  void enterOnAFocusedPointSelectsIt() {
    assertEquals("true", seedResults.get("escape.cleared"));
    assertEquals("true", seedResults.get("enter.selected"));
  }

  @Test
  void lettersAreShownExactlyAsWritten() {
    assertEquals(HOSTILE_COMPLAINT, decoded(hostileResults, "complaint"));
    assertEquals(HOSTILE_REPLY, decoded(hostileResults, "reply"));
  }

  @Test
  void scriptInALetterDoesNotRun() {
    assertEquals(HOSTILE_TITLE, decoded(hostileResults, "title"));
    assertEquals("0", hostileResults.get("injected"), "no script or img element inside the letters");
  }

  @Test
  void screenshotIsSaved() throws Exception {
    byte[] png = Files.readAllBytes(SCREENSHOT);
    assertTrue(png.length > 10_000, "a real screenshot, not an empty page: " + png.length + " bytes");
    assertEquals(0x89, png[0] & 0xff);
    assertEquals('P', png[1]);
  }
}
