package org.replyaudit;

/**
 * A half-open range {@code [start, end)} of Java {@code char} offsets into one of the two
 * original texts, exactly as the caller passed it in.
 *
 * <pre>{@code
 * String complaint = "Dear Sir, please refund the fee.";
 * Span s = new Span(10, 32);
 * s.of(complaint);              // "please refund the fee."
 * s.length();                   // 22
 * s.overlap(new Span(0, 16));   // 6: both cover "please"
 * s.toString();                 // "[10,32)"
 * }</pre>
 *
 * @param start the offset of the first char covered
 * @param end the offset just past the last char covered
 */
public record Span(int start, int end) implements Comparable<Span> {
  /**
   * Checks the offsets.
   *
   * @param start the first char's offset
   * @param end the offset just past the last char
   * @throws IllegalArgumentException if {@code start < 0} or {@code end < start}
   */
  public Span {
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("bad span [" + start + ", " + end + ")");
    }
  }

  /**
   * How many chars the span covers: {@code new Span(5, 12).length()} is 7.
   *
   * @return {@code end - start}
   */
  public int length() {
    return end - start;
  }

  /**
   * The covered text of {@code text}.
   *
   * @param text the text the span indexes (the complaint or the reply it came from)
   * @return {@code text.subSequence(start, end)} as a string
   * @throws IndexOutOfBoundsException if the span runs past the end of {@code text}
   */
  public String of(CharSequence text) {
    return text.subSequence(start, end).toString();
  }

  /**
   * How many chars this span shares with {@code other}.
   *
   * @param other another span into the same text
   * @return the shared length, 0 when they do not overlap
   */
  public int overlap(Span other) {
    return Math.max(0, Math.min(end, other.end) - Math.max(start, other.start));
  }

  @Override
  public int compareTo(Span o) {
    return start != o.start ? Integer.compare(start, o.start) : Integer.compare(end, o.end);
  }

  @Override
  public String toString() {
    return "[" + start + "," + end + ")";
  }
}
