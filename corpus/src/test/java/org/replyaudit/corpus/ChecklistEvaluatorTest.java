package org.replyaudit.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.replyaudit.ReplyAudit;

class ChecklistEvaluatorTest {
  /**
   * A reply that gives the information and offers an internal review but names no ICO right,
   * annotated with one deliberate error (the ICO right marked present): three of four elements
   * agree, and the error is listed.
   */
  private static final String LINE = """
      {"id":"f1","complaint":"Please send me the minutes.","reply":"Please find attached the minutes. \
      You may ask for an internal review.","gold":{"points":[{"quote":"Please send me the minutes.",\
      "kind":"request","addressed":"yes","by":["Please find attached the minutes."]}],"reply":[]},\
      "checklists":[{"profile":"foi-uk","elements":{\
      "information_response":{"status":"present","quotes":["Please find attached the minutes."]},\
      "exemption_cited":{"status":"not_applicable"},\
      "internal_review":{"status":"present","quotes":["You may ask for an internal review."]},\
      "ico_complaint_right":{"status":"present","quotes":["You may ask for an internal review."]}}}]}""";

  @Test
  void elementAccuracyCountsAgreementsAndListsTheErrors() throws IOException {
    List<ChecklistCase> cases = ChecklistCaseReader.read(new StringReader(LINE), "t.jsonl");
    ChecklistResult r = ChecklistEvaluator.evaluate("t", cases, ReplyAudit.defaultAnalyzer(), Progress.NONE);
    assertEquals(0.75, r.accuracy(), 1e-9);
    ChecklistResult.ProfileScore foi = r.profiles().get(0);
    assertEquals("foi-uk", foi.profile());
    assertEquals(0, foi.verdictAgreed(), "gold passes, the analyzer finds the ICO right absent");
    assertEquals(List.of(new ChecklistResult.Error("f1", "foi-uk", "ico_complaint_right", "present", "absent")), r.errors());
    ChecklistResult.ElementScore review = foi.elements().get(2);
    assertEquals("internal_review", review.element());
    assertEquals(1, review.bothPresent());
    assertEquals(1, review.evidenceMatched());
  }

  @Test
  void theBundledRepliesAreScoredForEveryProfile() throws IOException {
    ChecklistResult r = ChecklistEvaluator.evaluate("checklist", BundledExamples.checklists("checklists.jsonl"),
        ReplyAudit.defaultAnalyzer(), Progress.NONE);
    assertEquals(List.of("uk-fca-disp", "ombudsman-generic", "foi-uk"),
        r.profiles().stream().map(ChecklistResult.ProfileScore::profile).toList());
    String md = r.toMarkdown();
    assertTrue(md.contains("| **all profiles** | **all elements** |"), md);
  }
}
