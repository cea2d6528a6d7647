package org.replyaudit;

import java.util.Objects;

/**
 * Something the analyzer noticed about its input that a reader of the analysis should know:
 * an empty text, HTML, a text without sentence punctuation, a very long text.
 *
 * @param code a stable machine-readable code, such as {@code complaint.empty}
 * @param message the same in words
 */
public record Diagnostic(String code, String message) {
  public Diagnostic {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(message, "message");
  }
}
