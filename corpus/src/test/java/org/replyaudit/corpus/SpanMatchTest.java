package org.replyaudit.corpus;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.replyaudit.Span;

class SpanMatchTest {
  @Test
  void overlapOfExactlyHalfTheShorterSpanMatches() {
    // shorter span has length 10, overlap [5,10) = 5 = half
    assertTrue(SpanMatch.matches(new Span(0, 10), new Span(5, 25)));
  }

  @Test
  void overlapJustUnderHalfDoesNotMatch() {
    // shorter span length 10, overlap [6,10) = 4
    assertFalse(SpanMatch.matches(new Span(0, 10), new Span(6, 25)));
  }

  @Test
  void halfOfAnOddLengthIsNotRoundedDown() {
    // shorter span length 5: overlap 2 is under 2.5, overlap 3 is over
    assertFalse(SpanMatch.matches(new Span(0, 5), new Span(3, 20)));
    assertTrue(SpanMatch.matches(new Span(0, 5), new Span(2, 20)));
  }

  @Test
  void aShortSpanInsideALongOneMatches() {
    assertTrue(SpanMatch.matches(new Span(40, 45), new Span(0, 1000)));
  }

  @Test
  void ruleIsSymmetric() {
    Span a = new Span(0, 10);
    Span b = new Span(5, 25);
    assertTrue(SpanMatch.matches(b, a));
  }

  @Test
  void touchingSpansDoNotMatch() {
    assertFalse(SpanMatch.matches(new Span(0, 10), new Span(10, 20)));
  }

  @Test
  void emptySpanMatchesNothing() {
    assertFalse(SpanMatch.matches(new Span(5, 5), new Span(0, 10)));
  }
}
