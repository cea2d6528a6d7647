package org.replyaudit.corpus.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.replyaudit.Label;
import org.replyaudit.PointKind;
import org.replyaudit.ReplyAudit;
import org.replyaudit.Span;
import org.replyaudit.corpus.Addressed;
import org.replyaudit.corpus.AnnotatedCase;
import org.replyaudit.corpus.CaseSetResult;
import org.replyaudit.corpus.GoldPoint;
import org.replyaudit.corpus.GoldReplyItem;
import org.replyaudit.corpus.Progress;

/** Retraining the models per held-out domain, on a small synthetic training set (no shared data needed). */
class ModelsLeaveOneDomainOutTest {
  private static AnnotatedCase refundCase(String id, String domain, String reply, Addressed addressed) {
    String complaint = "You charged me a £40 fee. Please refund the £40 fee to my account.";
    int start = complaint.indexOf("Please refund");
    GoldPoint point = new GoldPoint(new Span(start, complaint.length()), PointKind.REQUEST, addressed, List.of());
    GoldReplyItem item = new GoldReplyItem(new Span(0, reply.length()),
        Set.of(addressed == Addressed.YES ? Label.ANSWER : Label.BOILERPLATE));
    return new AnnotatedCase(id, domain, List.of(), complaint, reply, List.of(point), List.of(item), List.of());
  }

  /** Enough rows of each label for the trainer's feature cut-off. */
  private static TrainingSets.Disapere tinyDisapere() {
    List<SentenceRow> review = new ArrayList<>();
    List<SentenceRow> rebuttal = new ArrayList<>();
    for (int i = 0; i < 6; i++) {
      review.add(new SentenceRow("Please add the missing baseline " + i + ".", "request", 0.2, 0.3, "t", "r"));
      review.add(new SentenceRow("Why is the method better " + i + "?", "question", 0.3, 0.4, "t", "r"));
      review.add(new SentenceRow("The paper studies language models " + i + ".", "context", 0.0, 0.1, "t", "r"));
      review.add(new SentenceRow("The evaluation is weak and unclear " + i + ".", "grievance", 0.5, 0.6, "t", "r"));
      rebuttal.add(new SentenceRow("We will add the baseline in the final version " + i + ".", "commitment", 0.2, 0.3, "t", "r"));
      rebuttal.add(new SentenceRow("The method is better because it uses less data " + i + ".", "answer", 0.4, 0.5, "t", "r"));
      rebuttal.add(new SentenceRow("We thank the reviewer for the comments " + i + ".", "courtesy", 0.0, 0.1, "t", "r"));
    }
    return new TrainingSets.Disapere(review, rebuttal, List.of());
  }

  @Test
  void everyCaseIsAnalysedOnceWithModelsRetrainedWithoutItsDomain() throws Exception {
    List<AnnotatedCase> cases = List.of(
        refundCase("a", "bank", "Thank you for your letter.", Addressed.NO),
        refundCase("b", "energy", "We have refunded the £40 fee to your account.", Addressed.YES),
        refundCase("c", "energy", "We will look at fees in our next review.", Addressed.NO));
    List<Integer> progress = new ArrayList<>();
    Progress record = (done, total, rate) -> progress.add(done);
    CaseSetResult r = ModelsLeaveOneDomainOut.evaluate("dev", cases, tinyDisapere(),
        ReplyAudit.defaultAnalyzer(), record);
    assertEquals(3, r.pairs());
    assertEquals(List.of(1, 3), progress, "one update per held-out domain");
    assertTrue(r.set().contains("2 domains"), r.set());
  }

  @Test
  void rulesOnlyAndASingleDomainAreRejected() {
    List<AnnotatedCase> one = List.of(refundCase("a", "bank", "Thank you.", Addressed.NO),
        refundCase("b", "bank", "We have refunded the fee.", Addressed.YES));
    assertThrows(IllegalArgumentException.class, () -> ModelsLeaveOneDomainOut.evaluate("dev", one,
        tinyDisapere(), ReplyAudit.defaultAnalyzer(), Progress.NONE));
    List<AnnotatedCase> two = List.of(one.get(0), refundCase("c", "energy", "Thank you.", Addressed.NO));
    assertThrows(IllegalArgumentException.class, () -> ModelsLeaveOneDomainOut.evaluate("dev", two,
        tinyDisapere(), ReplyAudit.builder().rulesOnly().build(), Progress.NONE));
  }

  @Test
  void theShippedConfigurationsAreTheOnesInProvenance() {
    assertEquals("qn-l2-10-bal-c3-p05", ModelsLeaveOneDomainOut.shippedConfig("point-kind").name());
    assertEquals("qn-l2-10-bal-c3-p10", ModelsLeaveOneDomainOut.shippedConfig("reply-act").name());
  }
}
