package org.replyaudit.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.replyaudit.PointKind;
import org.replyaudit.ReplyAnalyzer;
import org.replyaudit.ReplyAudit;
import org.replyaudit.Span;

class LeaveOneDomainOutTest {
  private static final Progress QUIET = (done, total, rate) -> { };

  private static AnnotatedCase refundCase(String id, String domain, String reply,
      Addressed addressed) {
    String complaint = "You charged me a £40 fee. Please refund the £40 fee to my account.";
    int start = complaint.indexOf("Please refund");
    GoldPoint point = new GoldPoint(new Span(start, complaint.length()), PointKind.REQUEST,
        addressed, List.of());
    return new AnnotatedCase(id, domain, List.of(), complaint, reply, List.of(point), List.of(),
        List.of());
  }

  @Test
  void oneDomainIsRejected() {
    AnnotatedCase c = refundCase("a", "bank", "Thank you for your letter.", Addressed.NO);
    assertThrows(IllegalArgumentException.class,
        () -> LeaveOneDomainOut.evaluate(List.of(c), ReplyAudit.defaultAnalyzer(), QUIET));
  }

  @Test
  void eachDomainIsScoredWithTheThresholdsChosenOnTheOthers() {
    List<AnnotatedCase> cases = List.of(
        refundCase("a", "bank", "Thank you for your letter.", Addressed.NO),
        refundCase("b", "energy", "We have refunded the £40 fee to your account.", Addressed.YES),
        refundCase("c", "telecom", "We will look at fees in our next review.", Addressed.NO));
    LeaveOneDomainOut.Result r =
        LeaveOneDomainOut.evaluate(cases, ReplyAudit.defaultAnalyzer(), QUIET);
    assertEquals(3, r.domains());
    assertEquals(List.of("bank", "energy", "telecom"), List.copyOf(r.chosen().keySet()));
    // Re-score every held-out case by hand with the thresholds reported for its domain.
    Prf expected = Prf.ZERO;
    for (AnnotatedCase c : cases) {
      String[] t = r.chosen().get(c.domain()).split("/");
      ReplyAnalyzer a = ReplyAudit.builder().answeredThreshold(Double.parseDouble(t[0]))
          .partlyThreshold(Double.parseDouble(t[1])).build();
      expected = expected.plus(Evaluator.unanswered(
          new EvaluatedPair(c, a.analyze(c.complaint(), c.reply())), false));
    }
    assertEquals(expected, r.unanswered());
  }
}
