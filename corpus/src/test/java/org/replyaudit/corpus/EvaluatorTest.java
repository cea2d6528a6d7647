package org.replyaudit.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.replyaudit.corpus.Fixtures.analysis;
import static org.replyaudit.corpus.Fixtures.claim;
import static org.replyaudit.corpus.Fixtures.gold;
import static org.replyaudit.corpus.Fixtures.goldCase;
import static org.replyaudit.corpus.Fixtures.item;
import static org.replyaudit.corpus.Fixtures.link;
import static org.replyaudit.corpus.Fixtures.pair;
import static org.replyaudit.corpus.Fixtures.point;
import static org.replyaudit.corpus.Fixtures.span;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.replyaudit.Analysis;
import org.replyaudit.Label;
import org.replyaudit.PointKind;
import org.replyaudit.Quote;
import org.replyaudit.Status;
import org.replyaudit.Verdict;

class EvaluatorTest {
  private static final double EPS = 1e-9;

  /** Gold: two unanswered points, one partly, one answered, one context. */
  private static AnnotatedCase fivePoints() {
    return goldCase(List.of(
        gold(0, 20, PointKind.REQUEST, Addressed.NO),
        gold(20, 40, PointKind.ALLEGATION, Addressed.NO),
        gold(40, 60, PointKind.QUESTION, Addressed.PARTLY),
        gold(60, 80, PointKind.GRIEVANCE, Addressed.YES),
        gold(80, 100, PointKind.CONTEXT, Addressed.NO)), List.of(), List.of());
  }

  @Test
  void unansweredCountsAHitAMissAndAFalsePositive() {
    Analysis a = analysis(List.of(
        point(0, 20, Status.UNANSWERED),     // hit
        point(20, 40, Status.ANSWERED),      // miss of gold [20,40)
        point(60, 80, Status.UNANSWERED)),   // gold says yes: false positive
        List.of());
    Prf p = Evaluator.unanswered(pair(fivePoints(), a), false);
    assertEquals(new Prf(2, 1, 2, 1), p);
    assertEquals(0.5, p.precision(), EPS);
    assertEquals(0.5, p.recall(), EPS);
    assertEquals(0.5, p.f1(), EPS);
  }

  @Test
  void contextPointsAreNeverGoldPositives() {
    // gold context point [80,100) has addressed "no" but needs no answer
    Analysis a = analysis(List.of(point(80, 100, Status.UNANSWERED)), List.of());
    Prf p = Evaluator.unanswered(pair(fivePoints(), a), false);
    assertEquals(2, p.gold());
    assertEquals(0, p.predictedMatched(), "matching a context point is a false positive");
  }

  @Test
  void predictionMatchingNoAnnotatedPointIsAFalsePositive() {
    Analysis a = analysis(List.of(
        point(0, 20, Status.UNANSWERED),
        point(150, 190, Status.UNANSWERED)),  // nothing annotated there
        List.of());
    Prf p = Evaluator.unanswered(pair(fivePoints(), a), false);
    assertEquals(new Prf(2, 1, 2, 1), p);
  }

  @Test
  void partlyIsNotUnansweredInTheStrictVariant() {
    Analysis a = analysis(List.of(point(40, 60, Status.UNANSWERED)), List.of());
    assertEquals(new Prf(1, 0, 2, 0), Evaluator.unanswered(pair(fivePoints(), a), false));
  }

  @Test
  void orPartlyVariantCountsPartlyOnBothSides() {
    Analysis a = analysis(List.of(
        point(0, 20, Status.PARTLY),        // gold no, predicted partly: hit in this variant
        point(40, 60, Status.UNANSWERED),   // gold partly: hit
        point(60, 80, Status.PARTLY)),      // gold yes: false positive
        List.of());
    Prf p = Evaluator.unanswered(pair(fivePoints(), a), true);
    assertEquals(new Prf(3, 2, 3, 2), p);
    assertEquals(2.0 / 3, p.f1(), EPS);
  }

  @Test
  void oneLongPredictionCanMatchSeveralGoldPoints() {
    // [0,40) overlaps both 20-char gold spans fully: one predicted hit, two gold matched
    Analysis a = analysis(List.of(point(0, 40, Status.UNANSWERED)), List.of());
    assertEquals(new Prf(1, 1, 2, 2), Evaluator.unanswered(pair(fivePoints(), a), false));
  }

  @Test
  void scoreMicroAggregatesAcrossCases() {
    Analysis hit = analysis(List.of(point(0, 20, Status.UNANSWERED)), List.of());
    Analysis none = analysis(List.of(), List.of());
    CaseSetResult r = Evaluator.score("s", List.of(pair(fivePoints(), hit), pair(fivePoints(), none)));
    assertEquals(2, r.pairs());
    assertEquals(new Prf(1, 1, 4, 1), r.unanswered());
    assertEquals(1.0, r.unanswered().precision(), EPS);
    assertEquals(0.25, r.unanswered().recall(), EPS);
    assertEquals(0.4, r.unanswered().f1(), EPS);
  }

  @Test
  void perLabelCountsUseTheSpanRule() {
    AnnotatedCase g = goldCase(List.of(), List.of(
        item(0, 20, Label.BOILERPLATE, Label.UNSOLICITED_DENIAL),
        item(20, 40, Label.REDIRECTION)), List.of());
    Analysis a = analysis(List.of(), List.of(
        claim(0, 30, List.of(), Label.BOILERPLATE),  // overlap 20 of shorter 20: hit
        claim(32, 60, List.of(), Label.REDIRECTION)));  // overlap 8 of shorter 20: miss
    EvaluatedPair p = pair(g, a);
    assertEquals(new Prf(1, 1, 1, 1), Evaluator.label(p, Label.BOILERPLATE));
    assertEquals(new Prf(0, 0, 1, 0), Evaluator.label(p, Label.UNSOLICITED_DENIAL));
    assertEquals(new Prf(1, 0, 1, 0), Evaluator.label(p, Label.REDIRECTION));
  }

  @Test
  void faultMacroF1AveragesTheFiveFaultLabelsOnly() {
    AnnotatedCase g = goldCase(List.of(), List.of(
        item(0, 20, Label.BOILERPLATE, Label.COURTESY),
        item(20, 40, Label.REDIRECTION)), List.of());
    Analysis a = analysis(List.of(), List.of(
        claim(0, 20, List.of(), Label.BOILERPLATE, Label.COURTESY),
        claim(20, 40, List.of(), Label.REDIRECTION, Label.RESTATEMENT)));
    CaseSetResult r = Evaluator.score("s", List.of(pair(g, a)));
    // boilerplate 1, redirection 1, restatement 0 (false positive), the other two 0
    assertEquals(2.0 / 5, r.faultMacroF1(), EPS);
    assertEquals(1.0, r.label(Label.COURTESY).f1(), EPS);
    assertTrue(r.replyLabelsAnnotated());
  }

  @Test
  void alignmentScoresRankOfFirstGoldLink() {
    AnnotatedCase g = goldCase(List.of(), List.of(), List.of(
        new GoldAlignment(span(0, 20), List.of(span(100, 120))),
        new GoldAlignment(span(20, 40), List.of(span(0, 20), span(40, 60))),
        new GoldAlignment(span(60, 80), List.of(span(0, 20))),
        new GoldAlignment(span(150, 160), List.of(span(0, 20)))));
    Analysis a = analysis(List.of(), List.of(
        // gold link ranked first: P@1 hit, RR 1
        claim(0, 20, List.of(link(100, 118, 0.9), link(0, 20, 0.5))),
        // listed out of order: sorted by score, [40,60) ranks 2nd: RR 1/2
        claim(20, 40, List.of(link(140, 160, 0.2), link(100, 120, 0.8), link(40, 60, 0.4))),
        // no gold link among its links: RR 0
        claim(60, 80, List.of(link(100, 120, 0.7)))));
        // gold sentence [150,160) has no overlapping claim: RR 0
    AlignmentScore s = Evaluator.alignment(pair(g, a));
    assertEquals(4, s.sentences());
    assertEquals(1, s.hitsAt1());
    assertEquals(0.25, s.precisionAt1(), EPS);
    assertEquals((1 + 0.5) / 4, s.mrr(), EPS);
  }

  @Test
  void alignmentUsesTheClaimOverlappingTheGoldSentenceMost() {
    AnnotatedCase g = goldCase(List.of(), List.of(), List.of(
        new GoldAlignment(span(10, 30), List.of(span(0, 20)))));
    Analysis a = analysis(List.of(), List.of(
        claim(0, 15, List.of(link(0, 20, 1.0))),     // overlaps 5
        claim(15, 40, List.of(link(50, 70, 1.0)))));  // overlaps 15: this one decides
    assertEquals(new AlignmentScore(1, 0, 0), Evaluator.alignment(pair(g, a)));
  }

  @Test
  void aQuotedSentenceIsRankedByTheComplaintClaimsItCopies() {
    AnnotatedCase g = goldCase(List.of(), List.of(), List.of(
        new GoldAlignment(span(10, 30), List.of(span(40, 60)))));
    Quote quote = new Quote(span(10, 30), "r".repeat(20), List.of(link(0, 20, 0.9), link(40, 60, 0.6)));
    Analysis a = new Analysis(Fixtures.COMPLAINT, Fixtures.REPLY, List.of(),
        List.of(claim(0, 12, List.of(link(40, 60, 1.0)))), // overlaps 2: the quote (20) decides
        List.of(quote), Verdict.PARTLY, 0.5, List.of());
    assertEquals(new AlignmentScore(1, 0, 0.5), Evaluator.alignment(pair(g, a)));
  }

  @Test
  void analysisOfOtherTextsIsRejected() {
    Analysis other = new Analysis("x", Fixtures.REPLY, List.of(), List.of(), List.of(), Verdict.ANSWERED, 1,
        List.of());
    assertThrows(IllegalArgumentException.class, () -> pair(fivePoints(), other));
  }

  @Test
  void emptyPredictionGivesZeroNotNaN() {
    CaseSetResult r = Evaluator.score("s", List.of(pair(fivePoints(), analysis(List.of(), List.of()))));
    assertEquals(0.0, r.unanswered().f1());
    assertEquals(0.0, r.faultMacroF1());
    assertEquals(0.0, r.alignment().mrr());
  }

  @Test
  void markdownAndJsonCarryTheFigures() throws Exception {
    Analysis a = analysis(List.of(point(0, 20, Status.UNANSWERED)), List.of());
    CaseSetResult r = Evaluator.score("dev", List.of(pair(fivePoints(), a)));
    String md = r.toMarkdown();
    assertTrue(md.contains("| unanswered (gold no) | 1.000 | 0.500 | 0.667 | 1 (1) | 2 (1) |"), md);
    com.fasterxml.jackson.databind.JsonNode json = Json.mapper().readTree(r.toJson());
    assertEquals(2.0 / 3, json.path("unanswered").path("f1").asDouble(), EPS);
    assertEquals(2, json.path("unanswered").path("gold").asInt());
    assertTrue(json.path("labels").has("boilerplate"));
    assertTrue(json.has("faultMacroF1"));
  }

  @Test
  void nullSetNameIsRejectedByName() {
    NullPointerException e = assertThrows(NullPointerException.class,
        () -> Evaluator.score(null, List.of()));
    assertEquals("set", e.getMessage());
  }
}
