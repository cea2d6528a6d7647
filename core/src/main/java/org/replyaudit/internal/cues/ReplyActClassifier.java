package org.replyaudit.internal.cues;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.replyaudit.internal.text.Claim;
import org.replyaudit.internal.text.Segment;

/**
 * Pipeline stage {@code reply-acts}: reads from each reply claim's wording what it does, before any comparison with the
 * complaint. The acts found here are cues, read as features by the trained models, which decide
 * the final labels once they know what the complaint said (a denial is only unsolicited if nobody
 * alleged it, a premise only misread if the complainant did not state it).
 *
 * <p>The phrase lists describe how replies are written in general (the forms of apology,
 * reassurance, signposting, denial, acknowledgement), not the wording of any one letter.
 */
public final class ReplyActClassifier {
  /** What a reply claim's wording shows it doing. */
  public enum Act {
    COURTESY, APOLOGY, NON_APOLOGY, COMMITMENT, ACTION_TAKEN, REDIRECTION, SIGNPOST, BOILERPLATE,
    DENIAL, PREMISE, ACKNOWLEDGEMENT, DESCRIBES_OTHER
  }

  /**
   * The cue lists, one per act, from {@code cues/reply-acts.json} (where each cue's examples
   * are). Every act must have a list: a missing one is a build defect, caught at class load.
   */
  private static final Map<Act, List<Cue>> CUES = new EnumMap<>(Act.class);

  static {
    CueFile file = CueFile.load("reply-acts.json");
    for (Act act : Act.values()) {
      CUES.put(act, file.list(act.name()));
    }
  }

  /** The acts the wording of a claim shows, each with the cue that fired. */
  public Map<Act, Cue.Hit> acts(Claim claim) {
    Map<Act, Cue.Hit> acts = new EnumMap<>(Act.class);
    switch (claim.role()) {
      case GREETING, SIGNOFF -> {
        acts.put(Act.COURTESY, new Cue.Hit(claim.role() == Segment.Role.GREETING ? "greeting" : "sign-off", claim.text().strip()));
        return acts;
      }
      case SIGNATURE, HEADER -> {
        return acts;
      }
      default -> { }
    }
    String s = claim.cue();
    CUES.forEach((act, cues) -> Cue.first(cues, s).ifPresent(hit -> acts.put(act, hit)));
    if (acts.containsKey(Act.NON_APOLOGY)) {
      acts.remove(Act.APOLOGY);
    }
    // "Thank you for your email" opening a sentence is courtesy; "thank you" inside an answer is not.
    if (acts.containsKey(Act.COURTESY) && !claim.firstOfSegment()) {
      acts.remove(Act.COURTESY);
    }
    return acts;
  }

  static Optional<Cue.Hit> hit(Map<Act, Cue.Hit> acts, Act act) {
    return Optional.ofNullable(acts.get(act));
  }
}
