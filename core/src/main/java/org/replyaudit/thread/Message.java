package org.replyaudit.thread;

import java.util.Objects;

/**
 * One message of a complaint thread: a complaint, a reply, a follow-up, a further reply….
 *
 * @param from who wrote it
 * @param text the message exactly as written; spans into it index this text
 */
public record Message(Party from, String text) {
  /**
   * Checks and copies the components.
   *
   * @param from who wrote it
   * @param text the message as written
   * @throws NullPointerException if either is null
   */
  public Message {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(text, "text");
  }

  /**
   * A message from the complainant.
   *
   * @param text the message as written
   * @return the message
   */
  public static Message complainant(String text) {
    return new Message(Party.COMPLAINANT, text);
  }

  /**
   * A message from the respondent (a reply).
   *
   * @param text the message as written
   * @return the message
   */
  public static Message respondent(String text) {
    return new Message(Party.RESPONDENT, text);
  }
}
