package org.replyaudit.corpus.train;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class AlignmentTrainerTest {
  /**
   * Groups of three candidates with two features: the gold one has the highest first feature;
   * the second feature is the same noise for every candidate of a group.
   */
  private static List<AlignmentTrainer.Group> separable() {
    List<AlignmentTrainer.Group> groups = new ArrayList<>();
    for (int g = 0; g < 30; g++) {
      int gold = g % 3;
      double[][] x = new double[3][];
      boolean[] y = new boolean[3];
      for (int i = 0; i < 3; i++) {
        x[i] = new double[] {i == gold ? 0.8 : 0.1 * i, g % 5};
        y[i] = i == gold;
      }
      groups.add(new AlignmentTrainer.Group(x, y));
    }
    return groups;
  }

  @Test
  void learnsToRankTheGoldCandidateFirst() {
    double[] w = AlignmentTrainer.fit(separable(), 2, AlignmentTrainer.L2, 200);
    assertTrue(w[0] > 0, "the feature that marks gold gets a positive weight: " + w[0]);
    for (AlignmentTrainer.Group g : separable()) {
      assertEquals(1, AlignmentTrainer.firstGoldRank(g, w));
    }
  }

  @Test
  void aFeatureConstantWithinEveryGroupGetsNoWeight() {
    double[] w = AlignmentTrainer.fit(separable(), 2, AlignmentTrainer.L2, 200);
    assertEquals(0.0, w[1], 1e-9);
  }

  @Test
  void fittingIsDeterministic() {
    assertArrayEquals(AlignmentTrainer.fit(separable(), 2, AlignmentTrainer.L2, 100),
        AlignmentTrainer.fit(separable(), 2, AlignmentTrainer.L2, 100));
  }

  @Test
  void groupsWithoutAGoldCandidateAreNoTrainingData() {
    AlignmentTrainer.Group none = new AlignmentTrainer.Group(new double[][] {{1, 0}}, new boolean[] {false});
    assertThrows(IllegalArgumentException.class, () -> AlignmentTrainer.fit(List.of(none), 2, 1e-3, 10));
  }

  @Test
  void aGroupNeedsOneLabelPerCandidate() {
    assertThrows(IllegalArgumentException.class,
        () -> new AlignmentTrainer.Group(new double[][] {{1}}, new boolean[] {true, false}));
  }
}
