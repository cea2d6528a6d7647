package org.replyaudit.corpus;

import java.util.List;
import java.util.Objects;
import org.replyaudit.Span;
import org.replyaudit.checklist.ElementStatus;

/**
 * The gold status of one checklist element in one reply.
 *
 * @param status present, absent or not applicable
 * @param spans the reply quotes that show it (present only; at least one then)
 */
public record GoldElement(ElementStatus status, List<Span> spans) {
  public GoldElement {
    Objects.requireNonNull(status, "status");
    spans = List.copyOf(spans);
  }
}
