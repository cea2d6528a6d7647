package org.replyaudit.report;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.replyaudit.Analysis;
import org.replyaudit.Finding;
import org.replyaudit.Label;
import org.replyaudit.Point;
import org.replyaudit.ReplyClaim;
import org.replyaudit.Status;
import org.replyaudit.Verdict;
import org.replyaudit.checklist.Checklist;
import org.replyaudit.checklist.ElementStatus;

/**
 * The figures every human-readable report opens with, computed once so that the HTML, Markdown
 * and text reports cannot disagree about them.
 */
final class Summary {
  private final Map<Status, Integer> byStatus;
  private final Map<Label, Integer> byLabel;
  private final List<Point> open;
  private final int needing;

  private Summary(Map<Status, Integer> byStatus, Map<Label, Integer> byLabel, List<Point> open, int needing) {
    this.byStatus = byStatus;
    this.byLabel = byLabel;
    this.open = open;
    this.needing = needing;
  }

  static Summary of(Analysis a) {
    Map<Status, Integer> byStatus = new EnumMap<>(Status.class);
    for (Status s : Status.values()) {
      byStatus.put(s, 0);
    }
    a.points().forEach(p -> byStatus.merge(p.status(), 1, Integer::sum));
    Map<Label, Integer> byLabel = new TreeMap<>();
    for (Label l : Label.values()) {
      byLabel.put(l, 0);
    }
    for (ReplyClaim c : a.replyClaims()) {
      for (Finding f : c.findings()) {
        byLabel.merge(f.label(), 1, Integer::sum);
      }
    }
    // Unanswered before partly: the reader's first question is what was ignored outright.
    List<Point> open = Stream.concat(
        a.points().stream().filter(p -> p.status() == Status.UNANSWERED),
        a.points().stream().filter(p -> p.status() == Status.PARTLY)).toList();
    int needing = (int) a.points().stream().filter(p -> p.kind().needsAnswer()).count();
    return new Summary(Collections.unmodifiableMap(byStatus), Collections.unmodifiableMap(byLabel), open, needing);
  }

  int count(Status s) {
    return byStatus.get(s);
  }

  int count(Label l) {
    return byLabel.get(l);
  }

  /** Unanswered points, then partly answered ones, each group in text order. */
  List<Point> open() {
    return open;
  }

  int needing() {
    return needing;
  }

  int evasions() {
    return byLabel.keySet().stream().filter(Label::isFault).mapToInt(this::count).sum();
  }

  static String percent(double coverage) {
    return String.format(Locale.ROOT, "%.0f%%", coverage * 100);
  }

  /** "Unanswered", "Partly answered", …: how a person says a status. */
  static String words(Status s) {
    return switch (s) {
      case ANSWERED -> "Answered";
      case PARTLY -> "Partly answered";
      case UNANSWERED -> "Unanswered";
      case NOT_REQUIRED -> "Context (no answer needed)";
    };
  }

  static String words(Verdict v) {
    return switch (v) {
      case ANSWERED -> "Answered";
      case PARTLY -> "Partly answered";
      case UNANSWERED -> "Unanswered";
      case NOT_APPLICABLE -> "Not applicable (no point needs an answer)";
    };
  }

  /** The status whose symbol and colour a verdict shows: not applicable looks like context. */
  static Status status(Verdict v) {
    return switch (v) {
      case ANSWERED -> Status.ANSWERED;
      case PARTLY -> Status.PARTLY;
      case UNANSWERED -> Status.UNANSWERED;
      case NOT_APPLICABLE -> Status.NOT_REQUIRED;
    };
  }

  /** "unsolicited denial": a label as a person writes it. */
  static String words(Label l) {
    return l.words();
  }

  /**
   * The labels a report counts, in the order reports list them: every built-in label, found or
   * not, then any added label (see {@link Label#load}) this analysis found.
   */
  List<Label> labels() {
    return List.copyOf(byLabel.keySet());
  }

  /** A single symbol per status, so status never rests on colour alone. */
  static String icon(Status s) {
    return switch (s) {
      case ANSWERED -> "\u2713";      // check mark
      case PARTLY -> "\u25D0";        // half-filled circle
      case UNANSWERED -> "\u2717";    // ballot x
      case NOT_REQUIRED -> "\u00B7";  // middle dot
    };
  }

  /** "Present", "Absent", "Not applicable": how a person says a checklist status. */
  static String words(ElementStatus s) {
    return switch (s) {
      case PRESENT -> "Present";
      case ABSENT -> "Absent";
      case NOT_APPLICABLE -> "Not applicable";
    };
  }

  /** A single symbol per checklist status, as for point statuses. */
  static String icon(ElementStatus s) {
    return switch (s) {
      case PRESENT -> "\u2713";         // check mark
      case ABSENT -> "\u2717";          // ballot x
      case NOT_APPLICABLE -> "\u2013";  // en dash
    };
  }

  /** "met: 5 of 5 elements present" or "not met: 2 of 5 elements absent (decision, reasons)". */
  static String outcome(Checklist c) {
    int n = c.items().size();
    if (c.passed()) {
      int na = c.count(ElementStatus.NOT_APPLICABLE);
      return "met: " + c.count(ElementStatus.PRESENT) + " of " + n + " elements present"
          + (na == 0 ? "" : ", " + na + " not applicable");
    }
    return "not met: " + c.absent().size() + " of " + n + " elements absent ("
        + String.join(", ", c.absent().stream().map(i -> i.name()).toList()) + ")";
  }

  /**
   * Letter text on one line, cut at {@code max} chars with an ellipsis, never between the two
   * halves of a surrogate pair (an emoji).
   *
   * <pre>{@code
   * oneLine("  a\n b ", 10)   -> "a b"
   * oneLine("abcdef", 4)      -> "abc…"
   * oneLine("ab😀cd", 4)      -> "ab…" (the emoji is two chars: cut before it, not through it)
   * }</pre>
   */
  static String oneLine(String s, int max) {
    String t = s.strip().replaceAll("\\s+", " ");
    if (t.length() <= max) {
      return t;
    }
    int end = max - 1;
    if (end > 0 && Character.isHighSurrogate(t.charAt(end - 1)) && Character.isLowSurrogate(t.charAt(end))) {
      end--;
    }
    return t.substring(0, end).stripTrailing() + "\u2026";
  }
}
