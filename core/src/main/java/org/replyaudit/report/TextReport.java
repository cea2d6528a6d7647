package org.replyaudit.report;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.replyaudit.Analysis;
import org.replyaudit.Diagnostic;
import org.replyaudit.Finding;
import org.replyaudit.Point;
import org.replyaudit.ReplyClaim;
import org.replyaudit.Status;

/** A plain-text report of an analysis for a terminal: the summary first, then the evidence. */
public final class TextReport {
  private TextReport() {}

  public static String render(Analysis a) {
    Objects.requireNonNull(a, "analysis");
    StringBuilder b = new StringBuilder();
    long needing = a.points().stream().filter(p -> p.kind().needsAnswer()).count();
    b.append(String.format(Locale.ROOT, "Verdict: %s   coverage %.0f%% of %d point(s) needing an answer%n",
        a.verdict().id().toUpperCase(Locale.ROOT), a.coverage() * 100, needing));
    List<Point> open = a.points().stream()
        .filter(p -> p.status() == Status.UNANSWERED || p.status() == Status.PARTLY).toList();
    if (!open.isEmpty()) {
      b.append(String.format("%nNot answered:%n"));
      for (Point p : open) {
        b.append(String.format("  %s [%s] %s%n", icon(p.status()), p.kind().id(), oneLine(p.text())));
      }
    }
    List<ReplyClaim> faults = a.replyClaims().stream()
        .filter(c -> c.findings().stream().anyMatch(f -> f.label().isFault())).toList();
    if (!faults.isEmpty()) {
      b.append(String.format("%nSaid though nobody asked:%n"));
      for (ReplyClaim c : faults) {
        b.append(String.format("  - %s%n", oneLine(c.text())));
        for (Finding f : c.findings()) {
          if (f.label().isFault()) {
            b.append(String.format("      %s: %s%n", f.label().id(), f.why()));
          }
        }
      }
    }
    b.append(String.format("%nComplaint points:%n"));
    for (Point p : a.points()) {
      b.append(String.format("  %s %-10s %-11s %s%n      why: %s%n", icon(p.status()), p.status().id(),
          p.kind().id(), oneLine(p.text()), p.why()));
    }
    b.append(String.format("%nReply claims:%n"));
    for (ReplyClaim c : a.replyClaims()) {
      String labels = c.labels().isEmpty() ? "-" : String.join(", ", c.labels().stream().map(l -> l.id()).toList());
      b.append(String.format("  [%s] %s%n", labels, oneLine(c.text())));
    }
    if (!a.diagnostics().isEmpty()) {
      b.append(String.format("%nDiagnostics:%n"));
      for (Diagnostic d : a.diagnostics()) {
        b.append(String.format("  %s: %s%n", d.code(), d.message()));
      }
    }
    return b.toString();
  }

  private static String icon(Status s) {
    return switch (s) {
      case ANSWERED -> "[x]";
      case PARTLY -> "[~]";
      case UNANSWERED -> "[ ]";
      case NOT_REQUIRED -> " . ";
    };
  }

  private static String oneLine(String s) {
    String t = s.strip().replaceAll("\\s+", " ");
    return t.length() > 160 ? t.substring(0, 157) + "..." : t;
  }
}
