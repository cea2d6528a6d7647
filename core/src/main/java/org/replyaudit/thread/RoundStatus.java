package org.replyaudit.thread;

import java.util.List;
import java.util.Objects;
import org.replyaudit.ClaimLink;
import org.replyaudit.Status;

/**
 * How one reply dealt with one thread point: the best status the pairwise analyses gave it,
 * over every message that had raised the point before this reply.
 *
 * @param round the reply's number among the replies, from 1
 * @param message the reply's index in the thread
 * @param status answered, partly or unanswered, in this reply alone
 * @param answeredBy the reply sentences that deal with it (spans into that reply), best first
 */
public record RoundStatus(int round, int message, Status status, List<ClaimLink> answeredBy) {
  /**
   * Checks and copies the components.
   *
   * @param round the reply's number among the replies
   * @param message the reply's index
   * @param status the point's status in this reply
   * @param answeredBy the reply sentences that deal with it (copied)
   * @throws NullPointerException if the status or list is null
   */
  public RoundStatus {
    Objects.requireNonNull(status, "status");
    answeredBy = List.copyOf(answeredBy);
  }
}
