package org.replyaudit.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.replyaudit.internal.Bm25ClaimMatcher.Scores;
import org.replyaudit.models.TrainedModels;

class AlignmentRankerTest {
  /** Every weight 0 except the named one. */
  private static Map<String, Double> only(String name, double weight) {
    Map<String, Double> w = new HashMap<>();
    AlignmentFeatures.NAMES.forEach(n -> w.put(n, 0.0));
    w.put(name, weight);
    return w;
  }

  @Test
  void theShippedWeightsNameEveryFeature() {
    new AlignmentRanker(TrainedModels.alignment());
    assertEquals(AlignmentFeatures.NAMES, List.copyOf(TrainedModels.alignment().keySet()));
  }

  @Test
  void probabilitiesAreASoftmaxOfTheLinearScores() {
    AlignmentRanker ranker = new AlignmentRanker(only("score", 2.0));
    double[][] values = new double[3][AlignmentFeatures.NAMES.size()];
    values[0][0] = 0.1;
    values[1][0] = 0.9;
    values[2][0] = 0.5;
    double[] p = ranker.probabilities(values);
    assertEquals(1.0, p[0] + p[1] + p[2], 1e-12);
    assertTrue(p[1] > p[2] && p[2] > p[0]);
    assertEquals(Math.exp(2 * 0.9) / Math.exp(2 * 0.5), p[1] / p[2], 1e-9);
  }

  @Test
  void hugeScoresDoNotOverflow() {
    AlignmentRanker ranker = new AlignmentRanker(only("score", 1e6));
    double[][] values = new double[2][AlignmentFeatures.NAMES.size()];
    values[0][0] = 1;
    double[] p = ranker.probabilities(values);
    assertEquals(1.0, p[0]);
    assertEquals(0.0, p[1]);
  }

  @Test
  void weightsMustNameExactlyTheFeatures() {
    Map<String, Double> missing = only("score", 1);
    missing.remove("lexical");
    assertThrows(IllegalArgumentException.class, () -> new AlignmentRanker(missing));
    Map<String, Double> extra = only("score", 1);
    extra.put("colour", 1.0);
    assertThrows(IllegalArgumentException.class, () -> new AlignmentRanker(extra));
    assertThrows(IllegalArgumentException.class, () -> new AlignmentRanker(only("score", Double.NaN)));
    assertThrows(NullPointerException.class, () -> new AlignmentRanker(null));
  }

  @Test
  void aDisabledRankerLeavesTheScoresAsTheyAre() {
    Scores s = new Scores(List.of(), List.of());
    assertSame(s, new AlignmentRanker().rank(new AlignmentFeatures.Stages(s, s, s, s), List.of(), List.of(), List.of()));
  }
}
