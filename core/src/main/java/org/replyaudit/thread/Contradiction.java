package org.replyaudit.thread;

import java.util.Objects;
import org.replyaudit.Span;

/**
 * A later reply saying the opposite of what an earlier reply said about the same point. Found by
 * a heuristic (see {@link ThreadAnalyzer}): the two answering sentences share most of their
 * content words and exactly one of them is negated.
 *
 * @param earlierMessage the earlier reply's index in the thread
 * @param earlier the earlier reply's sentence (a span into that reply)
 * @param earlierText its text
 * @param laterMessage the later reply's index
 * @param later the later reply's sentence
 * @param laterText its text
 * @param why what the heuristic saw
 */
public record Contradiction(int earlierMessage, Span earlier, String earlierText, int laterMessage, Span later,
    String laterText, String why) {
  /**
   * Checks and copies the components.
   *
   * @param earlierMessage the earlier reply's index
   * @param earlier the earlier reply's sentence
   * @param earlierText its text
   * @param laterMessage the later reply's index
   * @param later the later reply's sentence
   * @param laterText its text
   * @param why what the heuristic saw
   * @throws NullPointerException if a span or text is null
   */
  public Contradiction {
    Objects.requireNonNull(earlier, "earlier");
    Objects.requireNonNull(earlierText, "earlierText");
    Objects.requireNonNull(later, "later");
    Objects.requireNonNull(laterText, "laterText");
    Objects.requireNonNull(why, "why");
  }
}
