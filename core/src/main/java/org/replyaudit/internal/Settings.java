package org.replyaudit.internal;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.replyaudit.MatchingSignal;

/** An analyzer's immutable settings, validated by {@code ReplyAnalyzer.Builder}. */
public record Settings(List<String> respondent, int maxTextLength, Set<MatchingSignal> signals) {
  public Settings {
    respondent = List.copyOf(respondent);
    signals = signals.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(signals));
  }

  /** The default settings: no respondent names, 2,000,000 chars, the default signals. */
  public static Settings defaults() {
    return new Settings(List.of(), 2_000_000, MatchingSignal.defaults());
  }
}
