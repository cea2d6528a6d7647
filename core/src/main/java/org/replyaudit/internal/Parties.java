package org.replyaudit.internal;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Who a claim is about: the respondent (you / your / its names in a complaint; we / our / its
 * names in a reply), another party the letter names, or nobody clear. A reply that defends the
 * respondent's own conduct does not answer an allegation against someone else.
 */
final class Parties {
  /** Whose conduct a claim describes. */
  enum Party { RESPONDENT, OTHER, UNCLEAR }

  private static final Pattern LEADING_NAME = Pattern.compile(
      "\\s*(?:(?:On|In|Since|When|After|Before|Then|Also)\\b[^,]{0,40},\\s*)?((?:[A-Z][\\p{L}&'.-]*\\s+){0,3}[A-Z][\\p{L}&'.-]*)\\b");
  private static final java.util.Set<String> NOT_NAMES = java.util.Set.of(
      "i", "we", "you", "it", "they", "he", "she", "this", "that", "these", "those", "there", "the", "our",
      "your", "my", "as", "if", "at", "in", "on", "all", "any", "every", "some", "no", "what", "which",
      "who", "when", "where", "why", "how", "please", "a", "an", "since", "after", "before", "then", "also");

  private Parties() {}

  /** Whose conduct a complaint claim describes; "it" and "they" continue the previous claim's party. */
  static Party ofComplaintClaim(Claim claim, Party previous, List<String> respondent) {
    String cue = claim.cue();
    if (cue.startsWith(" it ") || cue.startsWith(" they ") || cue.startsWith(" its ") || cue.startsWith(" their ")) {
      return previous;
    }
    if (cue.contains(" you ") || cue.contains(" your ")) {
      return Party.RESPONDENT;
    }
    String name = leadingName(claim.text());
    if (name == null) {
      return Party.UNCLEAR;
    }
    return isRespondent(name, respondent) ? Party.RESPONDENT : Party.OTHER;
  }

  /** Whether a reply claim speaks of the respondent's own conduct. */
  static boolean replyAboutRespondent(Claim claim, List<String> respondent) {
    String cue = claim.cue();
    if (cue.contains(" we ") || cue.contains(" our ") || cue.contains(" us ") || cue.contains(" i ")
        || cue.contains(" we're ") || cue.contains(" we've ")) {
      return true;
    }
    String lower = claim.text().toLowerCase(Locale.ROOT);
    return respondent.stream().anyMatch(r -> r.length() > 3 && lower.contains(r.toLowerCase(Locale.ROOT)));
  }

  private static String leadingName(String text) {
    var m = LEADING_NAME.matcher(text);
    if (!m.lookingAt()) {
      return null;
    }
    String name = m.group(1);
    return NOT_NAMES.contains(name.split("\\s+")[0].toLowerCase(Locale.ROOT)) ? null : name;
  }

  private static boolean isRespondent(String name, List<String> respondent) {
    String lower = name.toLowerCase(Locale.ROOT);
    for (String r : respondent) {
      String rl = r.toLowerCase(Locale.ROOT);
      if (rl.length() > 2 && (rl.contains(lower) || lower.contains(rl))) {
        return true;
      }
    }
    return false;
  }
}
