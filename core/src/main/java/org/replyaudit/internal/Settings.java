package org.replyaudit.internal;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.replyaudit.MatchingSignal;

/** An analyzer's immutable settings, validated by {@code ReplyAnalyzer.Builder}. */
public record Settings(
    List<String> respondent, double answeredThreshold, double partlyThreshold, int maxTextLength,
    Set<MatchingSignal> signals) {
  public static final double DEFAULT_ANSWERED = 0.25;
  public static final double DEFAULT_PARTLY = 0.15;

  public Settings {
    respondent = List.copyOf(respondent);
    signals = signals.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(signals));
  }
}
