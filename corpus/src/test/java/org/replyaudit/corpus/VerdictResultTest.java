package org.replyaudit.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.replyaudit.Verdict.ANSWERED;
import static org.replyaudit.Verdict.NOT_APPLICABLE;
import static org.replyaudit.Verdict.PARTLY;
import static org.replyaudit.Verdict.UNANSWERED;

import java.util.List;
import org.junit.jupiter.api.Test;

class VerdictResultTest {
  private static final double EPS = 1e-9;

  // gold:      A A A P P U
  // predicted: A A P P U U
  private static VerdictResult example() {
    return VerdictResult.of("t",
        List.of(ANSWERED, ANSWERED, ANSWERED, PARTLY, PARTLY, UNANSWERED),
        List.of(ANSWERED, ANSWERED, PARTLY, PARTLY, UNANSWERED, UNANSWERED));
  }

  @Test
  void confusionMatrixCountsGoldRowsAgainstPredictedColumns() {
    VerdictResult r = example();
    assertEquals(List.of(List.of(2, 1, 0), List.of(0, 1, 1), List.of(0, 0, 1)), r.confusion());
    assertEquals(6, r.pairs());
  }

  @Test
  void macroF1IsTheMeanOfPerClassF1() {
    VerdictResult r = example();
    // answered P 2/2 R 2/3 F1 0.8; partly P 1/2 R 1/2 F1 0.5; unanswered P 1/2 R 1 F1 2/3
    assertEquals(0.8, r.perClass(ANSWERED).f1(), EPS);
    assertEquals(0.5, r.perClass(PARTLY).f1(), EPS);
    assertEquals(2.0 / 3, r.perClass(UNANSWERED).f1(), EPS);
    assertEquals((0.8 + 0.5 + 2.0 / 3) / 3, r.macroF1(), EPS);
    assertEquals(4.0 / 6, r.accuracy(), EPS);
  }

  @Test
  void allOneClassPredictionsScoreOnlyThatClass() {
    VerdictResult r = VerdictResult.of("t", List.of(ANSWERED, PARTLY, UNANSWERED),
        List.of(ANSWERED, ANSWERED, ANSWERED));
    assertEquals((0.5) / 3, r.macroF1(), EPS);
  }

  @Test
  void mismatchedListsAreRejected() {
    assertThrows(IllegalArgumentException.class,
        () -> VerdictResult.of("t", List.of(ANSWERED), List.of()));
  }

  @Test
  void markdownShowsTheConfusionMatrix() {
    String md = example().toMarkdown();
    assertTrue(md.contains("| answered | 2 | 1 | 0 | 0 |"), md);
    assertTrue(md.contains("| **macro-F1** | | | 0.656 |"), md);
  }

  @Test
  void notApplicableIsAMissForItsGoldClassAndNobodysPrediction() {
    // gold:      A A P U
    // predicted: A n/a P U
    VerdictResult r = VerdictResult.of("t", List.of(ANSWERED, ANSWERED, PARTLY, UNANSWERED),
        List.of(ANSWERED, NOT_APPLICABLE, PARTLY, UNANSWERED));
    assertEquals(List.of(List.of(1, 0, 0), List.of(0, 1, 0), List.of(0, 0, 1)), r.confusion());
    assertEquals(List.of(1, 0, 0), r.notApplicable());
    assertEquals(4, r.pairs());
    assertEquals(1.0, r.perClass(ANSWERED).precision(), EPS);
    assertEquals(0.5, r.perClass(ANSWERED).recall(), EPS);
    assertEquals(0.75, r.accuracy(), EPS);
    assertTrue(r.toMarkdown().contains("| answered | 1 | 0 | 0 | 1 |"), r.toMarkdown());
  }

  @Test
  void aGoldVerdictMustBeGraded() {
    assertThrows(IllegalArgumentException.class,
        () -> VerdictResult.of("t", List.of(NOT_APPLICABLE), List.of(ANSWERED)));
  }
}
