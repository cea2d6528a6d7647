package org.replyaudit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The trained models' stage (ModelStages) against the rules-only mode. */
class TrainedModelsInPipelineTest {
  private static final ReplyAnalyzer RULES = ReplyAudit.builder().rulesOnly().build();

  private static Point point(Analysis a, String containing) {
    return a.points().stream().filter(p -> p.text().contains(containing)).findFirst().orElseThrow();
  }

  private static ReplyClaim claim(Analysis a, String containing) {
    return a.replyClaims().stream().filter(c -> c.text().contains(containing)).findFirst().orElseThrow();
  }

  private static boolean has(ReplyClaim c, Label l) {
    return c.findings().stream().anyMatch(f -> f.label() == l);
  }

  @Test
  void rulesOnlyIsOffByDefaultAndSurvivesToBuilder() {
    assertFalse(ReplyAudit.defaultAnalyzer().rulesOnly());
    assertTrue(RULES.rulesOnly());
    assertTrue(RULES.toBuilder().build().rulesOnly());
    assertFalse(ReplyAudit.builder().build().rulesOnly());
  }

  @Test
  void aComplaintTheRulesCallBackgroundBecomesAPointWhenTheModelIsConfident() {
    // Peer review, the model's home ground: a missing comparison is a criticism with no cue word.
    String complaint = "This paper proposes a new method for training small language models. The comparison"
        + " with the previous model is missing from the paper. The experiments are limited to two datasets"
        + " and the gains are small. The writing is clear overall.";
    String reply = "We thank the reviewer.";
    assertEquals(PointKind.CONTEXT, point(RULES.analyze(complaint, reply), "is missing").kind());
    Point p = point(ReplyAudit.analyze(complaint, reply), "is missing");
    assertEquals(PointKind.GRIEVANCE, p.kind());
    assertTrue(p.why().contains("point-kind model"), p.why());
    assertEquals(Status.UNANSWERED, p.status());
    // Background the model is not sure of stays background.
    assertEquals(PointKind.CONTEXT, point(ReplyAudit.analyze(complaint, reply), "writing is clear").kind());
  }

  @Test
  void aPromiseTheRulesMissIsACommitmentWhenTheModelIsConfident() {
    String complaint = "My statement leaves out the June payment.";
    String reply = "We will add the June payment to your statement in the final version.";
    assertFalse(has(claim(RULES.analyze(complaint, reply), "June payment"), Label.COMMITMENT));
    ReplyClaim c = claim(ReplyAudit.analyze(complaint, reply), "June payment");
    assertTrue(has(c, Label.COMMITMENT), c.toString());
    assertTrue(c.findings().stream().anyMatch(f -> f.why().contains("reply-act model")), c.toString());
  }

  @Test
  void accusationsStayPointsWhateverTheModelThinks() {
    // The model learned no allegations from peer review; the rules' allegations are never demoted.
    String complaint = "This is a breach of data protection law.";
    for (ReplyAnalyzer a : List.of(RULES, ReplyAudit.defaultAnalyzer())) {
      assertEquals(PointKind.ALLEGATION, point(a.analyze(complaint, "Noted."), "breach").kind());
    }
  }

  @Test
  void nonApologiesAreBoilerplateNotApologyInBothModes() {
    for (ReplyAnalyzer a : List.of(RULES, ReplyAudit.defaultAnalyzer())) {
      for (String s : List.of("We regret any inconvenience caused.", "I am sorry you feel that way.",
          "We apologise for any inconvenience this may have caused.")) {
        ReplyClaim c = claim(a.analyze("You cut off my broadband for a week.", s), s.substring(0, 10));
        assertTrue(has(c, Label.BOILERPLATE), s + " " + c);
        assertFalse(has(c, Label.APOLOGY), s + " " + c);
      }
    }
  }

  @Test
  void callerSuppliedModelsAreUsedInsteadOfTheShippedOnes() {
    String complaint = "This paper proposes a new method. The comparison with the previous model is missing.";
    String reply = "We thank the reviewer.";
    // The reply-act model in the point-kind role cannot be accepted; the shipped pair can, and
    // then decides exactly as the default analyzer does.
    ReplyAnalyzer own = ReplyAudit.builder().trainedModels(
        org.replyaudit.models.TrainedModels.pointKind(), org.replyaudit.models.TrainedModels.replyAct()).build();
    assertEquals(ReplyAudit.analyze(complaint, reply), own.analyze(complaint, reply));
    assertEquals(own.analyze(complaint, reply), own.toBuilder().build().analyze(complaint, reply));
  }

  @Test
  void aModelWithoutTheLabelsThePipelineReadsIsABadConfiguration() {
    var builder = ReplyAudit.builder();
    var denial = org.replyaudit.models.TrainedModels.denial();
    var replyAct = org.replyaudit.models.TrainedModels.replyAct();
    var pointKind = org.replyaudit.models.TrainedModels.pointKind();
    IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
        () -> builder.trainedModels(replyAct, replyAct));
    assertTrue(e.getMessage().contains("point-kind"), e.getMessage());
    e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
        () -> builder.trainedModels(pointKind, denial));
    assertTrue(e.getMessage().contains("commitment"), e.getMessage());
    org.junit.jupiter.api.Assertions.assertThrows(NullPointerException.class, () -> builder.trainedModels(null, replyAct));
  }
}
