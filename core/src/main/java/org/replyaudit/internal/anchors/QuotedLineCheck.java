package org.replyaudit.internal.anchors;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.replyaudit.Span;
import org.replyaudit.internal.text.CleanText;
import org.replyaudit.internal.text.TextCleaner;

/**
 * Part of pipeline stage {@code clean}: a {@code > } line is a quote of the other letter only if it copies it. Some writers
 * mark their own answers with {@code >>>} and quote the complaint in quotation marks; masking
 * those lines would drop every answer and report every point unanswered. A run of quoted lines
 * of which fewer than half the word pairs occur in the complaint is the reply's own text: its
 * markers are blanked and its words analysed. (On DISAPERE train and dev the share is bimodal:
 * every real quote shares at least 0.8, every marked answer at most 0.15.)
 */
public final class QuotedLineCheck {
  private final TextCleaner cleaner;

  public QuotedLineCheck(TextCleaner cleaner) {
    this.cleaner = Objects.requireNonNull(cleaner, "cleaner");
  }

  /** {@code reply} with the quoted runs that copy nothing of {@code complaint} made its own. */
  public CleanText check(CleanText reply, String complaint) {
    if (reply.quoted().isEmpty()) {
      return reply;
    }
    String text = reply.original();
    Set<String> copied = TermIndex.pairs(complaint);
    char[] unmarked = null;
    List<Span> own = new ArrayList<>();
    List<Span> quoted = reply.quoted();
    int first = 0;
    while (first < quoted.size()) {
      // One run: the lines with nothing but blank lines between them (as TextLayout.blocks reads them).
      int last = first;
      while (last + 1 < quoted.size()
          && text.substring(quoted.get(last).end(), quoted.get(last + 1).start()).isBlank()) {
        last++;
      }
      List<Span> lines = quoted.subList(first, last + 1);
      first = last + 1;
      StringBuilder words = new StringBuilder();
      for (Span line : lines) {
        words.append(text, contentStart(text, line), line.end()).append('\n');
      }
      Set<String> pairs = TermIndex.pairs(words.toString());
      if (CopyEvidence.tooShort(pairs) || CopyEvidence.copiesText(pairs, copied)) {
        continue; // a quote of the complaint, or too short to tell ("> 2.")
      }
      if (unmarked == null) {
        unmarked = text.toCharArray();
      }
      for (Span line : lines) {
        java.util.Arrays.fill(unmarked, line.start(), contentStart(text, line), ' ');
        own.add(line);
      }
    }
    if (own.isEmpty()) {
      return reply;
    }
    // Cleaned again without those markers: the lines' URLs and markup are masked as elsewhere.
    CleanText again = cleaner.clean(new String(unmarked));
    return new CleanText(text, again.masked(), again.urls(), again.quoted(), again.html(), own);
  }

  /**
   * Where a quoted line's text starts, after its markers: up to three blanks, then {@code >}
   * markers each followed by at most one blank ({@code "> "}, {@code ">>"}, {@code " > > "});
   * the line's start when it has no marker. A loop rather than the regex
   * {@code [ \t]{0,3}(?:>[ \t]?)+}, whose repeated group recurses once per marker in
   * {@code java.util.regex} and overflows the stack on a line of a few thousand {@code >}.
   *
   * <pre>{@code
   * contentStart(">> quoted", line)   == 3
   * contentStart("  > > a", line)     == 6
   * contentStart("no marker", line)   == line.start()
   * }</pre>
   */
  static int contentStart(String text, Span line) {
    int i = line.start();
    int end = line.end();
    int blanks = 0;
    while (i < end && blanks < 3 && blank(text.charAt(i))) {
      i++;
      blanks++;
    }
    if (i >= end || text.charAt(i) != '>') {
      return line.start();
    }
    while (i < end && text.charAt(i) == '>') {
      i++;
      if (i < end && blank(text.charAt(i))) {
        i++;
      }
    }
    return i;
  }

  private static boolean blank(char c) {
    return c == ' ' || c == '\t';
  }
}
