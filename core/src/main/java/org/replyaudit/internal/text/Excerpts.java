package org.replyaudit.internal.text;

/** How findings quote the letters. */
public final class Excerpts {
  private Excerpts() {}

  /** The text's first 80 characters with runs of white space as one space, "..." when cut. */
  public static String excerpt(String text) {
    // strip().replaceAll("\\s+", " ") by hand: this runs for every finding and link described,
    // and only the first 80 characters of the collapsed text are ever kept.
    int from = 0;
    int to = text.length();
    while (from < to && Character.isWhitespace(text.charAt(from))) {
      from++;
    }
    while (to > from && Character.isWhitespace(text.charAt(to - 1))) {
      to--;
    }
    StringBuilder t = new StringBuilder(84);
    for (int i = from; i < to && t.length() <= 80; i++) {
      char ch = text.charAt(i);
      if (isRegexSpace(ch)) {
        if (i == from || !isRegexSpace(text.charAt(i - 1))) {
          t.append(' ');
        }
      } else {
        t.append(ch);
      }
    }
    return t.length() <= 80 ? t.toString()
        : t.substring(0, Character.isHighSurrogate(t.charAt(76)) ? 76 : 77) + "...";
  }

  /** What {@code \\s} matches in a Java regex (ASCII whitespace only). */
  private static boolean isRegexSpace(char ch) {
    return ch == ' ' || ch == '\t' || ch == '\n' || ch == '\013' || ch == '\f' || ch == '\r';
  }

}
