package org.replyaudit.internal.anchors;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.replyaudit.Span;

class QuotedLineCheckTest {
  /** The expression the loop replaced: it recursed once per marker and overflowed the stack. */
  private static final Pattern MARKERS = Pattern.compile("[ \\t]{0,3}(?:>[ \\t]?)+");

  @Test
  void contentStartAgreesWithTheMarkerExpressionOnEveryShortLine() {
    char[] alphabet = {' ', '\t', '>', 'a'};
    int checked = 0;
    for (int length = 0; length <= 7; length++) {
      int combinations = (int) Math.pow(alphabet.length, length);
      for (int k = 0; k < combinations; k++) {
        StringBuilder line = new StringBuilder();
        for (int i = 0, rest = k; i < length; i++, rest /= alphabet.length) {
          line.append(alphabet[rest % alphabet.length]);
        }
        // Embedded in a longer text, so the line's offsets are not the text's.
        String text = "x\n" + line + "\ny";
        Span span = new Span(2, 2 + length);
        Matcher m = MARKERS.matcher(text).region(span.start(), span.end());
        int expected = m.lookingAt() ? m.end() : span.start();
        assertEquals(expected, QuotedLineCheck.contentStart(text, span), () -> "line \"" + line + "\"");
        checked++;
      }
    }
    assertEquals((int) ((Math.pow(4, 8) - 1) / 3), checked);
  }

  @Test
  void aLineOfAHundredThousandMarkersIsReadWithoutRecursion() {
    String text = "> ".repeat(100_000) + "quoted";
    assertEquals(text.length() - "quoted".length(), QuotedLineCheck.contentStart(text, new Span(0, text.length())));
  }
}
