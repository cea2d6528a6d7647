package org.replyaudit.internal.decisions;

import java.util.List;
import java.util.Locale;
import org.replyaudit.internal.text.Claim;

/**
 * Who a reply claim is about. A reply that defends the respondent's own conduct ("we", "our",
 * or one of the names the respondent uses for itself) is read differently from one that
 * describes someone else's: the decisions weigh it as a feature.
 */
final class Parties {
  private Parties() {}

  /**
   * Whether a reply claim speaks of the respondent's own conduct: a first-person word, or one of
   * the respondent's names longer than three letters (shorter ones, such as "BT", occur inside
   * ordinary words).
   */
  static boolean replyAboutRespondent(Claim claim, List<String> respondent) {
    String cue = claim.cue();
    if (cue.contains(" we ") || cue.contains(" our ") || cue.contains(" us ") || cue.contains(" i ")
        || cue.contains(" we're ") || cue.contains(" we've ")) {
      return true;
    }
    String lower = claim.text().toLowerCase(Locale.ROOT);
    return respondent.stream().anyMatch(r -> r.length() > 3 && lower.contains(r.toLowerCase(Locale.ROOT)));
  }
}
