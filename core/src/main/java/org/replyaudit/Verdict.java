package org.replyaudit;

import java.util.Locale;

/** The reply as a whole. */
public enum Verdict {
  /** Every point that needs an answer was answered (or there were none). */
  ANSWERED,
  /** Some points were answered or partly answered, some not. */
  PARTLY,
  /** No point that needs an answer was even partly answered. */
  UNANSWERED;

  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }
}
