package org.replyaudit.thread;

import java.util.Objects;
import org.replyaudit.Analysis;

/**
 * One complainant message analysed against one later reply: the pairwise analysis a thread is
 * built from.
 *
 * @param complaintMessage the complainant message's index in the thread
 * @param replyMessage the reply's index in the thread
 * @param analysis {@code ReplyAnalyzer.analyze(complaint, reply)} of the two
 */
public record Exchange(int complaintMessage, int replyMessage, Analysis analysis) {
  /**
   * Checks and copies the components.
   *
   * @param complaintMessage the complainant message's index
   * @param replyMessage the reply's index
   * @param analysis their pairwise analysis
   * @throws NullPointerException if {@code analysis} is null
   */
  public Exchange {
    Objects.requireNonNull(analysis, "analysis");
  }
}
