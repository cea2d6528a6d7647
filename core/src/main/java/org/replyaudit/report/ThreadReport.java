package org.replyaudit.report;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.replyaudit.Status;
import org.replyaudit.checklist.Checklist;
import org.replyaudit.checklist.ChecklistItem;
import org.replyaudit.thread.Contradiction;
import org.replyaudit.thread.Raise;
import org.replyaudit.thread.RoundStatus;
import org.replyaudit.thread.ThreadAnalysis;
import org.replyaudit.thread.ThreadPoint;

/**
 * Plain-text and Markdown reports of a {@link ThreadAnalysis}: what is still open after the last
 * reply first, then contradictions, reply by reply, every point's history, and the next
 * follow-up letter drafted from what is open ({@link FollowUp#letter}).
 */
final class ThreadReport {
  private final ThreadAnalysis t;
  private final boolean markdown;
  private final StringBuilder b = new StringBuilder();

  private ThreadReport(ThreadAnalysis t, boolean markdown) {
    this.t = t;
    this.markdown = markdown;
  }

  static String text(ThreadAnalysis t) {
    return new ThreadReport(Objects.requireNonNull(t, "thread"), false).write(null);
  }

  static String markdown(ThreadAnalysis t, String title) {
    Objects.requireNonNull(title, "title");
    return new ThreadReport(Objects.requireNonNull(t, "thread"), true).write(title);
  }

  private String write(String title) {
    if (markdown) {
      b.append("# ").append(md(Summary.oneLine(title, 200))).append("\n\n");
    }
    List<Integer> replies = t.replies();
    long complainant = t.messages().size() - replies.size();
    long answered = t.points().stream().filter(p -> p.status() == Status.ANSWERED).count();
    long partly = t.points().stream().filter(p -> p.status() == Status.PARTLY).count();
    long unanswered = t.points().stream().filter(p -> p.status() == Status.UNANSWERED).count();
    long reraised = t.points().stream().filter(p -> !p.reraised().isEmpty()).count();
    line(bold("Thread:") + " " + t.messages().size() + " messages, " + complainant + " from the complainant, "
        + replies.size() + " repl" + (replies.size() == 1 ? "y" : "ies"));
    line(bold("Points:") + " " + t.points().size() + " tracked; after the last reply " + answered + " answered, "
        + partly + " partly, " + unanswered + " unanswered; " + reraised + " raised again; "
        + t.contradicted().size() + " contradicted");

    heading(t.open().isEmpty() ? "Nothing is still open after the last reply"
        : "Still open after the last reply");
    for (ThreadPoint p : t.open()) {
      item(icon(p.status()) + " #" + p.number() + " [" + p.point().kind().id() + "] "
          + quoted(p.point().text()) + " (message " + p.message() + ")");
      sub("why: " + p.why());
    }
    if (!t.contradicted().isEmpty()) {
      heading("Replies that contradict each other (heuristic)");
      for (ThreadPoint p : t.contradicted()) {
        Contradiction c = p.contradiction().orElseThrow();
        item("#" + p.number() + " " + quoted(p.point().text()));
        sub("message " + c.earlierMessage() + ": " + quoted(c.earlierText()));
        sub("message " + c.laterMessage() + ": " + quoted(c.laterText()));
        sub("why: " + c.why());
      }
    }
    heading("Reply by reply");
    for (int k = 1; k <= replies.size(); k++) {
      int r = replies.get(k - 1);
      int m = r;
      long answeredNow = t.points().stream().flatMap(p -> p.rounds().stream())
          .filter(s -> s.message() == m && s.status() == Status.ANSWERED).count();
      item(String.format(Locale.ROOT, "Reply %d (message %d): %d point(s) answered in it; %d open after it", k, r,
          answeredNow, t.openAfter(k).size()));
      t.exchangeFor(r).flatMap(e -> e.analysis().checklist()).ifPresent(c -> checklist(c));
    }
    heading("Every point");
    for (ThreadPoint p : t.points()) {
      item(icon(p.status()) + " #" + p.number() + " " + p.status().id() + " [" + p.point().kind().id() + "] "
          + quoted(p.point().text()) + " (message " + p.message() + ")");
      for (Raise r : p.reraised()) {
        sub(String.format(Locale.ROOT, "raised again in message %d: %s", r.message(), quoted(r.text())));
      }
      for (RoundStatus r : p.rounds()) {
        sub("reply " + r.round() + " (message " + r.message() + "): " + r.status().id()
            + (r.answeredBy().isEmpty() ? "" : " by " + quoted(r.answeredBy().get(0).span()
                .of(t.messages().get(r.message()).text()))));
      }
    }
    String letter = FollowUp.letter(t);
    if (!letter.isEmpty()) {
      heading("Next follow-up letter (draft)");
      if (markdown) {
        for (String para : letter.strip().split("\n\n")) {
          b.append("> ").append(md(para).replace("\n", "  \n> ")).append("\n>\n");
        }
        b.setLength(b.length() - 2);
        b.append('\n');
      } else {
        for (String l : letter.split("\n", -1)) {
          b.append(l.isEmpty() ? "" : "  " + l).append(System.lineSeparator());
        }
      }
    }
    return b.toString();
  }

  private void checklist(Checklist c) {
    sub("checklist (" + c.profile() + "): " + Summary.outcome(c));
    for (ChecklistItem i : c.items()) {
      String text = Summary.icon(i.status()) + " " + i.name() + ": " + i.status().id();
      b.append(markdown ? "    - " + md(text) + "\n" : "        " + text + System.lineSeparator());
    }
  }

  private void heading(String text) {
    if (markdown) {
      b.append(b.toString().endsWith("\n\n") ? "" : "\n").append("## ").append(md(text)).append("\n\n");
    } else {
      b.append(System.lineSeparator()).append(text).append(':').append(System.lineSeparator());
    }
  }

  private void item(String text) {
    b.append(markdown ? "- " + md(text) + "\n" : "  " + text + System.lineSeparator());
  }

  private void sub(String text) {
    b.append(markdown ? "  - " + md(text) + "\n" : "      " + text + System.lineSeparator());
  }

  private void line(String text) {
    b.append(text).append(markdown ? "\n\n" : System.lineSeparator());
  }

  private String bold(String text) {
    return markdown ? "**" + text + "**" : text;
  }

  /** Letter text is escaped so it cannot become Markdown; labels and bold are added around it. */
  private String md(String text) {
    return markdown ? MarkdownReport.escape(text) : text;
  }

  private static String icon(Status s) {
    return switch (s) {
      case ANSWERED -> "[x]";
      case PARTLY -> "[~]";
      case UNANSWERED, NOT_REQUIRED -> "[ ]";
    };
  }

  private static String quoted(String text) {
    return "\u201C" + Summary.oneLine(text, 160) + "\u201D";
  }
}
