package org.replyaudit.internal;

import java.util.List;

/** An analyzer's immutable settings, validated by {@code ReplyAnalyzer.Builder}. */
public record Settings(
    List<String> respondent, double answeredThreshold, double partlyThreshold, int maxTextLength) {
  public static final double DEFAULT_ANSWERED = 0.25;
  public static final double DEFAULT_PARTLY = 0.15;

  public Settings {
    respondent = List.copyOf(respondent);
  }
}
