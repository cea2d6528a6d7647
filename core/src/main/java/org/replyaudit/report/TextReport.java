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
 * words and symbols already say, so the report reads the same without it.
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
    return new TextReport(colour).write(a);
  }

  private String write(Analysis a) {
    Summary s = Summary.of(a);
    line(String.format(Locale.ROOT, "Verdict: %s   coverage %s of %d point(s) needing an answer",
        paint(verdictColour(a.verdict()) + BOLD, a.verdict().id().toUpperCase(Locale.ROOT)),
        Summary.percent(a.coverage()), s.needing()));
    line(String.format(Locale.ROOT, "Points: %d answered, %d partly, %d unanswered, %d context",
        s.count(Status.ANSWERED), s.count(Status.PARTLY), s.count(Status.UNANSWERED), s.count(Status.NOT_REQUIRED)));
    StringBuilder labels = new StringBuilder();
    for (Label l : Label.values()) {
      if (s.count(l) > 0) {
        labels.append(labels.length() == 0 ? "" : ", ").append(l.id()).append(' ').append(s.count(l));
      }
    }
    line("Reply findings: " + (labels.length() == 0 ? "none" : labels));
    a.checklist().ifPresent(this::checklist);

    if (!s.open().isEmpty()) {
      heading("Not answered:");
      for (Point p : s.open()) {
        line(String.format("  %s [%s] %s", statusIcon(p.status()), p.kind().id(), Summary.oneLine(p.text(), 160)));
      }
    }
    List<ReplyClaim> faults = a.replyClaims().stream()
        .filter(c -> c.findings().stream().anyMatch(f -> f.label().isFault())).toList();
    if (!faults.isEmpty()) {
      heading("Said though nobody asked:");
      for (ReplyClaim c : faults) {
        line(String.format("  - %s", Summary.oneLine(c.text(), 160)));
        for (Finding f : c.findings()) {
          if (f.label().isFault()) {
            line(String.format("      %s: %s", paint(MAGENTA, f.label().id()), f.why()));
          }
        }
      }
    }
    heading("Complaint points:");
    for (Point p : a.points()) {
      line(String.format("  %s %s %-11s %s", statusIcon(p.status()),
          paint(statusColour(p.status()), String.format("%-12s", p.status().id())), p.kind().id(),
          Summary.oneLine(p.text(), 160)));
      line(paint(DIM, "      why: " + p.why()));
    }
    heading("Reply claims:");
    for (ReplyClaim c : a.replyClaims()) {
      String ids = c.labels().isEmpty() ? "-" : String.join(", ", c.labels().stream().map(Label::id).toList());
      boolean fault = c.labels().stream().anyMatch(Label::isFault);
      line(String.format("  [%s] %s", fault ? paint(MAGENTA, ids) : ids, Summary.oneLine(c.text(), 160)));
    }
    if (!a.quotes().isEmpty()) {
      heading("Quoted from the complaint:");
      for (Quote q : a.quotes()) {
        line(String.format("  > %s", Summary.oneLine(q.text(), 160)));
      }
    }
    if (!a.diagnostics().isEmpty()) {
      heading("Diagnostics:");
      for (Diagnostic d : a.diagnostics()) {
        line(String.format("  %s: %s", d.code(), d.message()));
      }
    }
    List<FollowUp.Question> questions = FollowUp.questions(a);
    if (!questions.isEmpty()) {
      heading("Follow-up questions:");
      for (FollowUp.Question q : questions) {
        line(String.format("  %d. %s", q.number(), q.text()));
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
    String icon = switch (s) {
      case ANSWERED -> "[x]";
      case PARTLY -> "[~]";
      case UNANSWERED -> "[ ]";
      case NOT_REQUIRED -> " . ";
    };
    return paint(statusColour(s), icon);
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
    return switch (v) {
      case ANSWERED -> BLUE;
      case PARTLY -> YELLOW;
      case UNANSWERED -> RED;
    };
  }
}
