package org.replyaudit.internal.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.replyaudit.Span;

/**
 * Pipeline stage {@code clean}: blanks out what is not prose (HTML tags and entities, URLs, quoted lines, control
 * characters) without moving a single offset, so spans found later index the caller's text.
 */
public final class TextCleaner {
  // Markup is only stripped when it is clearly HTML: a lone "<" in a letter is prose.
  private static final Pattern HTML_HINT = Pattern.compile(
      "(?i)</?(p|br|div|html|body|span|a|table|td|tr|li|ul|ol|b|i|strong|em|h[1-6]|font|head|meta|script|style)\\b[^>]{0,500}>");
  private static final Pattern TAG = Pattern.compile("<[^<>]{0,2000}>");
  private static final Pattern BLOCK_TAG = Pattern.compile("(?i)</?(p|br|div|li|tr|h[1-6]|table|ul|ol)\\b.*");
  private static final Pattern ENTITY = Pattern.compile("&(#\\d{1,7}|#x[0-9a-fA-F]{1,6}|[a-zA-Z]{2,8});");
  private static final Pattern URL = Pattern.compile("(?i)\\b(?:https?://|www\\.)[^\\s<>\"]{1,2000}");
  private static final Pattern QUOTED_LINE = Pattern.compile("(?m)^[ \\t]{0,3}>[^\\n]{0,100000}");

  public CleanText clean(String text) {
    char[] masked = text.toCharArray();
    // Each pattern below needs a character most letters lack ('<' for markup, '>' for a quoted
    // line, "://" or "www." for a URL); looking for it first spares a regex scan of the whole text,
    // which was most of this stage's cost. The results are the same: no such character, no match.
    boolean html = text.indexOf('<') >= 0 && HTML_HINT.matcher(text).find();
    if (html) {
      blankScripts(text, masked);
      Matcher tag = TAG.matcher(text);
      while (tag.find()) {
        fill(masked, tag.start(), tag.end(), ' ');
        // A block tag ends a paragraph: leave a line break where it stood.
        if (BLOCK_TAG.matcher(text.substring(tag.start() + 1, tag.end())).matches()) {
          masked[tag.start()] = '\n';
          if (tag.end() - tag.start() > 1) {
            masked[tag.start() + 1] = '\n';
          }
        }
      }
      blank(masked, ENTITY.matcher(text), false);
    }
    List<Span> urls = mayHoldUrl(text) ? blank(masked, URL.matcher(text), true) : List.of();
    List<Span> quoted = text.indexOf('>') >= 0 ? blank(masked, QUOTED_LINE.matcher(text), false) : List.of();
    for (int i = 0; i < masked.length; i++) {
      char c = masked[i];
      if ((Character.isISOControl(c) && c != '\n' && c != '\t')
          || Character.isSurrogate(c) && !validSurrogate(text, i)) {
        // A lone CR is an old-style line break; the CR of a CRLF is just padding.
        boolean crlf = c == '\r' && i + 1 < masked.length && text.charAt(i + 1) == '\n';
        masked[i] = c == '\r' && !crlf ? '\n' : ' ';
      } else if (c == '\u00A0' || c == '\u2028' || c == '\u2029') {
        masked[i] = c == '\u00A0' ? ' ' : '\n';
      }
    }
    return new CleanText(text, new String(masked), urls, quoted, html, List.of());
  }

  /**
   * Blanks script and style elements, content included. Scans with indexOf, not a regex, so a
   * text full of unclosed "<script" tags still costs linear time.
   */
  private static void blankScripts(String text, char[] masked) {
    String lower = text.toLowerCase(Locale.ROOT);
    if (lower.length() != text.length()) {
      return; // case folding changed offsets (rare scripts); tags are still blanked one by one
    }
    for (String tag : new String[] {"script", "style"}) {
      int from = 0;
      while (true) {
        int open = lower.indexOf("<" + tag, from);
        if (open < 0) {
          break;
        }
        int close = lower.indexOf("</" + tag, open);
        if (close < 0) {
          break;
        }
        int end = lower.indexOf('>', close);
        end = end < 0 ? text.length() : end + 1;
        fill(masked, open, end, ' ');
        from = end;
      }
    }
  }

  /**
   * Whether {@link #URL} could match: it needs "://" (after http or https) or "www." in any ASCII
   * case (the pattern's {@code (?i)} folds ASCII only).
   */
  public static boolean mayHoldUrl(String text) {
    if (text.contains("://")) {
      return true;
    }
    for (int dot = text.indexOf('.', 3); dot >= 0; dot = text.indexOf('.', dot + 1)) {
      if (isW(text.charAt(dot - 1)) && isW(text.charAt(dot - 2)) && isW(text.charAt(dot - 3))) {
        return true;
      }
    }
    return false;
  }

  private static boolean isW(char c) {
    return c == 'w' || c == 'W';
  }

  private static boolean validSurrogate(String s, int i) {
    char c = s.charAt(i);
    if (Character.isHighSurrogate(c)) {
      return i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1));
    }
    return i > 0 && Character.isHighSurrogate(s.charAt(i - 1));
  }

  private static List<Span> blank(char[] masked, Matcher m, boolean trimPunctuation) {
    List<Span> spans = new ArrayList<>();
    while (m.find()) {
      int end = m.end();
      // A URL at the end of a sentence keeps its full stop for the sentence detector.
      while (trimPunctuation && end > m.start() && ".,;:!?)]'\"".indexOf(masked[end - 1]) >= 0) {
        end--;
      }
      fill(masked, m.start(), end, ' ');
      spans.add(new Span(m.start(), end));
    }
    return spans;
  }

  private static void fill(char[] a, int from, int to, char c) {
    for (int i = from; i < to; i++) {
      if (a[i] != '\n') {
        a[i] = c;
      }
    }
  }
}
