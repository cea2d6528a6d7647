package org.replyaudit;

import java.util.List;
import java.util.Objects;

/**
 * One claim of the complaint and how far the reply deals with it.
 *
 * @param span where it stands in the complaint
 * @param text the covered text
 * @param kind what it asks of the reply
 * @param status how far the reply deals with it
 * @param answeredBy the reply claims that deal with it, best first (empty when unanswered)
 * @param why a short explanation of the status, naming the evidence
 */
public record Point(
    Span span, String text, PointKind kind, Status status, List<ClaimLink> answeredBy, String why) {
  /**
   * Checks and copies the components.
   *
   * @param span where it stands in the complaint
   * @param text the covered text
   * @param kind what it asks of the reply
   * @param status how far the reply deals with it
   * @param answeredBy the reply claims that deal with it, best first (copied)
   * @param why a short explanation of the status
   * @throws NullPointerException if any component is null
   * @throws IllegalArgumentException if the status does not fit the kind: a context point is
   *     always {@link Status#NOT_REQUIRED}, and only a context point is
   */
  public Point {
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(status, "status");
    answeredBy = List.copyOf(answeredBy);
    Objects.requireNonNull(why, "why");
    if (kind == PointKind.CONTEXT && status != Status.NOT_REQUIRED) {
      throw new IllegalArgumentException("a context point's status is NOT_REQUIRED");
    }
    if (kind != PointKind.CONTEXT && status == Status.NOT_REQUIRED) {
      throw new IllegalArgumentException("a " + kind.id() + " point needs an answer");
    }
  }
}
