package org.replyaudit.report;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.replyaudit.Analysis;
import org.replyaudit.ClaimLink;
import org.replyaudit.Diagnostic;
import org.replyaudit.Finding;
import org.replyaudit.Label;
import org.replyaudit.Point;
import org.replyaudit.ReplyClaim;
import org.replyaudit.Span;
import org.replyaudit.Status;
import org.replyaudit.checklist.Checklist;
import org.replyaudit.checklist.ChecklistItem;
import org.replyaudit.Verdict;

/**
 * A Markdown report (CommonMark with GitHub tables): the summary, "You did not answer", a table
 * of points and a table of reply findings, then the follow-up questions. Written to be pasted
 * into a ticket or the start of a follow-up letter.
 *
 * <p>Letter text is escaped so that nothing in a letter can become Markdown or HTML: a complaint
 * that quotes {@code <script>} or {@code | a | table |} shows those characters as written.
 */
final class MarkdownReport {
  private final StringBuilder b = new StringBuilder();

  private MarkdownReport() {}

  static String render(Analysis a, String title) {
    Objects.requireNonNull(a, "analysis");
    Objects.requireNonNull(title, "title");
    // A lone surrogate in a letter cannot be written as UTF-8: U+FFFD stands in for it.
    return Report.wellFormed(new MarkdownReport().write(a, title));
  }

  private String write(Analysis a, String title) {
    Summary s = Summary.of(a);
    b.append("# ").append(escape(Summary.oneLine(title, 200))).append("\n\n");
    if (a.verdict() == Verdict.NOT_APPLICABLE) {
      b.append("**Verdict:** ").append(Summary.icon(statusOf(a))).append(' ').append(Summary.words(a.verdict()))
          .append("\n\n");
    } else {
      b.append(String.format(Locale.ROOT, "**Verdict:** %s %s · **Coverage:** %s of %d point(s) needing an answer%n%n",
          Summary.icon(statusOf(a)), Summary.words(a.verdict()), Summary.percent(a.coverage()), s.needing()));
    }
    b.append(String.format(Locale.ROOT, "**Points:** %d answered · %d partly answered · %d unanswered · %d context%n%n",
        s.count(Status.ANSWERED), s.count(Status.PARTLY),
        s.count(Status.UNANSWERED), s.count(Status.NOT_REQUIRED)));
    StringBuilder findings = new StringBuilder();
    for (Label l : s.labels()) {
      if (s.count(l) > 0) {
        findings.append(findings.length() == 0 ? "" : " · ").append(Summary.words(l)).append(' ').append(s.count(l));
      }
    }
    b.append("**Findings in the reply:** ").append(findings.length() == 0 ? "none" : findings).append("\n\n");
    a.checklist().ifPresent(c -> checklist(a, c));

    List<Point> unanswered = a.unanswered();
    if (!unanswered.isEmpty()) {
      b.append("## You did not answer\n\n");
      unanswered.forEach(p -> b.append("- ").append(escape(Summary.oneLine(p.text(), 400))).append('\n'));
      b.append('\n');
    }
    List<Point> partly = s.open().stream().filter(p -> p.status() == Status.PARTLY).toList();
    if (!partly.isEmpty()) {
      b.append("## You only partly answered\n\n");
      partly.forEach(p -> b.append("- ").append(escape(Summary.oneLine(p.text(), 400))).append('\n'));
      b.append('\n');
    }

    b.append("## Complaint points\n\n");
    b.append("| # | Status | Kind | Point | Answered by | Why |\n");
    b.append("|---:|---|---|---|---|---|\n");
    int n = 0;
    for (Point p : a.points()) {
      b.append("| ").append(++n)
          .append(" | ").append(Summary.icon(p.status())).append(' ').append(Summary.words(p.status()))
          .append(" | ").append(p.kind().id())
          .append(" | ").append(cell(p.text(), 300))
          .append(" | ").append(answeredBy(a, p))
          .append(" | ").append(cell(p.why(), 300))
          .append(" |\n");
    }
    b.append('\n');

    List<ReplyClaim> labelled = a.replyFindings();
    if (!labelled.isEmpty()) {
      b.append("## Reply claims\n\n");
      b.append("| # | Labels | Claim | Why |\n");
      b.append("|---:|---|---|---|\n");
      for (ReplyClaim c : labelled) {
        String labels = String.join(", ", c.labels().stream()
            .map(l -> l.isFault() ? "**" + Summary.words(l) + "**" : Summary.words(l)).toList());
        String why = String.join("; ", c.findings().stream().map(Finding::why).toList());
        b.append("| ").append(a.replyClaims().indexOf(c) + 1)
            .append(" | ").append(labels)
            .append(" | ").append(cell(c.text(), 300))
            .append(" | ").append(cell(why, 400))
            .append(" |\n");
      }
      b.append('\n');
    }

    if (!a.diagnostics().isEmpty()) {
      b.append("## Notes on the input\n\n");
      for (Diagnostic d : a.diagnostics()) {
        b.append("- `").append(d.code()).append("`: ").append(escape(d.message())).append('\n');
      }
      b.append('\n');
    }

    List<FollowUp.Question> questions = FollowUp.questions(a);
    if (!questions.isEmpty()) {
      b.append("## Follow-up questions\n\n");
      questions.forEach(q -> b.append(q.number()).append(". ").append(escape(q.text())).append('\n'));
      b.append('\n');
    }
    b.append("_Reply claim numbers count every sentence or clause of the reply, in order._\n");
    return b.toString();
  }

  /** The checklist as a table: element, status, the reply claims that show it, why. */
  private void checklist(Analysis a, Checklist c) {
    b.append("## Checklist: ").append(escape(Summary.oneLine(c.profileName(), 200))).append("\n\n");
    b.append("**").append(c.passed() ? "Met" : "Not met").append(":** ")
        .append(escape(Summary.outcome(c).replaceFirst("^(not )?met: ", ""))).append(" (profile ")
        .append(escape(c.profile())).append(")\n\n");
    b.append("| Element | Status | Shown by | Why |\n");
    b.append("|---|---|---|---|\n");
    for (ChecklistItem i : c.items()) {
      StringBuilder shown = new StringBuilder();
      for (Span s : i.spans()) {
        int n = indexOf(a.replyClaims(), s);
        shown.append(shown.length() == 0 ? "" : "; ").append(n < 0 ? "reply " + s : "claim " + (n + 1))
            .append(" \u201C").append(cell(s.of(a.reply()), 80)).append('\u201D');
      }
      b.append("| ").append(escape(i.name()))
          .append(" | ").append(Summary.icon(i.status())).append(' ').append(Summary.words(i.status()))
          .append(" | ").append(shown.length() == 0 ? "\u2014" : shown)
          .append(" | ").append(cell(i.why(), 500))
          .append(" |\n");
    }
    b.append('\n');
  }

  /** "reply claim 3 (0.41)", so a reader can find the answering sentence in the table below. */
  private static String answeredBy(Analysis a, Point p) {
    if (p.answeredBy().isEmpty()) {
      return "—";
    }
    StringBuilder s = new StringBuilder();
    for (ClaimLink l : p.answeredBy()) {
      int i = indexOf(a.replyClaims(), l.span());
      s.append(s.length() == 0 ? "" : ", ")
          .append(i < 0 ? "reply " + l.span() : "claim " + (i + 1))
          .append(String.format(Locale.ROOT, " (%.2f)", l.score()));
    }
    return s.toString();
  }

  private static int indexOf(List<ReplyClaim> claims, Span span) {
    for (int i = 0; i < claims.size(); i++) {
      if (claims.get(i).span().equals(span)) {
        return i;
      }
    }
    return -1;
  }

  private static Status statusOf(Analysis a) {
    return Summary.status(a.verdict());
  }

  private static String cell(String text, int max) {
    return escape(Summary.oneLine(text, max), true);
  }

  /** {@link #escape(String, boolean)} outside a table. */
  static String escape(String text) {
    return escape(text, false);
  }

  /**
   * Letter text as Markdown that renders as exactly that text. Every character that could start
   * Markdown or HTML is backslash-escaped (CommonMark allows a backslash before any ASCII
   * punctuation; GitHub tables need {@code |} escaped even in code).
   *
   * <p>A word an autolinker would turn into a link (one holding {@code ://}, {@code www.} or
   * {@code @}) becomes a code span instead: escapes do not stop every GFM autolinker (the
   * transform-time ones of GitHub comments and remark-gfm read the text after escapes are
   * undone), but none links inside code. So a URL in a letter stays inert text, never a link.
   *
   * <pre>{@code
   * escape("see <b> & *x*")             -> "see \\<b\\> \\& \\*x\\*"
   * escape("at https://x.org/a_b now")  -> "at `https://x.org/a_b` now"
   * escape("mail ann@x.org")            -> "mail `ann@x.org`"
   * }</pre>
   *
   * @param table whether the text stands in a table cell
   */
  static String escape(String text, boolean table) {
    StringBuilder out = new StringBuilder(text.length() + 8);
    int i = 0;
    while (i < text.length()) {
      int end = i;
      while (end < text.length() && !Character.isWhitespace(text.charAt(end))) {
        end++;
      }
      if (end > i && linkable(text, i, end)) {
        codeSpan(text.substring(i, end), table, out);
        i = end;
        continue;
      }
      for (; i < end; i++) {
        char c = text.charAt(i);
        switch (c) {
          case '\\', '`', '*', '_', '[', ']', '<', '>', '|', '&', '#', '~' -> out.append('\\').append(c);
          // At the start of a list item these would open a nested list.
          case '-', '+' -> out.append(i == 0 ? "\\" : "").append(c);
          default -> out.append(c);
        }
      }
      for (; i < text.length() && Character.isWhitespace(text.charAt(i)); i++) {
        char c = text.charAt(i);
        out.append(c == '\n' || c == '\r' ? ' ' : c);
      }
    }
    return out.toString();
  }

  /** Whether a GFM autolinker could link the word {@code text[from, to)}: a URL, www. or an address. */
  private static boolean linkable(String text, int from, int to) {
    String word = text.substring(from, to);
    return word.contains("://") || word.contains("@") || word.toLowerCase(java.util.Locale.ROOT).contains("www.");
  }

  /** The word as a code span: fenced by more backticks than it holds in a row, pipes escaped in a table. */
  private static void codeSpan(String word, boolean table, StringBuilder out) {
    int run = 0;
    int longest = 0;
    for (int k = 0; k < word.length(); k++) {
      run = word.charAt(k) == '`' ? run + 1 : 0;
      longest = Math.max(longest, run);
    }
    String fence = "`".repeat(longest + 1);
    // A space inside each fence (stripped by CommonMark) keeps a backtick at either end apart from it.
    boolean pad = word.startsWith("`") || word.endsWith("`");
    out.append(fence).append(pad ? " " : "")
        .append(table ? word.replace("|", "\\|") : word)
        .append(pad ? " " : "").append(fence);
  }
}
