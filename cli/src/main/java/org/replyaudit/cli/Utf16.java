package org.replyaudit.cli;

/** Text that any UTF-8 writer can encode. */
final class Utf16 {
  private Utf16() {}

  /**
   * {@code s} with every lone surrogate (half of a pair, as "\ud800" in JSON gives) replaced by
   * U+FFFD, the replacement character; {@code s} itself when it has none (most texts).
   *
   * <pre>{@code
   * wellFormed("a\uD800b")      -> "a\uFFFDb"
   * wellFormed("\uD83D\uDE00")  -> "\uD83D\uDE00" (a pair: kept)
   * }</pre>
   */
  static String wellFormed(String s) {
    int i = 0;
    int n = s.length();
    while (i < n && !Character.isSurrogate(s.charAt(i))) {
      i++;
    }
    if (i == n) {
      return s;
    }
    StringBuilder b = new StringBuilder(n).append(s, 0, i);
    for (; i < n; i++) {
      char c = s.charAt(i);
      if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(s.charAt(i + 1))) {
        b.append(c).append(s.charAt(++i));
      } else {
        b.append(Character.isSurrogate(c) ? '\uFFFD' : c);
      }
    }
    return b.toString();
  }
}
