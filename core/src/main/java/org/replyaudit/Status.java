package org.replyaudit;

import java.util.Locale;

/**
 * How far the reply deals with one complaint point. Every point has exactly one: a point of
 * kind {@link PointKind#CONTEXT} is always {@link #NOT_REQUIRED}, every other point is
 * {@link #ANSWERED}, {@link #PARTLY} or {@link #UNANSWERED}.
 */
public enum Status {
  /** Some reply claim deals with the point itself. */
  ANSWERED,
  /** The reply touches the point but leaves its substance (the remedy, the answer) open. */
  PARTLY,
  /** No reply claim deals with the point. */
  UNANSWERED,
  /** A context point: background that needs no answer, so it is never unanswered. */
  NOT_REQUIRED;

  /**
   * The lower-case name used in JSON and the annotated cases.
   *
   * @return the name in lower case: {@code NOT_REQUIRED.id()} is {@code "not_required"}
   */
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }
}
