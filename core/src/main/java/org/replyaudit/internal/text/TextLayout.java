package org.replyaudit.internal.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.replyaudit.Span;

/**
 * How a letter is laid out in lines, paragraphs, list items and quoted runs, as offsets into its
 * text. The stages that read layout (segmentation, structure anchors, the quoted-line check) ask
 * here, so a line, a paragraph or a bullet means the same thing to each of them. Every method
 * costs one pass over the text (or a binary search over what such a pass found): they run on
 * letters of any length and are called once per anchor.
 */
public final class TextLayout {
  /**
   * A list-item marker at the head of a line, as the segmenter reads items: a bullet
   * ({@code - * • · – —}), a number ({@code 1.} {@code 2)}) or a letter ({@code (a)} {@code b)}),
   * then white space. Wider than {@link #bullet}, which only the structure anchors use: they
   * read numbers and letters as labels of their own.
   */
  static final Pattern ITEM_MARKER = Pattern.compile("^\\s*(?:[-*\u2022\u00b7\u2013\u2014]|\\d{1,2}[.)]|\\(?[a-zA-Z]\\))\\s+");
  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

  private TextLayout() {}

  /** Where each {@code \n} of {@code text} stands, in order. */
  public static int[] lineBreaks(String text) {
    int count = 0;
    for (int at = text.indexOf('\n'); at >= 0; at = text.indexOf('\n', at + 1)) {
      count++;
    }
    int[] out = new int[count];
    int k = 0;
    for (int at = text.indexOf('\n'); at >= 0; at = text.indexOf('\n', at + 1)) {
      out[k++] = at;
    }
    return out;
  }

  /**
   * The start of the line holding {@code at} ({@code text.lastIndexOf('\n', at - 1) + 1}), by
   * binary search over its line breaks: a rescan per anchor would be quadratic on one long line.
   */
  public static int lineStart(int[] breaks, int at) {
    int i = java.util.Arrays.binarySearch(breaks, at - 1);
    int before = i >= 0 ? i : -i - 2; // the last break at or before at - 1
    return before < 0 ? 0 : breaks[before] + 1;
  }

  /**
   * Where each paragraph of {@code text} ends, in order, then its length: the start of every
   * non-overlapping {@code \n[ \t]*\n}, found with {@code indexOf} rather than a regex tried at
   * every character.
   */
  public static int[] paragraphEnds(String text) {
    List<Integer> ends = new ArrayList<>();
    int at = text.indexOf('\n');
    while (at >= 0) {
      int i = at + 1;
      while (i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
        i++;
      }
      if (i < text.length() && text.charAt(i) == '\n') {
        ends.add(at);
        at = text.indexOf('\n', i + 1); // the match ends at i; the next starts after it
      } else {
        at = text.indexOf('\n', at + 1);
      }
    }
    ends.add(text.length());
    return ends.stream().mapToInt(Integer::intValue).toArray();
  }

  /**
   * Where {@code (?m)^} matches in {@code text}: its start and after every line terminator (not
   * between the {@code \r} and {@code \n} of a pair, and not at the very end).
   */
  public static List<Integer> lineStarts(String text) {
    List<Integer> out = new ArrayList<>();
    if (!text.isEmpty()) {
      out.add(0);
    }
    for (int i = 0; i < text.length(); i++) {
      char ch = text.charAt(i);
      boolean terminator = ch == '\n' || ch == '\u0085' || ch == '\u2028' || ch == '\u2029'
          || (ch == '\r' && (i + 1 == text.length() || text.charAt(i + 1) != '\n'));
      if (terminator && i + 1 < text.length()) {
        out.add(i + 1);
      }
    }
    return out;
  }

  /** The end of the paragraph holding {@code from}, by binary search (no rescan per anchor). */
  public static int paragraphEnd(int[] ends, int from) {
    int i = java.util.Arrays.binarySearch(ends, from);
    return ends[i >= 0 ? i : -i - 1];
  }

  /**
   * The end of the sentence (or line) that runs on from {@code from}, at most 400 chars on (the
   * segmenter's longest claim), so a text without punctuation is not rescanned per anchor.
   */
  public static int sentenceEnd(String text, int from) {
    int limit = Math.min(text.length(), from + 400);
    for (int i = from; i < limit; i++) {
      char ch = text.charAt(i);
      if (ch == '\n' || ((ch == '.' || ch == '?' || ch == '!' || ch == ';')
          && (i + 1 == text.length() || Character.isWhitespace(text.charAt(i + 1))))) {
        return i;
      }
    }
    return limit;
  }

  /** The non-blank paragraphs of {@code text}, in order. */
  public static List<Span> paragraphs(String text, int[] ends) {
    List<Span> out = new ArrayList<>();
    int start = 0;
    for (int end : ends) {
      while (start < end && Character.isWhitespace(text.charAt(start))) {
        start++;
      }
      if (start < end) {
        out.add(new Span(start, end));
      }
      start = end;
    }
    return out;
  }

  /** Whether the line starting at {@code line} starts with a bullet: "- ", "* " or "•". */
  public static boolean bullet(String text, int line) {
    int i = line;
    while (i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
      i++;
    }
    if (i + 1 >= text.length()) {
      return false;
    }
    char ch = text.charAt(i);
    char after = text.charAt(i + 1);
    return ch == '\u2022' ? after != '\n' : (ch == '-' || ch == '*') && (after == ' ' || after == '\t');
  }

  /** Runs of quoted lines separated only by blank space, as one span each. */
  public static List<Span> blocks(List<Span> quoted, String text) {
    List<Span> out = new ArrayList<>();
    for (Span line : quoted) {
      if (!out.isEmpty() && text.substring(out.get(out.size() - 1).end(), line.start()).isBlank()) {
        out.set(out.size() - 1, new Span(out.get(out.size() - 1).start(), line.end()));
      } else {
        out.add(line);
      }
    }
    return out;
  }

  /** The runs of letters and digits of {@code text}, lower-cased: the words word pairs are made of. */
  public static List<String> words(String text) {
    List<String> out = new ArrayList<>();
    Matcher m = WORD.matcher(text);
    while (m.find()) {
      out.add(m.group().toLowerCase(Locale.ROOT));
    }
    return out;
  }
}
