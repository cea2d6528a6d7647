package org.replyaudit.thread;

import java.util.Objects;
import org.replyaudit.Span;

/**
 * A later complainant message raising a point again.
 *
 * @param message the index of that message in the thread
 * @param span where the restated point stands in that message
 * @param text the restated point
 * @param overlap the share of the shorter point's content words the two share, in {@code [0, 1]}
 */
public record Raise(int message, Span span, String text, double overlap) {
  /**
   * Checks and copies the components.
   *
   * @param message the later message's index
   * @param span where the restatement stands in it
   * @param text the restatement
   * @param overlap the shared share of content words
   * @throws NullPointerException if the span or text is null
   */
  public Raise {
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(text, "text");
  }
}
