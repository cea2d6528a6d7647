package org.replyaudit;

import java.util.Locale;

/** How far the reply deals with one complaint point. Every point has exactly one. */
public enum Status {
  /** Some reply claim deals with the point itself. */
  ANSWERED,
  /** The reply touches the point but leaves its substance (the remedy, the answer) open. */
  PARTLY,
  /** No reply claim deals with the point. */
  UNANSWERED,
  /** A context point: background that needs no answer, so it is never unanswered. */
  NOT_REQUIRED;

  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }
}
