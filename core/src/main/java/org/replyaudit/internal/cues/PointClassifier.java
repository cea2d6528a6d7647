package org.replyaudit.internal.cues;

import java.util.List;
import java.util.Optional;
import org.replyaudit.PointKind;
import org.replyaudit.internal.text.Claim;
import org.replyaudit.internal.text.Segment;

/**
 * Pipeline stage {@code point-cues}: decides what each complaint claim asks of the reply, from cues in how complaints
 * are written: questions and requests by their form (a question mark, "please explain",
 * "I ask that", an imperative bullet under "Please:"), allegations by accusation and failure
 * verbs, grievances by stated harm. What is none of these is context: background that needs no
 * answer. A concession ("I understand…", "I accept…") is context whatever follows.
 */
public final class PointClassifier {
  /** The cue lists, with the examples each cue is checked against: {@code cues/point-kinds.json}. */
  private static final CueFile CUES = CueFile.load("point-kinds.json");
  private static final List<Cue> CONCESSION = CUES.list("CONCESSION");
  private static final List<Cue> FRAMING = CUES.list("FRAMING");
  private static final List<Cue> META_REQUEST = CUES.list("META_REQUEST");
  private static final List<Cue> QUESTION = CUES.list("QUESTION");
  private static final List<Cue> ITEM_QUESTION = CUES.list("ITEM_QUESTION");
  private static final List<Cue> LIST_OF_REQUESTS = CUES.list("LIST_OF_REQUESTS");
  private static final List<Cue> REQUEST = CUES.list("REQUEST");
  private static final List<Cue> ALLEGATION = CUES.list("ALLEGATION");
  private static final List<Cue> GRIEVANCE = CUES.list("GRIEVANCE");

  /**
   * An allegation blames someone else. A clause about the complainant's own doing, or a
   * conditional, blames no one, so on such a clause (any OWN_DOING cue fires) the ALLEGATION cues
   * that only say something went wrong do not count; those that name a deed still do.
   */
  private static final List<Cue> OWN_DOING = CUES.list("OWN_DOING");
  private static final java.util.Set<String> BLAME_ONLY_BY_SUBJECT =
      java.util.Set.of("failure", "omission", "conduct of others", "misconduct", "without");
  private static final List<Cue> ALLEGATION_OF_DEED = ALLEGATION.stream()
      .filter(c -> !BLAME_ONLY_BY_SUBJECT.contains(c.name())).toList();

  /** The kind of a claim, and the cue that decided it. */
  public record Decision(PointKind kind, Optional<Cue.Hit> cue) {}

  public Decision classify(Claim claim, Claim listIntro) {
    String s = claim.cue();
    // A line that introduces a list ("Please:") is not itself a point; its items are.
    if (claim.role() != Segment.Role.BODY || introducesList(claim)) {
      return new Decision(PointKind.CONTEXT, Optional.empty());
    }
    if (claim.firstOfSegment() && Cue.first(CONCESSION, s).isPresent()) {
      return new Decision(PointKind.CONTEXT, Cue.first(CONCESSION, s));
    }
    Optional<Cue.Hit> hit = Cue.first(QUESTION, s);
    if (hit.isEmpty() && claim.segment().item() && claim.firstOfSegment()) {
      hit = Cue.first(ITEM_QUESTION, s);
    }
    if (hit.isPresent()) {
      return new Decision(PointKind.QUESTION, hit);
    }
    // Asking for a reply at all ("I would like a written response to each point") is met by
    // the reply existing; what it must answer are the points themselves.
    if (Cue.first(META_REQUEST, s).isPresent()) {
      return new Decision(PointKind.CONTEXT, Cue.first(META_REQUEST, s));
    }
    boolean framing = Cue.first(FRAMING, s).isPresent();
    hit = framing ? Optional.empty() : Cue.first(REQUEST, s);
    if (hit.isPresent()) {
      return new Decision(PointKind.REQUEST, hit);
    }
    // A bullet under "Please:" or "I want either:" inherits the request of its introduction;
    // only its first sentence does: what follows in the bullet is the complainant's own gloss.
    if (listIntro != null && claim.segment().item() && s.strip().length() > 0 && !s.endsWith(": ")) {
      String intro = listIntro.cue();
      if (Cue.first(QUESTION, intro).isPresent() || Cue.first(REQUEST, intro).isPresent()
          || Cue.first(LIST_OF_REQUESTS, intro).isPresent()) {
        return new Decision(PointKind.REQUEST, Optional.of(new Cue.Hit("item of a request list", listIntro.text().strip())));
      }
    }
    hit = Cue.first(Cue.first(OWN_DOING, s).isPresent() ? ALLEGATION_OF_DEED : ALLEGATION, s);
    if (hit.isPresent()) {
      return new Decision(PointKind.ALLEGATION, hit);
    }
    hit = Cue.first(GRIEVANCE, s);
    if (hit.isPresent()) {
      return new Decision(PointKind.GRIEVANCE, hit);
    }
    return new Decision(PointKind.CONTEXT, Optional.empty());
  }

  /** Whether a claim ends by introducing a list (its items then inherit its kind). */
  public static boolean introducesList(Claim claim) {
    return claim.text().strip().endsWith(":");
  }
}
