package org.replyaudit.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.replyaudit.Analysis;
import org.replyaudit.checklist.ChecklistItem;

/**
 * The checklist section of the HTML report in headless Chromium: every element is on the page
 * with its status, and following an element's link selects the reply claim that shows it.
 * Skipped, with a message, without {@code /usr/bin/chromium}.
 */
class ChecklistHtmlBrowserTest {
  private static final String PROBE = """
      <script>
      (function(){var out=[];
      document.querySelectorAll('[data-checklist-item]').forEach(function(li){
        out.push('status.'+li.getAttribute('data-checklist-item')+'='+li.getAttribute('data-status'));
        out.push('claims.'+li.getAttribute('data-checklist-item')+'='+li.getAttribute('data-claims'));});
      var link=document.querySelector('[data-checklist-item="decision"] a[data-goto]');
      if(link){link.click();var sel=document.querySelector('.letters .is-selected');
        out.push('selected='+(sel?sel.getAttribute('data-claim'):''));}
      var pre=document.createElement('pre');pre.id='test-results';pre.textContent=out.join('\\n');
      document.body.appendChild(pre);})();
      </script>
      """;

  @Test
  void everyElementIsOnThePageAndItsLinkSelectsTheClaim() throws Exception {
    assumeTrue(Chromium.available(), "skipped: " + Chromium.BINARY + " not found (apt-get install chromium)");
    Analysis a = ChecklistReportTest.checked(ChecklistReportTest.REPLY_WITHOUT_LIMIT);
    String html = Report.html(a, "DISP final response");
    Path dir = Path.of("target", "report-test");
    Files.createDirectories(dir);
    Path page = dir.resolve("checklist-probe.html");
    int end = html.lastIndexOf("</body>");
    Files.writeString(page, html.substring(0, end) + PROBE + html.substring(end), StandardCharsets.UTF_8);
    Matcher m = Pattern.compile("<pre id=\"test-results\">(.*?)</pre>", Pattern.DOTALL).matcher(Chromium.dumpDom(page));
    assertTrue(m.find(), "the probe wrote no results");
    Map<String, String> results = new HashMap<>();
    for (String line : m.group(1).split("\n")) {
      int eq = line.indexOf('=');
      results.put(line.substring(0, eq), line.substring(eq + 1));
    }
    for (ChecklistItem i : a.checklist().orElseThrow().items()) {
      assertEquals(i.status().id(), results.get("status." + i.element()), i.element());
      assertEquals(i.spans().size(), results.get("claims." + i.element()).isEmpty() ? 0
          : results.get("claims." + i.element()).split(" ").length, i.element());
    }
    int decision = a.replyClaims().stream().map(c -> c.span())
        .toList().indexOf(a.checklist().orElseThrow().item("decision").orElseThrow().spans().get(0));
    assertEquals("c" + (decision + 1), results.get("selected"));
  }
}
