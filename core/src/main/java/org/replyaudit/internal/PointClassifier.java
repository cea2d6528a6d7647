package org.replyaudit.internal;

import java.util.List;
import java.util.Optional;
import org.replyaudit.PointKind;

/**
 * Stage 4a: decides what each complaint claim asks of the reply, from cues in how complaints
 * are written: questions and requests by their form (a question mark, "please explain",
 * "I ask that", an imperative bullet under "Please:"), allegations by accusation and failure
 * verbs, grievances by stated harm. What is none of these is context: background that needs no
 * answer. A concession ("I understand…", "I accept…") is context whatever follows.
 */
public final class PointClassifier {
  private static final List<Cue> CONCESSION = List.of(
      Cue.of("concession", "^ (i|we) (understand|accept|appreciate|acknowledge|realise|realize|know|am aware|recognise|recognize|agree) "));
  private static final List<Cue> FRAMING = List.of(
      Cue.of("framing", "^ (i|we) (wish|want|would like|am writing|write|have to|must) (to )?(formally )?(complain|make a complaint|raise a complaint|lodge a complaint|raise|express|report|register)"));
  private static final List<Cue> META_REQUEST = List.of(
      Cue.of("asks for a reply", " (like|want|ask for|request|expect|await|need) (a |an |your )?(written |full |formal |proper |prompt |detailed )?(response|reply|answer|answers) (to (this|these|my|each|all|every)|on (this|these)|within|by) "));
  private static final List<Cue> QUESTION = List.of(
      Cue.of("question mark", " \\? $| \\? "),
      Cue.of("asks to be told", " (explain|tell (me|us)|let (me|us) know|confirm|clarify|advise (me|us)|inform (me|us)|set out|show (me|us)) (why|how|what|when|who|whether|if|which|where) "),
      Cue.of("asks to be told", "^ (explain|tell (me|us)|let (me|us) know|clarify) "),
      Cue.of("asks to know", " (i|we) (also |therefore |now |further |really )?(would (also |really )?like|want|wish|need|ask|'d (also )?like) to (know|understand|be told|find out|hear) "),
      Cue.of("asks for an explanation", " (an|a full|a proper|a written|some) (explanation|breakdown|account) of "));
  /** A list item that opens with a question word is an embedded question ("(a) how many routes…"). */
  private static final List<Cue> ITEM_QUESTION = List.of(
      Cue.of("question item", "^ (how many|how much|how long|how often|what|whether|why|when|which|who|where|how|if (she|he|they|you|the [a-z]+) (will|would|plans|intends|has|have)) "));
  private static final List<Cue> LIST_OF_REQUESTS = List.of(
      Cue.of("request list", " (want|would like|'d like|ask|request|need|expect|demand|please|require|seeking|asking for) $"));
  private static final List<Cue> REQUEST = List.of(
      Cue.of("asks for action", " (i|we) (also |therefore |now |further |respectfully |formally |again |would )?(ask|request|demand|expect|insist|require|urge) "),
      Cue.of("asks for action", " (i|we) (am|are) (also |therefore |now )?(asking|requesting|demanding|seeking) "),
      Cue.of("asks for action", " (i|we) (also |therefore |now )?(want|would like|wish|need|'d like) (you|the|a|an|my|our|it|them|this|full|compensation|to be|to have|to receive|to see|either|someone|somebody) "),
      Cue.of("asks for action", " (please|kindly) (?!(be aware|note|find|see|accept my)\\b)[a-z]+ "),
      Cue.of("asks for action", "^ (could|can|will|would) you (please )?[a-z]+ "),
      Cue.of("asks for action", " should (be|now be) (refunded|removed|reversed|cancelled|canceled|corrected|reinstated|waived|suspended|investigated|paid|returned|replaced|repaired|compensated|withdrawn|expelled|reviewed|reconsidered|fixed|deleted) "),
      Cue.of("imperative", "^ (refund|pay|put|cover|cancel|remove|reverse|reinstate|release|send|fix|repair|replace|compensate|waive|stop|return|correct|delete|investigate|review|reconsider|arrange|restore|apologise|apologize|withdraw|reimburse|credit|provide|give|allow|let) "));
  private static final List<Cue> ALLEGATION = List.of(
      Cue.of("failure", " (failed|fail|fails|failing|refused|refuse|refuses|ignored|ignore|ignores|ignoring|neglected|lost|losing|damaged|broke|broken|misled|mislead|misleading|lied|overcharged|withheld|mis selling|mis sold|mis sell|cut off|disconnected|cancelled without|rejected|declined|denied) "),
      Cue.of("wrongdoing", " (breach|breached|breaching|unlawful|unlawfully|illegal|illegally|unfair|unfairly|wrong|wrongly|incorrect|incorrectly|negligent|negligence|defamatory|discriminat[a-z]*|harass[a-z]*|bullied|bullying|unacceptable|unreasonable|inaccurate|mistake|error|fault|faulty|unsafe|dangerous|disrepute|victimi[sz][a-z]*|abus[a-z]*) "),
      Cue.of("without", " without (anyone |anybody |any |ever |first )?[a-z]+ing "),
      Cue.of("without consent", " without ([a-z']+ ){0,3}(consent|permission|authorisation|authorization|notice|warning|agreement|explanation|asking) "),
      Cue.of("against instructions", " against (my|his|her|their|our) (explicit |express )?(instructions|wishes|will) "),
      Cue.of("should not have", " (should|ought to) (never|not) have | (should|ought to) have (been )?[a-z]+ed | never (received|arrived|turned up|replied|responded|came|heard back|called|happened) "),
      Cue.of("omission", " (did not|didn't|has not|hasn't|have not|haven't|was not|wasn't|were not|weren't|is not|isn't|are not|aren't|could not|couldn't|would not|wouldn't|will not|won't|does not|doesn't|do not|don't) (been )?[a-z]+ed | (no one|nobody|nothing) (has|have|was|did|came|called|replied) | no (reply|response|explanation|apology|answer|action|contact|update|one) | still (not|no|hasn't|haven't|waiting|has not|have not) "),
      Cue.of("conduct of others", "^ ([a-z0-9 ]{0,24} )?(you|he|she|they|your [a-z]+|the [a-z]+|this [a-z]+|their [a-z]+) (then |also |still |just |never |simply |had |has |have |again )?([a-z]+ed|left|told|sent|took|made|gave|said|went|came|kept|broke|lost|drove|hit|threw|wrote|rang|put|cut|shut|let|stole|spoke|ran|began|chose|forgot|ignored|refused) "),
      Cue.of("misinformation", " (i|we|he|she|they) (was|were) (told|promised|assured|informed|advised|led to believe) "),
      Cue.of("omission", " (no one|nobody|nothing|none) (has |have |was |did |ever |even )?([a-z]+ed|came|knocked|called|rang|replied|turned up|got back|showed up|was) | (i|we) (had|have had|received|got|have received) no "),
      Cue.of("done to someone", " (has|have|had|was|were) been (repeatedly |also )?(called|pushed|hit|bullied|threatened|assaulted|excluded|ignored|left|kept|charged|overcharged|refused|denied|cancelled|canceled|removed|suspended|disconnected|cut off|turned away|sent) "),
      Cue.of("misconduct", " (admitted|harvesting|harvested|publicised|publicized|kept using|continued to|took|taken|charged|charging|increased|raised the price|sold|shared|passed on|leaked|disclosed|threatened|shouted|rude|late|delayed|cancelled|canceled|missed) "));
  private static final List<Cue> GRIEVANCE = List.of(
      Cue.of("stated harm", " (i|we) (am|was|were|are|have been|had been|feel|felt|'m|'ve been) (very |extremely |deeply |really |so |completely |totally |utterly )?(unhappy|disappointed|upset|distressed|frustrated|angry|annoyed|dissatisfied|worried|anxious|stressed|let down|out of pocket|humiliated|embarrassed|appalled|shocked|disgusted|concerned|left|forced|unable) "),
      Cue.of("damage", " (crushed|cracked|scorched|smoke|smoking|flooded|flooding|burnt|burned|smashed|torn|dented|leaking|leak|mould|mold|damp|rotten|injured|injury|hurt|sick|ill|worse|increase|went up|gone up|increased|rose|risen|doubled|tripled) "),
      Cue.of("ongoing harm", " still (happening|going on|continuing|ongoing|broken|not working) | carried on | (lack|loss) of | (directly )?(affected|harmed|ruined|spoiled|jeopardised|jeopardized) "),
      Cue.of("stated harm", " (cost|costs|costing) (me|us) | (i|we) had to | left (me|us) | caused (me|us|my|our) | on hold for | waste of | at (my|our) (own )?expense | (stress|distress|inconvenience|anxiety|upset|worry|hardship|suffering|pain) | out of pocket "));

  /**
   * An allegation blames someone else. A clause whose subject is the complainant ("I have not
   * used the gym", "my daughter took two days of leave") describes the complainant's own doing,
   * and a conditional ("if this is not resolved…") states no fact; neither blames anyone, so
   * cues that only say something went wrong do not make them allegations. Cues that name what
   * was done to the complainant ("I was told", "we were not offered") are not held back.
   */
  private static final java.util.regex.Pattern OWN_DOING = java.util.regex.Pattern.compile(
      "^ (and |but |so |then |also |because |as |since )*"
          + "((i|we) (?!(was|were|am|'m|are|have been|had been|got|received|have received|had|have had|heard|have heard|still) )"
          + "|(my|our) [a-z]+ (?!was |were ))"
          + "|^ (and |but |so )?(if|unless|when|once) ");
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
    hit = Cue.first(OWN_DOING.matcher(s).find() ? ALLEGATION_OF_DEED : ALLEGATION, s);
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
  static boolean introducesList(Claim claim) {
    return claim.text().strip().endsWith(":");
  }
}
