package org.replyaudit.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.replyaudit.Point;
import org.replyaudit.PointKind;
import org.replyaudit.ReplyAudit;
import org.replyaudit.Span;
import org.replyaudit.Status;
import org.replyaudit.thread.Raise;
import org.replyaudit.thread.ThreadPoint;

class ThreadEvaluatorTest {
  private static ThreadPoint predicted(int message, Span span, Raise... raises) {
    Point p = new Point(span, "x".repeat(span.length()), PointKind.REQUEST, Status.UNANSWERED, List.of(), "");
    return new ThreadPoint(1, message, p, List.of(raises), List.of(), Status.UNANSWERED, Optional.empty(),
        Optional.empty(), "");
  }

  private static GoldThreadPoint gold(int message, Span span, GoldThreadPoint.Occurrence... raises) {
    return new GoldThreadPoint(message, span, PointKind.REQUEST, Map.of(), List.of(raises), List.of());
  }

  @Test
  void aPredictedPointMatchesAGoldOneThroughAnyOccurrenceInTheSameMessage() {
    GoldThreadPoint g = gold(0, new Span(0, 20), new GoldThreadPoint.Occurrence(2, new Span(10, 30)));
    // Raised first in a sentence the gold does not mark, but restated where the gold's re-raise is.
    ThreadPoint viaRaise = predicted(0, new Span(40, 60), new Raise(2, new Span(12, 30), "", 0.6));
    assertEquals(new Prf(1, 1, 1, 1), ThreadEvaluator.count(List.of(viaRaise), List.of(g)));
    // The same offsets in another message are another sentence.
    ThreadPoint elsewhere = predicted(1, new Span(0, 20));
    assertEquals(new Prf(1, 0, 1, 0), ThreadEvaluator.count(List.of(elsewhere), List.of(g)));
    // Less than half of the shorter span shared: no match (the span rule).
    ThreadPoint barely = predicted(0, new Span(15, 60));
    assertEquals(new Prf(1, 0, 1, 0), ThreadEvaluator.count(List.of(barely), List.of(g)));
  }

  @Test
  void theBundledThreadsGiveARowPerReplyAndTheSummaryRows() throws IOException {
    List<ThreadCase> threads = BundledExamples.threads("threads.jsonl");
    ThreadResult r = ThreadEvaluator.evaluate("threads", threads, ReplyAudit.defaultAnalyzer(), Progress.NONE);
    int maxReplies = threads.stream().mapToInt(t -> t.replies().size()).max().orElseThrow();
    for (int k = 1; k <= maxReplies; k++) {
      assertTrue(r.row("open after reply " + k).gold() > 0, "reply " + k);
    }
    Prf pooled = r.row("open after every reply (pooled)");
    int goldOpen = 0;
    for (ThreadCase t : threads) {
      for (int m : t.replies()) {
        goldOpen += (int) t.points().stream().filter(g -> g.openAfter(m).orElse(false)).count();
      }
    }
    assertEquals(goldOpen, pooled.gold(), "the pooled row counts every gold point open after every reply");
    assertEquals(threads.stream().mapToInt(t -> t.points().stream().mapToInt(p -> p.reraised().size()).sum()).sum(),
        r.row("raised again").gold());
    assertTrue(r.toMarkdown().contains("| open at the end of the thread |"), r.toMarkdown());
  }
}
