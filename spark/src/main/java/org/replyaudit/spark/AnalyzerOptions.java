package org.replyaudit.spark;

import java.io.Serializable;
import java.util.List;
import java.util.Objects;
import org.replyaudit.Mode;
import org.replyaudit.ReplyAnalyzer;
import org.replyaudit.ReplyAudit;

/**
 * The settings of the analyzer each executor builds: small, immutable and serializable, so that
 * it travels with the tasks and keys the analyzer an executor keeps ({@link Analyzers}).
 *
 * <pre>{@code
 * new AnalyzerOptions(Mode.LEXICAL, List.of("Tallis Mobile"), 2_000_000)
 *     → the analyzer of ReplyAudit.builder().addRespondent(List.of("Tallis Mobile")).maxTextLength(2_000_000)
 * }</pre>
 *
 * @param mode how the analyzer reads meaning
 * @param respondent names the responding organisation uses for itself in every pair, on top of a
 *     row's own {@code respondent}
 * @param maxChars the longest complaint or reply accepted, in chars; a longer one is an error row
 */
public record AnalyzerOptions(Mode mode, List<String> respondent, int maxChars) implements Serializable {
  private static final long serialVersionUID = 1L;

  /** The defaults: lexical mode, no extra respondent names, the library's size limit. */
  public static final AnalyzerOptions DEFAULTS =
      new AnalyzerOptions(Mode.LEXICAL, List.of(), ReplyAnalyzer.Builder.DEFAULT_MAX_TEXT_LENGTH);

  /**
   * @throws NullPointerException if an argument or a name is null
   * @throws IllegalArgumentException if a name is blank or {@code maxChars} is below 1
   */
  public AnalyzerOptions {
    Objects.requireNonNull(mode, "mode");
    respondent = List.copyOf(Objects.requireNonNull(respondent, "respondent"));
    for (String n : respondent) {
      if (n.isBlank()) {
        throw new IllegalArgumentException("a respondent name must not be blank");
      }
    }
    if (maxChars < 1) {
      throw new IllegalArgumentException("maxChars must be at least 1: " + maxChars);
    }
  }

  /** A new analyzer with these settings (loads the models: call it once per JVM, through {@link Analyzers}). */
  ReplyAnalyzer newAnalyzer() {
    return ReplyAudit.builder().mode(mode).addRespondent(respondent).maxTextLength(maxChars).build();
  }
}
