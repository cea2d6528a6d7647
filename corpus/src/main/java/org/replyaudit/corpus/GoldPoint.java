package org.replyaudit.corpus;

import java.util.List;
import java.util.Objects;
import org.replyaudit.PointKind;
import org.replyaudit.Span;

/**
 * One annotated complaint point.
 *
 * @param span where the point stands in the complaint
 * @param kind what it asks of the reply
 * @param addressed how far the gold annotation says the reply deals with it
 * @param by spans in the reply of the sentences that address it
 */
public record GoldPoint(Span span, PointKind kind, Addressed addressed, List<Span> by) {
  public GoldPoint {
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(addressed, "addressed");
    by = List.copyOf(Objects.requireNonNull(by, "by"));
  }

  /** Whether a fair reply had to deal with this point (every kind but context). */
  public boolean needsAnswer() {
    return kind.needsAnswer();
  }
}
