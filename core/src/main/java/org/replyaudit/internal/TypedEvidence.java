package org.replyaudit.internal;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.replyaudit.internal.Bm25ClaimMatcher.Link;

/**
 * Stage 5b: typed evidence. A point that asks when, how much, how many, why or who is better
 * answered by a reply claim that gives a date, an amount, a number, a reason or a name than by
 * one that only shares its words ("When will you fix my line?" — "An engineer is booked for
 * Thursday morning"). Only links that already share words are raised, by {@link #BONUS}.
 */
final class TypedEvidence {
  static final double BONUS = 0.15;

  /** What a point asks for. */
  enum Want { WHEN, AMOUNT, NUMBER, REASON, WHO }

  private static final Pattern[] ASKS = {
      Pattern.compile(" (when|what date|what time|how long|how soon|by when|timescale|timeframe|deadline|an actual date|a date) "),
      Pattern.compile(" (how much|refund|refunded|reimburse|reimbursed|compensate|compensation|cost|costs|repay|money back|fee|fees|charge|charges|[£$€]\\d[\\d.,]*) "),
      Pattern.compile(" (how many|how often|number of) "),
      Pattern.compile(" (why|explain|explanation|reason|reasons|how come) "),
      Pattern.compile(" (who|which (member|person|officer|staff|employee|manager)|name of|whose) ")};
  private static final Pattern[] GIVES = {
      Pattern.compile("(?i)\\b(january|february|march|april|may|june|july|august|september|october|november|december"
          + "|monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|tomorrow|next (week|month)|within \\d+"
          + "|by the end of|\\d{1,2}(st|nd|rd|th)\\b|\\d{1,2}[:.]\\d{2}\\s?(am|pm)?|\\d+\\s?(am|pm)|\\d+ (working )?(days|weeks))\\b"),
      Pattern.compile("[£$€]\\s?\\d|\\b\\d+(\\.\\d\\d)? ?(pounds|dollars|euros|GBP|USD|EUR)\\b"),
      Pattern.compile("\\b\\d+\\b|(?i)\\b(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|hundred)\\b"),
      Pattern.compile("(?i)\\b(because|the reason|due to|as a result|caused by|was caused|this was|resulted from|owing to|in order to)\\b"),
      Pattern.compile("\\b(Mr|Mrs|Ms|Miss|Dr)\\.? [A-Z]|(?i)\\b(our|the|your) [a-z ]{0,20}(manager|officer|engineer|supervisor|team|adviser|advisor|driver|installer)\\b")};

  private final boolean enabled;

  TypedEvidence(boolean enabled) {
    this.enabled = enabled;
  }

  static Set<Want> wants(Claim point) {
    Set<Want> w = EnumSet.noneOf(Want.class);
    for (Want want : Want.values()) {
      if (ASKS[want.ordinal()].matcher(point.cue()).find()) {
        w.add(want);
      }
    }
    return w;
  }

  static boolean gives(Claim reply, Want want) {
    return GIVES[want.ordinal()].matcher(reply.text()).find();
  }

  Bm25ClaimMatcher.Scores adjust(Bm25ClaimMatcher.Scores scores, List<Claim> complaint,
      List<PointClassifier.Decision> kinds, List<Claim> reply) {
    if (!enabled) {
      return scores;
    }
    List<List<Link>> out = new ArrayList<>(complaint.size());
    // gives() is a regex search over a reply claim, and the same reply claim is linked from many
    // points (from thousands in a long letter): remember each answer. 0 = not yet asked.
    byte[][] given = new byte[Want.values().length][reply.size()];
    for (int c = 0; c < complaint.size(); c++) {
      List<Link> links = scores.complaintToReply().get(c);
      Set<Want> wants = kinds.get(c).kind().needsAnswer() ? wants(complaint.get(c)) : Set.of();
      if (wants.isEmpty() || links.isEmpty()) {
        out.add(links);
        continue;
      }
      List<Link> raised = new ArrayList<>(links.size());
      for (Link l : links) {
        boolean gives = false;
        for (Want w : wants) {
          byte[] memo = given[w.ordinal()];
          if (memo[l.target()] == 0) {
            memo[l.target()] = gives(reply.get(l.target()), w) ? (byte) 2 : (byte) 1;
          }
          if (memo[l.target()] == 2) {
            gives = true;
            break;
          }
        }
        raised.add(gives ? new Link(l.target(), Math.min(1.0, l.score() + BONUS)) : l);
      }
      raised.sort((a, b) -> a.score() != b.score()
          ? Double.compare(b.score(), a.score()) : Integer.compare(a.target(), b.target()));
      out.add(List.copyOf(raised));
    }
    return new Bm25ClaimMatcher.Scores(out, scores.replyToComplaint());
  }
}
