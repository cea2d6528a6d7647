package org.replyaudit.corpus;

import java.util.Collection;
import java.util.Objects;
import org.replyaudit.Span;

/**
 * The span rule of SCHEMA.md: a predicted span matches a gold span when they overlap by at least
 * half of the shorter span. Exactly half counts. Spans that share no char never match, so an
 * empty span matches nothing (half of zero would otherwise let it match everything).
 */
public final class SpanMatch {
  private SpanMatch() {}

  /** Whether {@code a} and {@code b} match; the rule is symmetric. */
  public static boolean matches(Span a, Span b) {
    Objects.requireNonNull(a, "a");
    Objects.requireNonNull(b, "b");
    int overlap = a.overlap(b);
    // 2 * overlap >= shorter avoids rounding: for a shorter span of 5, an overlap of 3 counts, 2 not.
    return overlap > 0 && 2L * overlap >= Math.min(a.length(), b.length());
  }

  /** Whether {@code span} matches any of {@code others}. */
  public static boolean matchesAny(Span span, Collection<Span> others) {
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(others, "others");
    for (Span o : others) {
      if (matches(span, o)) {
        return true;
      }
    }
    return false;
  }
}
