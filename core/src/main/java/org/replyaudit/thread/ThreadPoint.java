package org.replyaudit.thread;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.replyaudit.Point;
import org.replyaudit.Status;

/**
 * One point of a complainant message, tracked through every later reply.
 *
 * @param number its number in the thread, from 1, in the order points were first raised
 * @param message the index of the complainant message that first raised it
 * @param point the point as the pairwise analysis found it in that message (span, text, kind)
 * @param reraised later complainant messages raising it again, in order
 * @param rounds how each reply after it dealt with it, in order
 * @param status after the last reply: answered when some reply after its latest raising answered
 *     it in full, else partly when one partly answered it, else unanswered
 * @param answeredIn the index of the reply that answered it (after its latest raising), if any
 * @param contradiction a later reply contradicting an earlier reply's answer to it, if found
 * @param why the status in words
 */
public record ThreadPoint(int number, int message, Point point, List<Raise> reraised, List<RoundStatus> rounds,
    Status status, Optional<Integer> answeredIn, Optional<Contradiction> contradiction, String why) {
  /**
   * Checks and copies the components.
   *
   * @param number its number, from 1
   * @param message the index of the message that first raised it
   * @param point the point where first raised
   * @param reraised later raisings (copied)
   * @param rounds its status in each later reply (copied)
   * @param status its status after the last reply
   * @param answeredIn the reply that answered it, if any
   * @param contradiction a contradiction found, if any
   * @param why the status in words
   * @throws NullPointerException if a component is null
   */
  public ThreadPoint {
    Objects.requireNonNull(point, "point");
    reraised = List.copyOf(reraised);
    rounds = List.copyOf(rounds);
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(answeredIn, "answeredIn");
    Objects.requireNonNull(contradiction, "contradiction");
    Objects.requireNonNull(why, "why");
  }

  /**
   * Whether it is still open after the last reply (not answered in full).
   *
   * @return true unless answered
   */
  public boolean open() {
    return status != Status.ANSWERED;
  }

  /**
   * Its status just after the reply at thread index {@code replyMessage}: answered when some reply
   * after its latest raising before then, up to and including that reply, answered it in full;
   * else partly when one partly answered it; else unanswered. Empty when the point was first
   * raised after that reply.
   *
   * @param replyMessage a reply's index in the thread
   * @return the status then, or empty
   */
  public Optional<Status> statusAfter(int replyMessage) {
    if (message >= replyMessage) {
      return Optional.empty();
    }
    int latest = message;
    for (Raise r : reraised) {
      if (r.message() < replyMessage) {
        latest = r.message();
      }
    }
    Status best = Status.UNANSWERED;
    for (RoundStatus r : rounds) {
      if (r.message() > latest && r.message() <= replyMessage && rank(r.status()) > rank(best)) {
        best = r.status();
      }
    }
    return Optional.of(best);
  }

  /** Answered over partly over unanswered. */
  static int rank(Status s) {
    return switch (s) {
      case ANSWERED -> 2;
      case PARTLY -> 1;
      case UNANSWERED, NOT_REQUIRED -> 0;
    };
  }

  /**
   * The index of the latest complainant message that raised it.
   *
   * @return the message's index
   */
  public int lastRaised() {
    return reraised.isEmpty() ? message : reraised.get(reraised.size() - 1).message();
  }
}
