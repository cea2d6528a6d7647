package org.replyaudit.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.replyaudit.Analysis;
import org.replyaudit.ReplyAudit;
import org.replyaudit.checklist.Checklist;
import org.replyaudit.checklist.ChecklistItem;
import org.replyaudit.checklist.Profile;

/** The checklist in the text, Markdown and HTML reports, and nothing of it without a profile. */
class ChecklistReportTest {
  static final String COMPLAINT = resource("/org/replyaudit/checklist/fca-complaint.txt");
  static final String REPLY = resource("/org/replyaudit/checklist/fca-final-response.txt");
  /** The DISP final response with its time-limit sentence removed: one element absent. */
  static final String REPLY_WITHOUT_LIMIT = REPLY.replace(" You must do so within six months of the date of this letter.", "");

  static String resource(String name) {
    try (InputStream in = ChecklistReportTest.class.getResourceAsStream(name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  static Analysis checked(String reply) {
    return ReplyAudit.builder().profile(Profile.named("uk-fca-disp")).build().analyze(COMPLAINT, reply);
  }

  @Test
  void textReportListsEveryElementWithItsStatusAndWhy() {
    Analysis a = checked(REPLY_WITHOUT_LIMIT);
    String text = Report.text(a);
    assertTrue(text.contains("Checklist (uk-fca-disp, UK FCA final response (DISP 1.6.2R)): not met: 1 of 5 elements absent"
        + " (Six-month time limit stated)"), text);
    for (ChecklistItem i : a.checklist().orElseThrow().items()) {
      assertTrue(text.contains(i.name()) && text.contains("why: " + i.why()), i.name());
    }
    assertTrue(text.contains("[ ] absent         Six-month time limit stated"), text);
  }

  @Test
  void markdownReportHasAChecklistTableNamingTheClaimsThatShowEachElement() {
    Analysis a = checked(REPLY);
    String md = Report.markdown(a);
    assertTrue(md.contains("## Checklist: UK FCA final response (DISP 1.6.2R)"), md);
    assertTrue(md.contains("**Met:** 5 of 5 elements present"), md);
    assertTrue(md.contains("| Decision | \u2713 Present | claim "), md);
    int decision = -1;
    for (int i = 0; i < a.replyClaims().size(); i++) {
      if (a.replyClaims().get(i).text().equals("I have upheld your complaint.")) {
        decision = i + 1;
      }
    }
    assertTrue(md.contains("claim " + decision + " \u201CI have upheld your complaint.\u201D"), md);
  }

  @Test
  void htmlReportHasAChecklistItemPerElementLinkedToItsClaims() {
    Analysis a = checked(REPLY_WITHOUT_LIMIT);
    String html = Report.html(a);
    Checklist c = a.checklist().orElseThrow();
    for (ChecklistItem i : c.items()) {
      assertTrue(html.contains("data-checklist-item=\"" + i.element() + "\" data-status=\"" + i.status().id() + "\""), i.element());
    }
    assertTrue(html.contains("data-passed=\"false\""));
  }

  @Test
  void withoutAProfileNoReportMentionsAChecklist() {
    Analysis a = ReplyAudit.analyze(COMPLAINT, REPLY);
    assertFalse(Report.text(a).contains("Checklist"));
    assertFalse(Report.markdown(a).contains("Checklist"));
    assertFalse(Report.html(a).contains("checklist"));
    assertFalse(Report.json(a).contains("checklist"));
  }

  @Test
  void theJsonChecklistGivesEachSpanWithItsText() throws IOException {
    Analysis a = checked(REPLY);
    var node = new com.fasterxml.jackson.databind.ObjectMapper().readTree(Report.json("fca", a)).path("checklist");
    assertEquals("uk-fca-disp", node.path("profile").asText());
    assertTrue(node.path("passed").asBoolean());
    for (var item : node.path("items")) {
      assertEquals("present", item.path("status").asText());
      for (var span : item.path("spans")) {
        assertEquals(REPLY.substring(span.path("start").asInt(), span.path("end").asInt()), span.path("text").asText());
      }
    }
  }
}
