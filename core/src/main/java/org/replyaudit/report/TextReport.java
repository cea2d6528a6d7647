package org.replyaudit.report;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.replyaudit.Analysis;
import org.replyaudit.Diagnostic;
import org.replyaudit.Finding;
import org.replyaudit.Label;
import org.replyaudit.Point;
import org.replyaudit.Quote;
import org.replyaudit.ReplyClaim;
import org.replyaudit.Status;
import org.replyaudit.Verdict;
import org.replyaudit.checklist.Checklist;
import org.replyaudit.checklist.ChecklistItem;
import org.replyaudit.checklist.ElementStatus;

/**
 * A plain-text report of an analysis for a terminal: the summary first, then the evidence, then
 * the follow-up questions. Colour (ANSI escapes) is optional and only ever repeats what the
 * words and symbols already say, so the report reads the same without it. Statuses carry the
 * symbols of the HTML and Markdown reports: ✓ answered, ◐ partly, ✗ unanswered, · context.
 *
 * <p>Letter text cannot drive the terminal: control characters in it (C0 but tab and line feed,
 * DEL, C1) are shown as visible stand-ins ({@code ESC} as ␛, {@code BEL} as ␇, C1 as U+FFFD), so
 * an escape sequence in a letter (a colour, a window title, an OSC 8 hyperlink) prints as text.
 */
public final class TextReport {
  private static final String RESET = "\u001B[0m";
  private static final String BOLD = "\u001B[1m";
  private static final String DIM = "\u001B[2m";
  // Blue, yellow and magenta-red stay distinct for the common colour-vision deficiencies.
  private static final String BLUE = "\u001B[34m";
  private static final String YELLOW = "\u001B[33m";
  private static final String RED = "\u001B[31m";
  private static final String MAGENTA = "\u001B[35m";

  private final boolean colour;
  private final StringBuilder b = new StringBuilder();

  private TextReport(boolean colour) {
    this.colour = colour;
  }

  /**
   * The report without colour, for files, pipes and logs.
   *
   * @param a the analysis to show
   * @return the report, lines ending in {@code \n}
   */
  public static String render(Analysis a) {
    return render(a, false);
  }

  /**
   * The report, with ANSI colour when {@code colour} is true (pass it only when writing to a
   * terminal).
   *
   * @param a the analysis to show
   * @param colour whether to add ANSI colour codes
   * @return the report, lines ending in {@code \n}
   * @throws NullPointerException if {@code a} is null
   */
  public static String render(Analysis a, boolean colour) {
    Objects.requireNonNull(a, "analysis");
    // A lone surrogate in a letter cannot be written as UTF-8: U+FFFD stands in for it.
    return Report.wellFormed(new TextReport(colour).write(a));
  }

  private String write(Analysis a) {
    Summary s = Summary.of(a);
    if (a.verdict() == Verdict.NOT_APPLICABLE) {
      line("Verdict: " + paint(BOLD, "NOT APPLICABLE") + "   no point in the complaint needs an answer");
    } else {
      line(String.format(Locale.ROOT, "Verdict: %s %s   coverage %s of %d point(s) needing an answer",
          statusIcon(Summary.status(a.verdict())),
          paint(verdictColour(a.verdict()) + BOLD, a.verdict().id().toUpperCase(Locale.ROOT)),
          Summary.percent(a.coverage()), s.needing()));
    }
    line(String.format(Locale.ROOT, "Points: %d answered, %d partly, %d unanswered, %d context",
        s.count(Status.ANSWERED), s.count(Status.PARTLY), s.count(Status.UNANSWERED), s.count(Status.NOT_REQUIRED)));
    StringBuilder labels = new StringBuilder();
    for (Label l : s.labels()) {
      if (s.count(l) > 0) {
        labels.append(labels.length() == 0 ? "" : ", ").append(l.id()).append(' ').append(s.count(l));
      }
    }
    line("Reply findings: " + (labels.length() == 0 ? "none" : labels));
    a.checklist().ifPresent(this::checklist);

    if (!s.open().isEmpty()) {
      heading("Not answered:");
      for (Point p : s.open()) {
        line(String.format("  %s [%s] %s", statusIcon(p.status()), p.kind().id(), text(p.text())));
      }
    }
    List<ReplyClaim> faults = a.replyClaims().stream()
        .filter(c -> c.findings().stream().anyMatch(f -> f.label().isFault())).toList();
    if (!faults.isEmpty()) {
      heading("Said though nobody asked:");
      for (ReplyClaim c : faults) {
        line(String.format("  - %s", text(c.text())));
        for (Finding f : c.findings()) {
          if (f.label().isFault()) {
            line(String.format("      %s: %s", paint(MAGENTA, f.label().id()), visible(f.why())));
          }
        }
      }
    }
    heading("Complaint points:");
    for (Point p : a.points()) {
      line(String.format("  %s %s %-11s %s", statusIcon(p.status()),
          paint(statusColour(p.status()), String.format("%-12s", p.status().id())), p.kind().id(),
          text(p.text())));
      line(paint(DIM, "      why: " + visible(p.why())));
    }
    heading("Reply claims:");
    for (ReplyClaim c : a.replyClaims()) {
      String ids = c.labels().isEmpty() ? "-" : String.join(", ", c.labels().stream().map(Label::id).toList());
      boolean fault = c.labels().stream().anyMatch(Label::isFault);
      line(String.format("  [%s] %s", fault ? paint(MAGENTA, ids) : ids, text(c.text())));
    }
    if (!a.quotes().isEmpty()) {
      heading("Quoted from the complaint:");
      for (Quote q : a.quotes()) {
        line(String.format("  > %s", text(q.text())));
      }
    }
    if (!a.diagnostics().isEmpty()) {
      heading("Diagnostics:");
      for (Diagnostic d : a.diagnostics()) {
        line(String.format("  %s: %s", d.code(), visible(d.message())));
      }
    }
    List<FollowUp.Question> questions = FollowUp.questions(a);
    if (!questions.isEmpty()) {
      heading("Follow-up questions:");
      for (FollowUp.Question q : questions) {
        line(String.format("  %d. %s", q.number(), visible(q.text())));
      }
    }
    return b.toString();
  }

  /** The checklist, element by element, when the analyzer had a profile. */
  private void checklist(Checklist c) {
    heading("Checklist (" + c.profile() + ", " + c.profileName() + "): " + Summary.outcome(c));
    for (ChecklistItem i : c.items()) {
      String icon = switch (i.status()) {
        case PRESENT -> "[x]";
        case ABSENT -> "[ ]";
        case NOT_APPLICABLE -> "[-]";
      };
      String colour = i.status() == ElementStatus.PRESENT ? BLUE : i.status() == ElementStatus.ABSENT ? RED : DIM;
      line(String.format("  %s %s %s", paint(colour, icon),
          paint(colour, String.format("%-14s", i.status().id())), i.name()));
      line(paint(DIM, "      why: " + i.why()));
    }
  }

  private void heading(String text) {
    b.append(System.lineSeparator());
    line(paint(BOLD, text));
  }

  private void line(String text) {
    b.append(text).append(System.lineSeparator());
  }

  private String paint(String style, String text) {
    return colour ? style + text + RESET : text;
  }

  private String statusIcon(Status s) {
    return paint(statusColour(s), Summary.icon(s));
  }

  /** Letter text on one line, cut to 160 chars, safe for a terminal. */
  private static String text(String letterText) {
    return visible(Summary.oneLine(letterText, 160));
  }

  /**
   * {@code s} with every control character a terminal would act on replaced by a visible stand-in:
   * C0 controls but tab and line feed by their Control Pictures (U+2400 + code: ESC is ␛), DEL
   * by ␡, C1 controls (U+0080 to U+009F, which some terminals read as CSI and OSC) by U+FFFD.
   *
   * <pre>{@code
   * visible("a" + ESC + "]0;title" + BEL + "b")  -> "a␛]0;title␇b" (no window-title change)
   * visible("tab" + TAB + "stays")                -> unchanged
   * }</pre>
   */
  static String visible(String s) {
    StringBuilder b = null;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      char shown = c < 0x20 && c != '\t' && c != '\n' ? (char) (0x2400 + c)
          : c == 0x7F ? '\u2421'
          : c >= 0x80 && c <= 0x9F ? '\uFFFD'
          : c;
      if (shown != c && b == null) {
        b = new StringBuilder(s.length()).append(s, 0, i);
      }
      if (b != null) {
        b.append(shown);
      }
    }
    return b == null ? s : b.toString();
  }

  private static String statusColour(Status s) {
    return switch (s) {
      case ANSWERED -> BLUE;
      case PARTLY -> YELLOW;
      case UNANSWERED -> RED;
      case NOT_REQUIRED -> DIM;
    };
  }

  private static String verdictColour(Verdict v) {
    return statusColour(Summary.status(v));
  }
}
