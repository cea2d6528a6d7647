package org.replyaudit.thread;

import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.replyaudit.Analysis;

/**
 * What ReplyAudit found in a complaint thread: every point of every complainant message, tracked
 * through the replies that followed it. Immutable.
 *
 * <pre>{@code
 * ThreadAnalysis t = ReplyAudit.analyzeThread(List.of(
 *     Message.complainant(complaint), Message.respondent(reply), Message.complainant(followUp),
 *     Message.respondent(secondReply)));
 * t.open().forEach(p -> System.out.println("Still open: " + p.point().text() + " — " + p.why()));
 * String letter = FollowUp.letter(t);   // the next follow-up, from what is still open
 * }</pre>
 *
 * @param messages the thread as given
 * @param exchanges every complainant message analysed against every later reply, in thread order
 * @param points every point that needs an answer, numbered in the order first raised
 */
public record ThreadAnalysis(List<Message> messages, List<Exchange> exchanges, List<ThreadPoint> points) {
  /**
   * Checks and copies the components.
   *
   * @param messages the thread (copied)
   * @param exchanges the pairwise analyses (copied)
   * @param points the tracked points (copied)
   * @throws NullPointerException if a list is null
   */
  public ThreadAnalysis {
    messages = List.copyOf(messages);
    exchanges = List.copyOf(exchanges);
    points = List.copyOf(points);
  }

  /**
   * The points still open after the last reply: not answered in full since they were last raised.
   *
   * @return those points, in the order first raised
   */
  public List<ThreadPoint> open() {
    return points.stream().filter(ThreadPoint::open).toList();
  }

  /**
   * The points some later reply contradicted an earlier reply about.
   *
   * @return those points, in the order first raised
   */
  public List<ThreadPoint> contradicted() {
    return points.stream().filter(p -> p.contradiction().isPresent()).toList();
  }

  /**
   * The indexes of the replies (respondent messages), in order: reply k is {@code replies().get(k - 1)}.
   *
   * @return the respondent messages' indexes
   */
  public List<Integer> replies() {
    return IntStream.range(0, messages.size()).filter(i -> messages.get(i).from() == Party.RESPONDENT)
        .boxed().toList();
  }

  /**
   * The points open just after reply {@code round} (from 1): raised before it and not answered
   * in full by a reply after their latest raising, up to and including this one.
   *
   * @param round the reply's number, from 1
   * @return those points, in the order first raised
   * @throws IllegalArgumentException if there is no such reply
   */
  public List<ThreadPoint> openAfter(int round) {
    List<Integer> replies = replies();
    if (round < 1 || round > replies.size()) {
      throw new IllegalArgumentException("the thread has " + replies.size() + " repl"
          + (replies.size() == 1 ? "y" : "ies") + "; no reply " + round);
    }
    int m = replies.get(round - 1);
    return points.stream().filter(p -> p.message() < m)
        .filter(p -> p.statusAfter(m).map(s -> s != org.replyaudit.Status.ANSWERED).orElse(true)).toList();
  }

  /**
   * The pairwise analysis of complainant message {@code complaint} against reply {@code reply}.
   *
   * @param complaint the complainant message's index
   * @param reply the reply's index
   * @return the analysis, or empty when there is no such pair
   */
  public Optional<Analysis> analysis(int complaint, int reply) {
    return exchanges.stream().filter(e -> e.complaintMessage() == complaint && e.replyMessage() == reply)
        .map(Exchange::analysis).findFirst();
  }

  /**
   * The exchange of the reply at thread index {@code replyMessage} with the complainant message
   * just before it: what that reply most directly answers, and what a checklist of it reads.
   * Empty when {@code replyMessage} is not a reply.
   *
   * @param replyMessage the reply's index in the thread
   * @return the exchange, or empty
   */
  public Optional<Exchange> exchangeFor(int replyMessage) {
    for (int c = replyMessage - 1; c >= 0; c--) {
      if (messages.get(c).from() == Party.COMPLAINANT) {
        int complaint = c;
        return exchanges.stream()
            .filter(e -> e.complaintMessage() == complaint && e.replyMessage() == replyMessage).findFirst();
      }
    }
    return Optional.empty();
  }

}
