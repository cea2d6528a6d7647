package org.replyaudit.internal.anchors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.replyaudit.MatchingSignal;
import org.replyaudit.internal.PairState;
import org.replyaudit.internal.StageProbe;
import org.replyaudit.internal.text.Claim;

/**
 * {@link MatchingSignal#STRUCTURE_ANCHORS}: each kind of anchor on a small pair whose answering
 * claims share no word with the point they answer, so only the anchor can link them; compared
 * with the same stages with the signal switched off.
 */
class StructureAnchorsTest {
  private static final StageProbe ALL = StageProbe.defaults();
  private static final StageProbe NONE = StageProbe.without(MatchingSignal.STRUCTURE_ANCHORS);

  private static final String COMPLAINT = "Why was my refund for the cancelled flight not paid?\n\n"
      + "Your staff at the check-in desk were rude to me.";
  /** Shares no word with either point. */
  private static final String ANSWER = "The delay was caused by a fault at our bank.";
  /** Answers three points in order, numbered 1 to 3; only the first shares words with its point. */
  private static final String NUMBERED_REPLY = "Dear Ms Smith,\n\n1. " + ANSWER
      + "\n2. We have spoken to the team involved.\n3. Please send us a photograph of the suitcase."
      + "\n\nKind regards,\nJo\n";

  @Test
  void aQuotedLineLinksTheClaimsBelowItToTheQuotedPoint() {
    String r = "Thank you for your letter.\n\n> Why was my refund for the cancelled flight not paid?\n\n"
        + ANSWER + "\n";
    assertTrue(ALL.closestTo(COMPLAINT, r, "fault at our bank").contains("refund"));
    assertEquals("", NONE.closestTo(COMPLAINT, r, "fault at our bank"));
  }

  @Test
  void aWholeLetterQuotedBackNamesNoPoint() {
    StringBuilder c = new StringBuilder();
    StringBuilder quoted = new StringBuilder();
    for (int i = 1; i <= 12; i++) {
      String sentence = "Item number " + i + " on my list of complaints was ignored by your office staff.";
      c.append(sentence).append('\n');
      quoted.append("> ").append(sentence).append('\n');
    }
    // Every one of the 12 claims is copied: a letter quoted back, not the point the answer takes up.
    String r = quoted + "\n" + ANSWER + "\n";
    assertEquals("", ALL.closestTo(c.toString(), r, "fault at our bank"));
    assertEquals(12, org.replyaudit.ReplyAudit.builder().mode(org.replyaudit.Mode.LEXICAL).build()
        .analyze(c.toString(), r).quotes().size());
  }

  @Test
  void aQuoteInQuotationMarksHeadingALineLinksTheClaimsAfterIt() {
    String r = "Thank you for your letter.\n\n“Why was my refund for the cancelled flight not paid?”\n\n"
        + ANSWER + "\n";
    assertTrue(ALL.closestTo(COMPLAINT, r, "fault at our bank").contains("refund"));
    assertEquals("", NONE.closestTo(COMPLAINT, r, "fault at our bank"));
  }

  @Test
  void aQuoteLastsUntilTheNextQuote() {
    String r = "> Why was my refund for the cancelled flight not paid?\n\n" + ANSWER + "\n\n"
        + "> Your staff at the check-in desk were rude to me.\n\nWe have spoken to the team involved.\n";
    assertTrue(ALL.closestTo(COMPLAINT, r, "fault at our bank").contains("refund"));
    assertTrue(ALL.closestTo(COMPLAINT, r, "spoken to the team").contains("rude"));
  }

  @Test
  void aQuoteOfWordsTheComplaintNeverUsedIsNoAnchor() {
    String r = "As the guide “Flying With Children In Europe” explains, delays happen.\n\n" + ANSWER;
    assertEquals("", ALL.closestTo(COMPLAINT, r, "fault at our bank"));
  }

  @Test
  void reportedWordsRaiseTheLinkToThePointTheyReport() {
    String r = "You asked why the refund for the cancelled flight was not paid. " + ANSWER;
    // Paragraph continuity alone carries a share of the reported point to the next sentence;
    // the anchor raises it further.
    assertTrue(ALL.closestScore(COMPLAINT, r, "fault at our bank")
        > NONE.closestScore(COMPLAINT, r, "fault at our bank"));
    assertTrue(ALL.closestTo(COMPLAINT, r, "fault at our bank").contains("refund"));
  }

  @Test
  void aNumberedSectionIsLinkedToTheComplaintItemWithTheSameNumber() {
    assertSecondAnswerLinkedToRudeness("I have three problems:\n\n1. My refund for the cancelled flight"
        + " has not been paid.\n2. Your staff at the check-in desk were rude to me.\n"
        + "3. My suitcase arrived damaged.\n");
  }

  @Test
  void labelsMatchByTheirNumberWhateverTheirForm() {
    String c = "My questions:\n\n(1) Why was my refund for the cancelled flight not paid?\n"
        + "(2) Why were your staff at the check-in desk rude to me?\n";
    String r = "Q1: " + ANSWER + "\n\nQ2: We have spoken to the team involved.\n";
    assertTrue(ALL.closestTo(c, r, "spoken to the team").contains("rude"));
  }

  @Test
  void aSingleNumberIsNoList() {
    String c = "1. My refund for the cancelled flight has not been paid.\n"
        + "Also, your staff at the check-in desk were rude to me.\n";
    String r = "1. We have spoken to the team involved.\n";
    assertTeamAnswerUnlinked(c, r);
  }

  @Test
  void aNumberSharedByTwoListsGoesToTheItemTheSectionIsCloseTo() {
    String c = "Strengths:\n\n1. The writing is clear.\n2. The figures are helpful.\n\nWeaknesses:\n\n"
        + "1. The sample of patients is small.\n2. The baseline is outdated.\n";
    String r = "1. The sample of patients is now larger.\n\nWe recruited forty more people at a second "
        + "site.\n\n2. The baseline is replaced by a recent method.\n";
    assertTrue(ALL.closestTo(c, r, "forty more people").contains("sample of patients"));
  }

  @Test
  void numberedAnswersToBulletedPointsAreLinkedByPosition() {
    assertSecondAnswerLinkedToRudeness("I have three problems:\n\n- My refund for the cancelled flight"
        + " has not been paid.\n- Your staff at the check-in desk were rude to me.\n"
        + "- My suitcase arrived damaged.\n");
  }

  @Test
  void oneNumberedAnswerIsNotLinkedToABullet() {
    String c = "I have two problems:\n\n- My refund for the cancelled flight has not been paid.\n"
        + "- Your staff at the check-in desk were rude to me.\n";
    String r = "Dear Ms Smith,\n\n1. We have spoken to the team involved.\n\nKind regards,\nJo\n";
    assertTeamAnswerUnlinked(c, r);
  }

  @Test
  void moreNumberedAnswersThanBulletsAreNotLinked() {
    String c = "I have two problems:\n\n- My refund for the cancelled flight has not been paid.\n"
        + "- Your staff at the check-in desk were rude to me.\n";
    String r = "Dear Ms Smith,\n\n1. " + ANSWER + "\n2. We have spoken to the team involved.\n"
        + "3. Please send us a photograph of your boarding pass.\n\nKind regards,\nJo\n";
    assertTeamAnswerUnlinked(c, r);
  }

  @Test
  void anAnchorAloneStaysBelowAnAnswersScore() {
    // An anchor says what a claim is about, not that it answers it.
    String c = "Why was my refund for the cancelled flight not paid?";
    String r = "> Why was my refund for the cancelled flight not paid?\n\n"
        + "Your letter will be shared with the team as a learning opportunity.\n";
    assertTrue(ALL.closestTo(c, r, "learning opportunity").contains("refund"));
    assertTrue(ALL.closestScore(c, r, "learning opportunity") < 0.15);
  }

  @Test
  void anchorsMoveNoSpan() {
    String r = "Thank you.\n\n> Why was my refund for the cancelled flight not paid?\n\n" + ANSWER + "\n";
    assertEquals(spans(NONE.state(COMPLAINT, r)), spans(ALL.state(COMPLAINT, r)));
  }

  private static List<org.replyaudit.Span> spans(PairState s) {
    return s.reply().stream().map(Claim::span).toList();
  }

  /**
   * NUMBERED_REPLY's second answer shares no word with the rudeness point (the complaint's
   * second item): only the anchor can link them, and without anchors nothing does.
   */
  private static void assertSecondAnswerLinkedToRudeness(String complaint) {
    assertTrue(ALL.closestTo(complaint, NUMBERED_REPLY, "spoken to the team").contains("rude"));
    assertEquals("", NONE.closestTo(complaint, NUMBERED_REPLY, "spoken to the team"));
  }

  /** The reply's "spoken to the team" answer shares no word with any point: nothing links it. */
  private static void assertTeamAnswerUnlinked(String complaint, String reply) {
    assertEquals("", ALL.closestTo(complaint, reply, "spoken to the team"));
  }
}
