package org.replyaudit.corpus;

import java.util.Objects;
import org.replyaudit.Span;

/** Finds the span of a quote in a text, the way SCHEMA.md defines it. */
final class Quotes {
  private Quotes() {}

  /**
   * The span of the {@code occurrence}-th (1-based) occurrence of {@code quote} in {@code text}.
   * Occurrences are counted from every start position, so overlapping repeats count separately.
   *
   * @throws IllegalArgumentException if the quote is empty, the occurrence is below 1, or the
   *     text holds fewer occurrences; the message says how many there are
   */
  static Span locate(String text, String quote, int occurrence) {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(quote, "quote");
    if (quote.isEmpty()) {
      throw new IllegalArgumentException("quote is empty");
    }
    if (occurrence < 1) {
      throw new IllegalArgumentException("occurrence must be at least 1: " + occurrence);
    }
    int from = 0;
    int found = 0;
    while (true) {
      int at = text.indexOf(quote, from);
      if (at < 0) {
        break;
      }
      found++;
      if (found == occurrence) {
        return new Span(at, at + quote.length());
      }
      from = at + 1;
    }
    if (found == 0) {
      throw new IllegalArgumentException("quote " + shorten(quote) + " is not in the text");
    }
    throw new IllegalArgumentException("occurrence " + occurrence + " of quote " + shorten(quote)
        + " requested but the text holds only " + found);
  }

  /** A quote cut to a readable length for error messages. */
  static String shorten(String quote) {
    String q = quote.length() > 60 ? quote.substring(0, 57) + "..." : quote;
    return "\"" + q.replace("\n", "\\n") + "\"";
  }
}
