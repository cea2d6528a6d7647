package org.replyaudit.internal.cues;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.replyaudit.internal.matching.Bm25ClaimMatcher.Link;
import org.replyaudit.internal.matching.Bm25ClaimMatcher;
import org.replyaudit.internal.text.Claim;

/**
 * Pipeline stage {@code typed-evidence}: typed evidence. A point that asks when, how much, how many, why or who is better
 * answered by a reply claim that gives a date, an amount, a number, a reason or a name than by
 * one that only shares its words ("When will you fix my line?" — "An engineer is booked for
 * Thursday morning"). Only links that already share words are raised, by {@link #BONUS}; the one
 * exception is a request for an apology, which any genuine apology answers.
 */
public final class TypedEvidence {
  static final double BONUS = 0.15;

  /** What a point asks for. */
  public enum Want { WHEN, AMOUNT, NUMBER, REASON, WHO }

  // Cues rather than bare patterns: they run for every point and every link, and a cue skips
  // texts lacking its literals and reuses its matcher (see Cue). What a point asks runs over its
  // cue string; what a reply claim gives over its text (cues/typed-evidence.json).
  private static final CueFile CUES = CueFile.load("typed-evidence.json");
  private static final Cue[] ASKS = byWant(CUES, "ASKS_");
  private static final Cue[] GIVES = byWant(CUES, "GIVES_");
  /** "I want an apology" asks for an act, not for words: a genuine apology answers it. */
  private static final Cue ASKS_APOLOGY = CUES.only("ASKS_APOLOGY");
  /** What a point wants counted: the words after "how many", in the group {@code counted}. */
  private static final Pattern COUNTED = CUES.only("COUNTED").pattern();
  /** A count written as a word ("three", "no"). */
  private static final Pattern COUNT_WORD = CUES.only("COUNT_WORDS").pattern();
  /**
   * A count in digits: a bare number, not money, a percentage, a year or a magnitude of
   * something else. This is number syntax, not knowledge of how letters are written, so it is
   * written here rather than in the cue file, which holds the counts written as words.
   */
  private static final Pattern DIGIT_COUNT = Pattern.compile(
      "(?<![£$€\\d.,])\\b(?!(19|20)\\d\\d\\b)\\d[\\d,]*\\b(?![.,]?\\d|\\s?(%|per ?cent|billion|million|bn|m\\b|pounds|dollars|euros))");

  /** One cue per {@link Want}, in its order, from the lists {@code prefix + want}. */
  private static Cue[] byWant(CueFile file, String prefix) {
    Cue[] out = new Cue[Want.values().length];
    for (Want w : Want.values()) {
      out[w.ordinal()] = file.only(prefix + w.name());
    }
    return out;
  }

  private final boolean enabled;

  public TypedEvidence(boolean enabled) {
    this.enabled = enabled;
  }

  public static Set<Want> wants(Claim point) {
    Set<Want> w = EnumSet.noneOf(Want.class);
    for (Want want : Want.values()) {
      if (ASKS[want.ordinal()].foundIn(point.cue())) {
        w.add(want);
      }
    }
    return w;
  }

  private static List<Link> withApologies(List<Link> links, Claim point,
      PointClassifier.Decision kind, List<java.util.Map<ReplyActClassifier.Act, Cue.Hit>> acts) {
    if (kind.kind() != org.replyaudit.PointKind.REQUEST || !ASKS_APOLOGY.foundIn(point.cue())) {
      return links;
    }
    java.util.Map<Integer, Double> merged = new java.util.HashMap<>();
    for (Link l : links) {
      merged.put(l.target(), l.score());
    }
    for (int r = 0; r < acts.size(); r++) {
      if (acts.get(r).containsKey(ReplyActClassifier.Act.APOLOGY)) {
        merged.merge(r, APOLOGY_ANSWERS, Math::max);
      }
    }
    return Link.bestFirst(merged);
  }

  public static boolean gives(Claim point, Claim reply, Want want) {
    if (want == Want.NUMBER) {
      return givesCount(point, reply);
    }
    return GIVES[want.ordinal()].foundIn(reply.text());
  }

  /**
   * "How many routes were withdrawn?" is answered by a count of routes, not by whatever number
   * the reply offers instead ("£1.2 billion invested", "94% of residents"): the count must
   * stand near a word of what was to be counted.
   */
  private static boolean givesCount(Claim point, Claim reply) {
    var asked = COUNTED.matcher(point.cue());
    if (!asked.find()) {
      return GIVES[Want.NUMBER.ordinal()].foundIn(reply.text());
    }
    String[] counted = asked.group("counted").strip().split(" ");
    String text = reply.text().toLowerCase(java.util.Locale.ROOT);
    // Digits and words never overlap, so the two kinds of count can be looked for one after the other.
    return countNear(DIGIT_COUNT, reply.text(), text, counted) || countNear(COUNT_WORD, reply.text(), text, counted);
  }

  /**
   * Whether a count that {@code count} finds in {@code reply} has one of the {@code counted}
   * words in the 40 characters after it ({@code text}: the reply lower-cased).
   */
  private static boolean countNear(Pattern count, String reply, String text, String[] counted) {
    var m = count.matcher(reply);
    while (m.find()) {
      String after = text.substring(m.end(), Math.min(text.length(), m.end() + 40));
      for (String w : counted) {
        String stem = w.length() > 5 ? w.substring(0, 5) : w;
        if (w.length() > 2 && after.contains(stem)) {
          return true;
        }
      }
    }
    return false;
  }

  /** The score an apology gets against a request for one: answered, whatever words they share. */
  static final double APOLOGY_ANSWERS = 0.5;

  public Bm25ClaimMatcher.Scores adjust(Bm25ClaimMatcher.Scores scores, List<Claim> complaint,
      List<PointClassifier.Decision> kinds, List<Claim> reply,
      List<java.util.Map<ReplyActClassifier.Act, Cue.Hit>> acts) {
    if (!enabled) {
      return scores;
    }
    List<List<Link>> out = new ArrayList<>(complaint.size());
    // gives() is a regex search over a reply claim, and the same reply claim is linked from many
    // points (from thousands in a long letter): remember each answer. 0 = not yet asked.
    byte[][] given = new byte[Want.values().length][reply.size()];
    for (int c = 0; c < complaint.size(); c++) {
      List<Link> links = withApologies(scores.complaintToReply().get(c), complaint.get(c),
          kinds.get(c), acts);
      Set<Want> wants = kinds.get(c).kind().needsAnswer() ? wants(complaint.get(c)) : Set.of();
      if (wants.isEmpty() || links.isEmpty()) {
        out.add(links);
        continue;
      }
      List<Link> raised = new ArrayList<>(links.size());
      Claim point = complaint.get(c);
      for (Link l : links) {
        boolean gives = false;
        for (Want w : wants) {
          if (w == Want.NUMBER) {
            // A count depends on what the point asks to be counted: not memoised per reply claim.
            gives = gives(point, reply.get(l.target()), w);
          } else {
            byte[] memo = given[w.ordinal()];
            if (memo[l.target()] == 0) {
              memo[l.target()] = gives(point, reply.get(l.target()), w) ? (byte) 2 : (byte) 1;
            }
            gives = memo[l.target()] == 2;
          }
          if (gives) {
            break;
          }
        }
        raised.add(gives ? new Link(l.target(), Math.min(1.0, l.score() + BONUS)) : l);
      }
      raised.sort(Link.BEST_FIRST);
      out.add(List.copyOf(raised));
    }
    return new Bm25ClaimMatcher.Scores(out, scores.replyToComplaint());
  }
}
