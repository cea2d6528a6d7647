package org.replyaudit.spark;

import java.util.List;

/**
 * One pair as the analyzer takes it.
 *
 * @param id the caller's id, or null
 * @param complaint the complaint's text
 * @param reply the reply's text
 * @param respondent names the respondent uses for itself in this pair (may hold blanks, which the
 *     analyzer drops)
 */
record Pair(String id, String complaint, String reply, List<String> respondent) {
  /** A pair that cannot be analysed: its id when known, and why. */
  static final class Unreadable extends Exception {
    private static final long serialVersionUID = 1L;
    final String id;

    Unreadable(String id, String message) {
      super(message, null, false, false);
      this.id = id;
    }
  }
}
