package org.replyaudit.thread;

import java.util.Locale;

/** Who wrote a message of a thread. */
public enum Party {
  /** The person complaining: their messages raise points. */
  COMPLAINANT,
  /** The organisation complained to: its messages are the replies. */
  RESPONDENT;

  /**
   * The lower-case name used in JSON ({@code "from": "complainant"}).
   *
   * @return {@code complainant} or {@code respondent}
   */
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * The party with this {@link #id()}.
   *
   * @param id {@code complainant} or {@code respondent}
   * @return the party
   * @throws IllegalArgumentException for anything but {@code complainant} or {@code respondent}
   */
  public static Party fromId(String id) {
    for (Party p : values()) {
      if (p.id().equals(id)) {
        return p;
      }
    }
    throw new IllegalArgumentException("a message is from \"complainant\" or \"respondent\", not \"" + id + "\"");
  }
}
