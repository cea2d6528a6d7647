package org.replyaudit;

import java.util.Locale;

/** How an analyzer reads meaning. */
public enum Mode {
  /** Words only: shared terms, their weights and related words. No encoder is loaded. */
  LEXICAL,
  /**
   * Words and a {@link SentenceEncoder}: decisions also read how close two sentences are in
   * meaning. Needs an encoder ({@code replyaudit-semantic} on the class path, or
   * {@code ReplyAudit.builder().encoder(…)}).
   */
  SEMANTIC;

  /**
   * The lower-case name used on the command line and in JSON.
   *
   * @return the name in lower case: {@code SEMANTIC.id()} is {@code "semantic"}
   */
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * The mode with this {@link #id()}, ignoring case.
   *
   * @param id a mode's id, such as {@code "lexical"}
   * @return the mode
   * @throws IllegalArgumentException if no mode has that id
   * @throws NullPointerException if {@code id} is null
   */
  public static Mode fromId(String id) {
    return valueOf(id.toUpperCase(Locale.ROOT));
  }
}
