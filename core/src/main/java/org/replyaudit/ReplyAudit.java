package org.replyaudit;

import java.util.List;

/**
 * The entry point.
 *
 * <pre>{@code
 * Analysis a = ReplyAudit.analyze(complaint, reply);
 * a.unanswered().forEach(p -> System.out.println("Not answered: " + p.text()));
 *
 * ReplyAnalyzer analyzer = ReplyAudit.builder().respondent("Tallis Mobile", "we").build();
 * Analysis b = analyzer.analyze(complaint, reply);   // analyzer is immutable and thread-safe
 * }</pre>
 */
public final class ReplyAudit {
  private ReplyAudit() {}

  /**
   * Analyses one complaint and its reply with the default settings.
   *
   * @param complaint the complaint's text, as written
   * @param reply the reply's text, as written
   * @return the analysis; every span in it indexes these two strings
   * @throws NullPointerException if either argument is null
   * @throws IllegalArgumentException if a text is longer than {@link ReplyAnalyzer.Builder#maxTextLength}
   */
  public static Analysis analyze(String complaint, String reply) {
    return defaultAnalyzer().analyze(complaint, reply);
  }

  /**
   * Analyses a thread of messages (complaint, reply, follow-up, reply, …) with the default
   * settings: each point of every complainant message tracked through the later replies.
   *
   * @param messages the messages in the order they were sent, the first the complainant's
   * @return what is answered, open, raised again and contradicted, reply by reply
   * @throws NullPointerException if {@code messages} or one of them is null
   * @throws IllegalArgumentException if there is no message or the first is not the complainant's
   */
  public static org.replyaudit.thread.ThreadAnalysis analyzeThread(List<org.replyaudit.thread.Message> messages) {
    return defaultAnalyzer().analyzeThread(messages);
  }

  /**
   * The shared analyzer with default settings.
   *
   * @return the same analyzer on every call, built on first use
   */
  public static ReplyAnalyzer defaultAnalyzer() {
    return DefaultHolder.INSTANCE;
  }

  /**
   * A builder for an analyzer with options: the mode, the respondent's names, the models, the
   * matching signals, limits.
   *
   * @return a new builder with the default settings
   */
  public static ReplyAnalyzer.Builder builder() {
    return new ReplyAnalyzer.Builder();
  }

  private static final class DefaultHolder {
    static final ReplyAnalyzer INSTANCE = new ReplyAnalyzer.Builder().build();
  }
}
