package org.replyaudit.checklist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.replyaudit.Analysis;
import org.replyaudit.Label;
import org.replyaudit.ReplyAnalyzer;
import org.replyaudit.ReplyAudit;
import org.replyaudit.ReplyClaim;
import org.replyaudit.SharedData;
import org.replyaudit.Span;
import org.replyaudit.report.AnalysisJson;

/** The checklist on whole letters: the reference case, a DISP final response, the referral rule. */
class ChecklistTest {
  private static final ReplyAnalyzer GENERIC = ReplyAudit.builder().profile(Profile.named("ombudsman-generic")).build();
  private static final ReplyAnalyzer FCA = ReplyAudit.builder().profile(Profile.named("uk-fca-disp")).build();

  private static String resource(String name) throws IOException {
    try (InputStream in = ChecklistTest.class.getResourceAsStream(name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  private static JsonNode seed() throws IOException {
    return new ObjectMapper().readTree(Files.readAllLines(SharedData.require("cases/seed.jsonl")).get(0));
  }

  private static Analysis analyzeSeed(ReplyAnalyzer analyzer) throws IOException {
    JsonNode c = seed();
    List<String> respondent = new ArrayList<>();
    c.path("respondent").forEach(n -> respondent.add(n.asText()));
    return analyzer.analyze(c.get("complaint").asText(), c.get("reply").asText(), respondent);
  }

  @Test
  void theSeedReplyFailsTheGenericProfileOnDecisionAndReasons() throws IOException {
    Checklist c = analyzeSeed(GENERIC).checklist().orElseThrow();
    assertFalse(c.passed());
    for (String element : List.of("decision", "reasons")) {
      ChecklistItem i = c.item(element).orElseThrow();
      assertEquals(ElementStatus.ABSENT, i.status(), element + ": " + i.why());
      assertTrue(i.spans().isEmpty(), "an absent element has no span");
      assertTrue(i.why().contains("looked for"), "the why says what was looked for: " + i.why());
    }
    // No point is answered, and nothing in the reply accepts fault, so no apology is owed.
    assertEquals(ElementStatus.ABSENT, c.item("each_point_answered").orElseThrow().status());
    assertEquals(ElementStatus.NOT_APPLICABLE, c.item("apology_where_fault_accepted").orElseThrow().status());
    // "Raise a complaint with the ICO" about a third party is not a route to escalate this complaint.
    assertEquals(ElementStatus.ABSENT, c.item("escalation_route").orElseThrow().status());
  }

  @Test
  void aDispFinalResponsePassesEveryElementWithTheSentencesThatShowIt() throws IOException {
    String complaint = resource("fca-complaint.txt");
    String reply = resource("fca-final-response.txt");
    Analysis a = FCA.analyze(complaint, reply);
    Checklist c = a.checklist().orElseThrow();
    assertTrue(c.passed(), c.toString());
    assertEquals(List.of("decision", "reasons", "redress", "ombudsman_referral", "time_limit"),
        c.items().stream().map(ChecklistItem::element).toList());
    assertEquals(5, c.count(ElementStatus.PRESENT));
    assertShows(reply, c, "decision", "I have upheld your complaint.");
    assertShows(reply, c, "reasons", "because the adviser's request was not passed");
    assertShows(reply, c, "redress", "We will also pay you £100");
    assertShows(reply, c, "ombudsman_referral", "refer your complaint to the Financial Ombudsman Service");
    assertShows(reply, c, "time_limit", "within six months of the date of this letter");
  }

  private static void assertShows(String reply, Checklist c, String element, String words) {
    ChecklistItem i = c.item(element).orElseThrow();
    assertEquals(ElementStatus.PRESENT, i.status(), element + ": " + i.why());
    assertTrue(i.spans().stream().anyMatch(s -> s.of(reply).contains(words)),
        element + " should be shown by \"" + words + "\", spans: " + i.spans().stream().map(s -> s.of(reply)).toList());
  }

  @Test
  void requiredSignpostingIsNotReportedAsRedirection() throws IOException {
    String complaint = resource("fca-complaint.txt");
    String reply = resource("fca-final-response.txt");
    Analysis plain = ReplyAudit.analyze(complaint, reply);
    Analysis checked = FCA.analyze(complaint, reply);
    List<Span> redirectedBefore = plain.claimsLabelled(Label.REDIRECTION).stream().map(ReplyClaim::span).toList();
    assertFalse(redirectedBefore.isEmpty(), "without a profile the referral is redirection (the pipeline's own rule)");
    ChecklistItem referral = checked.checklist().orElseThrow().item("ombudsman_referral").orElseThrow();
    for (Span s : redirectedBefore) {
      assertTrue(referral.spans().contains(s), "the redirection " + s.of(reply) + " is the referral the profile requires");
    }
    assertTrue(checked.claimsLabelled(Label.REDIRECTION).isEmpty(), checked.claimsLabelled(Label.REDIRECTION).toString());
    assertTrue(referral.why().contains("not reported as redirection"), referral.why());
    // Everything else is the analysis without a profile.
    assertEquals(plain.points(), checked.points());
    assertEquals(plain.verdict(), checked.verdict());
    assertEquals(plain.replyClaims().size(), checked.replyClaims().size());
  }

  @Test
  void redirectionToAnotherBodyIsKeptWhenItIsNotTheRequiredReferral() throws IOException {
    Analysis a = analyzeSeed(FCA);
    assertFalse(a.claimsLabelled(Label.REDIRECTION).isEmpty(), "the seed's referral to the ICO is not the FOS");
    assertEquals(ElementStatus.ABSENT, a.checklist().orElseThrow().item("ombudsman_referral").orElseThrow().status());
  }

  @Test
  void withoutAProfileTheAnalysisAndItsJsonAreUnchanged() throws IOException {
    Analysis plain = analyzeSeed(ReplyAudit.defaultAnalyzer());
    assertTrue(plain.checklist().isEmpty());
    assertFalse(AnalysisJson.toJsonLine("seed", plain).contains("checklist"));
    Analysis checked = analyzeSeed(GENERIC);
    String json = AnalysisJson.toJsonLine("seed", checked);
    String withoutChecklist = AnalysisJson.toJsonLine("seed", plain);
    // The checklist is one more field at the end; for the seed nothing else changes (its
    // redirections are not the escalation route this profile requires).
    assertTrue(json.startsWith(withoutChecklist.substring(0, withoutChecklist.length() - 1) + ",\"checklist\":{"), json);
    JsonNode items = new ObjectMapper().readTree(json).path("checklist").path("items");
    assertEquals(5, items.size());
    assertEquals("absent", items.get(1).path("status").asText());
    assertEquals(0, items.get(1).path("spans").size());
  }

  @Test
  void notApplicableWhenNothingWasWithheldAndPresentWhenAnExemptionIsCited() {
    ReplyAnalyzer foi = ReplyAudit.builder().profile(Profile.named("foi-uk")).build();
    String request = "Please send me the number of parking fines issued on Mill Lane in 2023.";
    Checklist released = foi.analyze(request, "Dear Ms Hale,\n\nThe information you requested is set out below: "
        + "412 penalty charge notices were issued on Mill Lane in 2023.\n\nYours sincerely,\nInformation Team")
        .checklist().orElseThrow();
    assertEquals(ElementStatus.PRESENT, released.item("information_response").orElseThrow().status());
    assertEquals(ElementStatus.NOT_APPLICABLE, released.item("exemption_cited").orElseThrow().status());
    assertTrue(released.item("exemption_cited").orElseThrow().why().startsWith("does not apply"));
    Checklist withheld = foi.analyze(request, "Dear Ms Hale,\n\nWe are withholding the figures under section 31"
        + " of the Act (law enforcement).\n\nYours sincerely,\nInformation Team").checklist().orElseThrow();
    assertEquals(ElementStatus.PRESENT, withheld.item("exemption_cited").orElseThrow().status());
    assertEquals(ElementStatus.ABSENT, withheld.item("internal_review").orElseThrow().status());
  }

  @Test
  void anApologyIsOwedOnlyWhereFaultIsAccepted() {
    String complaint = "Your engineer did not turn up on 3 May. Please rebook the visit.";
    Checklist none = GENERIC.analyze(complaint, "We have rebooked the visit for 9 May.").checklist().orElseThrow();
    assertEquals(ElementStatus.NOT_APPLICABLE, none.item("apology_where_fault_accepted").orElseThrow().status());
    Checklist owed = GENERIC.analyze(complaint, "Our engineer failed to attend on 3 May. We have rebooked the visit for 9 May.")
        .checklist().orElseThrow();
    ChecklistItem missing = owed.item("apology_where_fault_accepted").orElseThrow();
    assertEquals(ElementStatus.ABSENT, missing.status(), missing.why());
    Checklist given = GENERIC.analyze(complaint, "Our engineer failed to attend on 3 May, and I am sorry that he did not."
        + " We have rebooked the visit for 9 May.").checklist().orElseThrow();
    assertEquals(ElementStatus.PRESENT, given.item("apology_where_fault_accepted").orElseThrow().status(),
        given.item("apology_where_fault_accepted").orElseThrow().why());
    Checklist nonApology = GENERIC.analyze(complaint, "Our engineer failed to attend on 3 May."
        + " We are sorry for any inconvenience.").checklist().orElseThrow();
    assertEquals(ElementStatus.ABSENT, nonApology.item("apology_where_fault_accepted").orElseThrow().status());
  }

  @Test
  void theAnalyzerKeepsItsProfileThroughToBuilder() {
    ReplyAnalyzer again = FCA.toBuilder().build();
    assertEquals("uk-fca-disp", again.profile().orElseThrow().id());
    assertTrue(ReplyAudit.defaultAnalyzer().profile().isEmpty());
    assertTrue(again.toBuilder().withoutProfile().build().profile().isEmpty());
    assertEquals("profile", org.junit.jupiter.api.Assertions.assertThrows(NullPointerException.class,
        () -> ReplyAudit.builder().profile(null)).getMessage());
  }
}
