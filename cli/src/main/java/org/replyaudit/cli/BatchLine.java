package org.replyaudit.cli;

import java.util.List;
import org.replyaudit.thread.Message;

/**
 * One line of {@code batch} input, read exactly as {@code batch} reads it: a pair or a thread to
 * analyse, or the reason the line cannot be analysed, in {@code batch}'s words. For jobs that
 * read the same input elsewhere (replyaudit-spark), so that they accept and refuse exactly what
 * {@code batch} does.
 *
 * <pre>{@code
 * BatchLine.read("{\"id\": \"a\", \"complaint\": \"Why?\", \"reply\": \"Because.\"}")  → Pair[id=a, …]
 * BatchLine.read("{\"id\": \"a\", \"complaint\": \"Why?\"}")  → Rejected[id=a, message=missing field "reply"]
 * BatchLine.read("")                                        → Rejected[id=null, message=empty line]
 * }</pre>
 */
public sealed interface BatchLine {
  /**
   * A complaint and its reply.
   *
   * @param id the line's id, or null
   * @param complaint the complaint
   * @param reply the reply
   * @param respondent the respondent names the line gives
   */
  record Pair(String id, String complaint, String reply, List<String> respondent) implements BatchLine {}

  /**
   * A thread of messages.
   *
   * @param id the line's id, or null
   * @param messages the messages, the first the complainant's
   * @param respondent the respondent names the line gives
   */
  record Thread(String id, List<Message> messages, List<String> respondent) implements BatchLine {}

  /**
   * A line that cannot be analysed.
   *
   * @param id the line's id if one was read, or null
   * @param message why, in {@code batch}'s words
   */
  record Rejected(String id, String message) implements BatchLine {}

  /**
   * Reads one line.
   *
   * @param line the line, without its line break
   * @return what it holds
   */
  static BatchLine read(String line) {
    Object parsed = BatchLines.parse(0, line);
    if (parsed instanceof BatchLines.Request r) {
      return r.messages() != null ? new Thread(r.id(), r.messages(), r.respondent())
          : new Pair(r.id(), r.complaint(), r.reply(), r.respondent());
    }
    BatchLines.Rejected rejected = (BatchLines.Rejected) parsed;
    return new Rejected(rejected.id(), rejected.message());
  }
}
