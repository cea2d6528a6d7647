package org.replyaudit;

import java.util.Objects;

/**
 * Something the analyzer noticed about its input that a reader of the analysis should know:
 * an empty text, HTML, a text without sentence punctuation, a very long text. Messy input is
 * never an error: it is analysed, and a diagnostic says what was odd about it.
 *
 * <pre>{@code
 * ReplyAudit.analyze("", "Thank you for your letter.").diagnostics();
 * // [Diagnostic[code=complaint.empty, message=the complaint is empty]]
 * }</pre>
 *
 * <p>Codes are {@code complaint.} or {@code reply.} followed by {@code empty}, {@code html},
 * {@code language} (does not look English), {@code no_punctuation}, {@code no_sentences},
 * {@code quoted_lines}, {@code own_quoted_lines}, {@code urls} or {@code very_long}, and
 * {@code complaint.no_points} (nothing in the complaint asks for an answer).
 *
 * @param code a stable machine-readable code, such as {@code complaint.empty}
 * @param message the same in words
 */
public record Diagnostic(String code, String message) {
  /**
   * Checks the components.
   *
   * @param code a stable machine-readable code, such as {@code complaint.empty}
   * @param message the same in words
   * @throws NullPointerException if either is null
   */
  public Diagnostic {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(message, "message");
  }
}
