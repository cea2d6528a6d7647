package org.replyaudit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * What the shipped models decide on small letter pairs that each isolate one behaviour: a finding
 * that needs the complaint for comparison, an answer taken to the point it is about. Pairs the
 * models get wrong are listed, with what they say, in docs/accuracy.md ("Known misses"); the
 * evaluator, not these pairs, measures accuracy.
 */
class FindingBehaviourTest {
  private static ReplyClaim claim(Analysis a, String containing) {
    return a.replyClaims().stream().filter(c -> c.text().contains(containing)).findFirst().orElseThrow();
  }

  @Test
  void denialOfWhatNobodyAllegedIsUnsolicited() {
    Analysis a = ReplyAudit.analyze(
        "The courier left my parcel in the rain and it was ruined. Please replace the shoes inside.",
        "We have never sold customer data to marketing firms.");
    assertTrue(claim(a, "never sold").has(Label.UNSOLICITED_DENIAL));
  }

  @Test
  void concernTheComplainantDidStateIsNotMisread() {
    Analysis a = ReplyAudit.analyze(
        "I am worried that the replacement bin will cost me money.",
        "If you are worried about the cost of a replacement bin, these are free of charge.");
    assertFalse(claim(a, "worried").has(Label.MISREAD_PREMISE));
  }

  @Test
  void acknowledgingWhatTheComplaintSaidIsRestatement() {
    Analysis a = ReplyAudit.analyze(
        "My monthly price went up in April from £22 to £24.30. Please put it back to £22.",
        "We note that your monthly price went up in April.");
    assertTrue(claim(a, "We note").has(Label.RESTATEMENT));
  }

  @Test
  void signpostInsteadOfAnAnswerIsRedirection() {
    Analysis a = ReplyAudit.analyze(
        "Please refund the £40 late payment fee on my account.",
        "If you remain dissatisfied, you can refer your complaint to the Financial Ombudsman Service.");
    assertTrue(claim(a, "Ombudsman").has(Label.REDIRECTION));
  }

  @Test
  void everyFindingSaysWhy() {
    Analysis a = ReplyAudit.analyze("Please refund my deposit.", "We take complaints extremely seriously.");
    for (ReplyClaim c : a.replyClaims()) {
      for (Finding f : c.findings()) {
        assertFalse(f.why().isBlank(), f.toString());
      }
    }
    assertTrue(claim(a, "seriously").has(Label.BOILERPLATE));
  }

  @Test
  void aReplySentenceAnswersThePointItIsAboutNotEveryPointSharingAWord() {
    Analysis a = ReplyAudit.analyze(
        "Please refund the £40 late payment fee charged to my account in March. "
            + "Why was my account in March suspended for a week without any warning?",
        "We have refunded the £40 late payment fee charged to your account in March.");
    Point suspension = a.points().stream().filter(p -> p.text().contains("suspended"))
        .findFirst().orElseThrow();
    assertEquals(Status.UNANSWERED, suspension.status(), suspension.why());
  }

  @Test
  void denialOfWhatTheComplaintToldAsNarrativeIsNotUnsolicited() {
    Analysis a = ReplyAudit.analyze(
        "I received a parking ticket on Mill Lane. The time plate on Mill Lane is hidden behind an "
            + "overgrown tree.",
        "We reject the claim that the time plate on Mill Lane is hidden.");
    assertFalse(claim(a, "reject").has(Label.UNSOLICITED_DENIAL), claim(a, "reject").findings().toString());
  }
}
