package org.replyaudit;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * Each matching signal on a small pair, compared with the same analyzer that has only that
 * signal switched off: the signal must change the score or finding it exists for.
 */
class MatchingSignalsTest {
  // The learned ranker reorders every reply claim's links from all the other signals at once;
  // each signal is shown here on the stages' own scores, so it is off on both sides.
  private static final ReplyAnalyzer ALL =
      ReplyAudit.builder().without(MatchingSignal.LEARNED_ALIGNMENT).build();

  private static ReplyAnalyzer without(MatchingSignal s) {
    return ReplyAudit.builder().without(MatchingSignal.LEARNED_ALIGNMENT, s).build();
  }

  /** The best score a reply claim answering the first complaint point reaches (0 if none). */
  private static double best(ReplyAnalyzer a, String complaint, String reply) {
    Point p = a.analyze(complaint, reply).points().get(0);
    return p.answeredBy().stream().mapToDouble(ClaimLink::score).max().orElse(0);
  }

  @Test
  void aDateAnswersWhen() {
    String c = "When will you repair my broadband line?";
    String r = "An engineer will repair the line on Thursday 12 May.";
    assertTrue(best(ALL, c, r) > best(without(MatchingSignal.TYPED_EVIDENCE), c, r) + 0.1);
  }

  @Test
  void aCountOfSomethingElseDoesNotAnswerHowMany() {
    String c = "How many bus routes were withdrawn in the county last year?";
    String counted = "In the county 12 bus routes were withdrawn last year.";
    String money = "In the county we invested £1.2 billion in bus routes last year.";
    double countedGain = best(ALL, c, counted) - best(without(MatchingSignal.TYPED_EVIDENCE), c, counted);
    double moneyGain = best(ALL, c, money) - best(without(MatchingSignal.TYPED_EVIDENCE), c, money);
    assertTrue(countedGain > 0.1, "a count of routes should raise the match: " + countedGain);
    assertTrue(moneyGain < 0.01, "an amount of money is no count of routes: " + moneyGain);
  }

  @Test
  void aParaphrasedRefundMatchesThroughRelatedWords() {
    String c = "Please repay the delivery charge.";
    String r = "We have refunded the delivery charge.";
    assertTrue(best(ALL, c, r) > best(without(MatchingSignal.RELATED_WORDS), c, r));
  }

  @Test
  void aDenialAboutTheRespondentDoesNotAnswerAnAllegationAgainstAnotherParty() {
    String c = "Fettle Metering Services shared my personal data with a marketing firm without consent.";
    String r = "We would never share your personal data with a marketing firm.";
    ReplyAnalyzer withParties = ReplyAudit.builder().respondent("Northgleam Power").build();
    ReplyAnalyzer noParties = withParties.toBuilder().without(MatchingSignal.PARTIES).build();
    assertTrue(denial(withParties.analyze(c, r)).has(Label.UNSOLICITED_DENIAL));
    assertFalse(denial(noParties.analyze(c, r)).has(Label.UNSOLICITED_DENIAL));
  }

  private static ReplyClaim denial(Analysis a) {
    return a.replyClaims().stream().filter(x -> x.text().contains("never")).findFirst().orElseThrow();
  }

  @Test
  void aSentenceGoingOnAboutAPointInTheSameParagraphIsLinkedToIt() {
    String c = "Your engineer missed the appointment on 3 May. Why was my broadband line cut off in April?";
    String r = "Your broadband line was cut off in April by mistake. It happened because a wrong order "
        + "number was entered.\n\nWe apologise for the missed appointment.";
    assertTrue(closestTo(ALL.analyze(c, r), "It happened").contains("cut off"));
    assertFalse(closestTo(without(MatchingSignal.PARAGRAPH_CONTINUITY).analyze(c, r), "It happened")
        .contains("cut off"));
  }

  @Test
  void theLearnedRankerDoesNotTakeTheOpeningBackgroundForThePointAnswered() {
    // The reply's second paragraph shares "heating" and "worked" with the scene-setting opening
    // only; replies seldom respond to an opening, and the ranker learned that from peer review.
    String c = "I moved into the flat in January and the heating has worked well since then.\n\n"
        + "The boiler broke down on 2 March and I had no hot water for nine days. "
        + "Please compensate me for the days without hot water.";
    String r = "We are sorry the boiler broke down.\n\nOur heating engineers worked on it from the first day.";
    assertTrue(closestTo(ALL.analyze(c, r), "heating engineers").contains("moved into the flat"));
    String ranked = closestTo(ReplyAudit.defaultAnalyzer().analyze(c, r), "heating engineers");
    assertFalse(ranked.contains("moved into the flat"), ranked);
  }

  @Test
  void theLearnedRankersScoresAreProbabilitiesOverTheCandidates() {
    String c = "My bill for March charged me twice. Please refund the second payment.";
    String r = "We have looked into your bill for March and refunded the second payment.";
    for (ReplyClaim claim : ReplyAudit.defaultAnalyzer().analyze(c, r).replyClaims()) {
      double sum = claim.closest().stream().mapToDouble(ClaimLink::score).sum();
      assertTrue(sum <= 1 + 1e-9, "at most one in total: " + claim.closest());
    }
  }

  @Test
  void theOrderPriorRaisesALinkBetweenClaimsAtTheSamePlaceInTheirLetters() {
    // Off by default (the ranker's order features replaced it); switched on, the first point's
    // link to the first reply sentence rises, the same words at the other end of the reply less.
    String c = "Why was my bus pass refused? The driver was rude to me. The fare went up again.";
    String early = "Your bus pass was refused in error. We have spoken to the driver. Fares are set by the council.";
    String late = "We have spoken to the driver. Fares are set by the council. Your bus pass was refused in error.";
    ReplyAnalyzer withOrder = ALL.toBuilder().with(MatchingSignal.ORDER).build();
    double earlyGain = best(withOrder, c, early) - best(ALL, c, early);
    double lateGain = best(withOrder, c, late) - best(ALL, c, late);
    assertTrue(earlyGain > 0.01 && earlyGain > lateGain, earlyGain + " vs " + lateGain);
  }

  @Test
  void continuityStopsAtTheParagraph() {
    String c = "Your engineer missed the appointment on 3 May. Why was my broadband line cut off in April?";
    String r = "Your broadband line was cut off in April by mistake.\n\nIt happened because a wrong "
        + "order number was entered.";
    assertFalse(closestTo(ALL.analyze(c, r), "It happened").contains("cut off"));
  }

  /** The text of the complaint claim a reply claim is closest to, or "" when it has none. */
  private static String closestTo(Analysis a, String replyClaim) {
    ReplyClaim claim = a.replyClaims().stream().filter(x -> x.text().contains(replyClaim))
        .findFirst().orElseThrow();
    return claim.closest().isEmpty() ? "" : claim.closest().get(0).span().of(a.complaint());
  }

  @Test
  void anApologyAnswersARequestForOneWhateverItsWords() {
    String c = "The driver drove off without lowering the ramp. I want an apology.";
    String r = "I am very sorry that you were left at the stop on 14 November.";
    Point request = ALL.analyze(c, r).points().stream()
        .filter(p -> p.text().contains("apology")).findFirst().orElseThrow();
    assertTrue(request.status() == Status.ANSWERED, request.why());
  }

  @Test
  void aNonApologyDoesNotAnswerARequestForAnApology() {
    String c = "The driver drove off without lowering the ramp. I want an apology.";
    String r = "I am sorry that you were disappointed with our service.";
    Point request = ALL.analyze(c, r).points().stream()
        .filter(p -> p.text().contains("apology")).findFirst().orElseThrow();
    assertTrue(request.status() == Status.UNANSWERED, request.why());
  }
}
