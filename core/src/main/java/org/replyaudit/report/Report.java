package org.replyaudit.report;

import java.util.Objects;
import org.replyaudit.Analysis;
import org.replyaudit.thread.ThreadAnalysis;

/**
 * Every report of an {@link Analysis}, in one place.
 *
 * <pre>{@code
 * Analysis a = ReplyAudit.analyze(complaint, reply);
 * Files.writeString(Path.of("report.html"), Report.html(a));   // side by side, self-contained
 * String ticket = Report.markdown(a);                            // summary + tables + follow-up
 * System.out.print(Report.text(a, System.console() != null));    // colour only on a terminal
 * List<FollowUp.Question> ask = FollowUp.questions(a);           // what to ask again
 *
 * ThreadAnalysis t = ReplyAudit.analyzeThread(messages);         // a thread of letters
 * System.out.print(Report.threadText(t));                        // what is still open, and the next letter
 * }</pre>
 *
 * <p>Every method throws {@link NullPointerException} naming the parameter when given null. All
 * letter text is escaped for the target format.
 */
public final class Report {
  /** The heading used when the caller gives none. */
  public static final String DEFAULT_TITLE = "Complaint and reply";

  private Report() {}

  /**
   * A self-contained HTML page (inline CSS and script, no network) with the default title.
   *
   * @param analysis the analysis to show
   * @return the whole page
   */
  public static String html(Analysis analysis) {
    return html(analysis, DEFAULT_TITLE);
  }

  /**
   * A self-contained HTML page headed {@code title} (escaped like the letters).
   *
   * @param analysis the analysis to show
   * @param title the page's heading and title
   * @return the whole page
   */
  public static String html(Analysis analysis, String title) {
    Objects.requireNonNull(analysis, "analysis");
    Objects.requireNonNull(title, "title");
    return HtmlReport.render(analysis, title);
  }

  /**
   * A Markdown report with the default title.
   *
   * @param analysis the analysis to show
   * @return the Markdown text
   */
  public static String markdown(Analysis analysis) {
    return markdown(analysis, DEFAULT_TITLE);
  }

  /**
   * A Markdown report headed {@code title}: summary, "You did not answer", tables, follow-up.
   *
   * @param analysis the analysis to show
   * @param title the top heading
   * @return the Markdown text
   */
  public static String markdown(Analysis analysis, String title) {
    Objects.requireNonNull(analysis, "analysis");
    Objects.requireNonNull(title, "title");
    return MarkdownReport.render(analysis, title);
  }

  /**
   * The plain-text report, without colour.
   *
   * @param analysis the analysis to show
   * @return the report, lines ending in {@code \n}
   */
  public static String text(Analysis analysis) {
    return text(analysis, false);
  }

  /**
   * The plain-text report, with ANSI colour when {@code colour} is true.
   *
   * @param analysis the analysis to show
   * @param colour whether to add ANSI colour codes (only for a terminal)
   * @return the report, lines ending in {@code \n}
   */
  public static String text(Analysis analysis, boolean colour) {
    Objects.requireNonNull(analysis, "analysis");
    return TextReport.render(analysis, colour);
  }

  /**
   * The analysis as indented JSON, the same object {@code batch} writes, with a null id.
   *
   * @param analysis the analysis to write
   * @return indented JSON
   */
  public static String json(Analysis analysis) {
    return json(null, analysis);
  }

  /**
   * The analysis as indented JSON with {@code id} (which may be null).
   *
   * @param id the pair's id, written first; may be null
   * @param analysis the analysis to write
   * @return indented JSON
   */
  public static String json(String id, Analysis analysis) {
    Objects.requireNonNull(analysis, "analysis");
    return AnalysisJson.toPrettyJson(id, analysis);
  }

  /**
   * A thread as plain text: what is still open after the last reply, contradictions, reply by
   * reply, every point's history, and the next follow-up letter.
   *
   * @param thread a thread analysis
   * @return the report, one line per entry
   * @throws NullPointerException if {@code thread} is null
   */
  public static String threadText(ThreadAnalysis thread) {
    return ThreadReport.text(thread);
  }

  /**
   * A thread as Markdown, headed {@code title}; the same sections as {@link #threadText(ThreadAnalysis)}.
   *
   * @param thread a thread analysis
   * @param title the heading (escaped)
   * @return the report
   * @throws NullPointerException if an argument is null
   */
  public static String threadMarkdown(ThreadAnalysis thread, String title) {
    return ThreadReport.markdown(thread, title);
  }

  /**
   * A thread as indented JSON, the object {@code batch} writes for a line with messages.
   *
   * @param id the thread's id, or null
   * @param thread a thread analysis
   * @return the JSON object
   * @throws NullPointerException if {@code thread} is null
   */
  public static String threadJson(String id, ThreadAnalysis thread) {
    return ThreadJson.toPrettyJson(id, thread);
  }

  /**
   * {@code s} with every lone surrogate (half of a pair, which no UTF-8 writer can encode)
   * replaced by U+FFFD, the replacement character; {@code s} itself when it has none (most
   * texts). Every report this class returns is already well formed; this is for text a caller
   * writes beside them, such as an error line quoting its input.
   *
   * <pre>{@code
   * Report.wellFormed("a" + (char) 0xD800 + "b")  -> "a" + (char) 0xFFFD + "b"   (a lone half: replaced)
   * Report.wellFormed("ok 😀")                -> "ok 😀"                   (a pair: kept)
   * }</pre>
   *
   * @throws NullPointerException if {@code s} is null
   */
  public static String wellFormed(String s) {
    int i = 0;
    int n = s.length();
    while (i < n && !Character.isSurrogate(s.charAt(i))) {
      i++;
    }
    if (i == n) {
      return s;
    }
    StringBuilder b = new StringBuilder(n).append(s, 0, i);
    for (; i < n; i++) {
      char c = s.charAt(i);
      if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(s.charAt(i + 1))) {
        b.append(c).append(s.charAt(++i));
      } else {
        b.append(Character.isSurrogate(c) ? '\uFFFD' : c);
      }
    }
    return b.toString();
  }
}
