package org.replyaudit.internal.matching;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.replyaudit.MatchingSignal;
import org.replyaudit.internal.StageProbe;

/**
 * Each matching signal on a small pair, compared with the same stages with only that signal
 * switched off: the signal must change the score it exists for. (The trained models read these
 * scores as features; what they make of them is measured by the evaluator, not here.)
 */
class MatchingSignalsTest {
  private static final StageProbe ALL = StageProbe.defaults();

  @Test
  void aDateAnswersWhen() {
    String c = "When will you repair my broadband line?";
    String r = "An engineer will repair the line on Thursday 12 May.";
    assertTrue(ALL.bestForFirstPoint(c, r) > StageProbe.without(MatchingSignal.TYPED_EVIDENCE).bestForFirstPoint(c, r) + 0.1);
  }

  @Test
  void aCountOfSomethingElseDoesNotAnswerHowMany() {
    String c = "How many bus routes were withdrawn in the county last year?";
    String counted = "In the county 12 bus routes were withdrawn last year.";
    String money = "In the county we invested £1.2 billion in bus routes last year.";
    StageProbe off = StageProbe.without(MatchingSignal.TYPED_EVIDENCE);
    double countedGain = ALL.bestForFirstPoint(c, counted) - off.bestForFirstPoint(c, counted);
    double moneyGain = ALL.bestForFirstPoint(c, money) - off.bestForFirstPoint(c, money);
    assertTrue(countedGain > 0.1, "a count of routes should raise the match: " + countedGain);
    assertTrue(moneyGain < 0.01, "an amount of money is no count of routes: " + moneyGain);
  }

  @Test
  void aParaphrasedRefundMatchesThroughRelatedWords() {
    String c = "Please repay the delivery charge.";
    String r = "We have refunded the delivery charge.";
    assertTrue(ALL.bestForFirstPoint(c, r) > StageProbe.without(MatchingSignal.RELATED_WORDS).bestForFirstPoint(c, r));
  }

  @Test
  void aSentenceGoingOnAboutAPointInTheSameParagraphIsLinkedToIt() {
    String c = "Your engineer missed the appointment on 3 May. Why was my broadband line cut off in April?";
    String r = "Your broadband line was cut off in April by mistake. It happened because a wrong order "
        + "number was entered.\n\nWe apologise for the missed appointment.";
    assertTrue(ALL.closestTo(c, r, "It happened").contains("cut off"));
    assertFalse(StageProbe.without(MatchingSignal.PARAGRAPH_CONTINUITY).closestTo(c, r, "It happened")
        .contains("cut off"));
  }

  @Test
  void theOrderPriorRaisesALinkBetweenClaimsAtTheSamePlaceInTheirLetters() {
    // Off by default; switched on, the first point's link to the first reply sentence rises, the
    // same words at the other end of the reply less.
    String c = "Why was my bus pass refused? The driver was rude to me. The fare went up again.";
    String early = "Your bus pass was refused in error. We have spoken to the driver. Fares are set by the council.";
    String late = "We have spoken to the driver. Fares are set by the council. Your bus pass was refused in error.";
    StageProbe withOrder = StageProbe.with(MatchingSignal.ORDER);
    double earlyGain = withOrder.bestForFirstPoint(c, early) - ALL.bestForFirstPoint(c, early);
    double lateGain = withOrder.bestForFirstPoint(c, late) - ALL.bestForFirstPoint(c, late);
    assertTrue(earlyGain > 0.01 && earlyGain > lateGain, earlyGain + " vs " + lateGain);
  }

  @Test
  void continuityStopsAtTheParagraph() {
    String c = "Your engineer missed the appointment on 3 May. Why was my broadband line cut off in April?";
    String r = "Your broadband line was cut off in April by mistake.\n\nIt happened because a wrong "
        + "order number was entered.";
    assertFalse(ALL.closestTo(c, r, "It happened").contains("cut off"));
  }

  @Test
  void anApologyMatchesARequestForOneWhateverItsWords() {
    String c = "The driver drove off without lowering the ramp. I want an apology.";
    String r = "I am very sorry that you were left at the stop on 14 November.";
    assertTrue(ALL.bestFor(c, r, "apology") > StageProbe.without(MatchingSignal.TYPED_EVIDENCE).bestFor(c, r, "apology"));
  }

  @Test
  void aNonApologyDoesNotMatchARequestForAnApology() {
    String c = "The driver drove off without lowering the ramp. I want an apology.";
    String r = "I am sorry that you were disappointed with our service.";
    assertTrue(ALL.bestFor(c, r, "apology") <= StageProbe.without(MatchingSignal.TYPED_EVIDENCE).bestFor(c, r, "apology"));
  }
}
