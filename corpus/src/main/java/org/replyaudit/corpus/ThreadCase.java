package org.replyaudit.corpus;

import java.util.List;
import java.util.Objects;
import java.util.stream.IntStream;
import org.replyaudit.thread.Message;
import org.replyaudit.thread.Party;

/**
 * One annotated thread ({@code corpus/THREADS.md}).
 *
 * @param id unique within its file
 * @param domain free-text setting
 * @param respondent the names the organisation uses for itself
 * @param messages the thread, first message the complainant's
 * @param points the gold points that need an answer, each tracked through the later replies
 */
public record ThreadCase(String id, String domain, List<String> respondent, List<Message> messages,
    List<GoldThreadPoint> points) {
  public ThreadCase {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(domain, "domain");
    respondent = List.copyOf(respondent);
    messages = List.copyOf(messages);
    points = List.copyOf(points);
  }

  /** The indexes of the replies, in order. */
  public List<Integer> replies() {
    return IntStream.range(0, messages.size()).filter(i -> messages.get(i).from() == Party.RESPONDENT).boxed().toList();
  }
}
