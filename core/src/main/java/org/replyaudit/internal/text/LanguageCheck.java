package org.replyaudit.internal.text;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import opennlp.tools.langdetect.Language;
import opennlp.tools.langdetect.LanguageDetectorME;
import org.replyaudit.Diagnostic;
import org.replyaudit.models.EnglishModels;

/**
 * Says when a text is not English, and which language it looks like. The cues and the matcher
 * are English-only, so findings on another language are unreliable and the caller must know.
 *
 * <p>A cheap test runs first (how many of the text's words are common English function words);
 * only a text that fails it pays for OpenNLP's language detector, whose 10 MB model therefore
 * loads only when a non-English letter is actually seen. That model is an optional dependency
 * ({@code opennlp-models-langdetect}): without it the diagnostic still fires on the same texts,
 * and says the language could not be named instead of naming it.
 */
public final class LanguageCheck {
  /** Enough of a text to tell its language. */
  private static final int SAMPLE = 4000;
  private static final Set<String> ENGLISH = Set.of(
      "the", "and", "to", "of", "a", "i", "you", "we", "is", "in", "that", "it", "for", "my", "your",
      "our", "not", "have", "was", "be", "this", "with", "on", "are", "me", "us", "as", "at", "by",
      "from", "has", "had", "will", "would", "can", "please", "an", "or", "no", "if", "they", "he", "she");

  private LanguageCheck() {}

  public static Optional<Diagnostic> check(String which, String text) {
    String sample = text.length() > SAMPLE ? text.substring(0, SAMPLE) : text;
    int words = 0;
    int english = 0;
    int letters = 0;
    int latin = 0;
    for (String w : sample.toLowerCase(Locale.ROOT).split("[^\\p{L}']+")) {
      if (w.isEmpty()) {
        continue;
      }
      words++;
      english += ENGLISH.contains(w) ? 1 : 0;
      for (int i = 0; i < w.length(); i++) {
        letters++;
        latin += w.charAt(i) < 0x250 ? 1 : 0;
      }
    }
    if (words < 4 || (english * 10 >= words && latin * 2 >= letters)) {
      return Optional.empty();
    }
    if (!EnglishModels.hasLanguageDetector()) {
      return Optional.of(new Diagnostic(which + ".language", String.format(Locale.ROOT,
          "the %s does not look English (%d of %d words read are common English words); ReplyAudit "
              + "reads English, so its findings on this text are unreliable (add "
              + "org.apache.opennlp:opennlp-models-langdetect to have the language named)",
          which, english, words)));
    }
    Language best;
    try {
      best = new LanguageDetectorME(EnglishModels.languageDetector()).predictLanguage(sample);
    } catch (RuntimeException | LinkageError e) {
      // A missing language model must not cost the caller the analysis itself.
      return Optional.of(new Diagnostic(which + ".language", "the " + which
          + " does not look English, but its language could not be detected: " + e));
    }
    if (best.getLang().equals("eng")) {
      return Optional.empty();
    }
    return Optional.of(new Diagnostic(which + ".language", String.format(Locale.ROOT,
        "the %s looks like %s (ISO 639-3, confidence %.2f), not English; ReplyAudit reads English, "
            + "so its findings on this text are unreliable", which, best.getLang(), best.getConfidence())));
  }
}
