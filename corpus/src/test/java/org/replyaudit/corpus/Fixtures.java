package org.replyaudit.corpus;

import java.util.Arrays;
import java.util.List;
import org.replyaudit.Analysis;
import org.replyaudit.ClaimLink;
import org.replyaudit.Finding;
import org.replyaudit.Label;
import org.replyaudit.Point;
import org.replyaudit.PointKind;
import org.replyaudit.ReplyClaim;
import org.replyaudit.Span;
import org.replyaudit.Status;
import org.replyaudit.Verdict;

/** Hand-built gold cases and analyses over fixed dummy texts. */
final class Fixtures {
  static final String COMPLAINT = "c".repeat(200);
  static final String REPLY = "r".repeat(200);

  private Fixtures() {}

  static Span span(int start, int end) {
    return new Span(start, end);
  }

  static GoldPoint gold(int start, int end, PointKind kind, Addressed addressed) {
    return new GoldPoint(span(start, end), kind, addressed, List.of());
  }

  static GoldReplyItem item(int start, int end, Label... labels) {
    return new GoldReplyItem(span(start, end), java.util.Set.of(labels));
  }

  static AnnotatedCase goldCase(List<GoldPoint> points, List<GoldReplyItem> items,
      List<GoldAlignment> alignments) {
    return new AnnotatedCase("t", "test", List.of(), COMPLAINT, REPLY, points, items, alignments);
  }

  static Point point(int start, int end, Status status) {
    PointKind kind = status == Status.NOT_REQUIRED ? PointKind.CONTEXT : PointKind.REQUEST;
    return new Point(span(start, end), COMPLAINT.substring(start, end), kind, status, List.of(),
        "test");
  }

  static ReplyClaim claim(int start, int end, List<ClaimLink> closest, Label... labels) {
    List<Finding> findings = Arrays.stream(labels).map(l -> new Finding(l, "test", List.of()))
        .toList();
    return new ReplyClaim(span(start, end), REPLY.substring(start, end), findings, closest);
  }

  static ClaimLink link(int start, int end, double score) {
    return new ClaimLink(span(start, end), score);
  }

  static Analysis analysis(List<Point> points, List<ReplyClaim> claims) {
    return new Analysis(COMPLAINT, REPLY, points, claims, List.of(), Verdict.PARTLY, 0.5, List.of());
  }

  static EvaluatedPair pair(AnnotatedCase gold, Analysis predicted) {
    return new EvaluatedPair(gold, predicted);
  }
}
