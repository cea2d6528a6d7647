package org.replyaudit.internal;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Stage 4b: reads from each reply claim's wording what it does, before any comparison with the
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

  private static final Map<Act, List<Cue>> CUES = new EnumMap<>(Act.class);

  static {
    CUES.put(Act.COURTESY, List.of(
        Cue.of("thanks", "^ (thank you|thanks|many thanks|thank you very much) (for|again) "),
        Cue.of("thanks", "^ (i|we) (would like to |want to )?thank you "),
        Cue.of("closing offer", " (please )?(do not|don't) hesitate to (contact|get in touch)| i hope (this|that|the above) (helps|clarifies|explains|reassures|answers|is helpful|has been helpful)|^ i hope you (are|have|were) "),
        Cue.of("acknowledging receipt", "^ (i|we) (am|are) writing (to|in) (respond|response|reply)| (we|i) (have )?received your (email|letter|complaint|message) (of|dated|on|and) ")));
    CUES.put(Act.NON_APOLOGY, List.of(
        // Sorry for the complainant's feelings, for "any" inconvenience, or "if" something
        // happened, apologises for nothing; sorry that something happened to them does.
        Cue.of("regret without apology", " sorry (that )?you (feel|felt|think|believe|found|consider) "
            + "| sorry (that )?you (were|are|have been|feel|felt) (so |very |)?(unhappy|disappointed|upset|dissatisfied|unsatisfied|frustrated|concerned|distressed|annoyed|displeased|angry|unimpressed|let down) "
            + "| sorry if | (sorry|regret|apologi[sz]e) (for )?any (inconvenience|upset|distress|confusion|frustration) | sorry for any ")));
    CUES.put(Act.APOLOGY, List.of(
        Cue.of("apology", " (i am|i'm|we are|we're|i|we) (truly |very |really |so |sincerely |deeply |genuinely |also )*sorry (for|that|about|we|you|to|it|this|the) | (apologise|apologize|apologies|apology) | (we|i) (sincerely |deeply )?regret (that|the) ")));
    CUES.put(Act.COMMITMENT, List.of(
        Cue.of("promise", " (i|we|our [a-z]+( team)?|the [a-z]+ team) (will|shall|'ll) (?!not |never |be unable|be able to offer)(now |also |personally |then |arrange|contact|send|call|write|refund|pay|credit|review|investigate|visit|book|repair|replace|fix|update|issue|remove|look|ask|make|ensure|provide|confirm|reply|respond|follow|carry|complete|chase|raise|escalate|reinstate|apply|waive|cancel|return|discuss|meet|be)"),
        Cue.of("promise", " (i|we) (am|are) going to | (i|we) (have|'ve) (now |also |already |nevertheless |therefore |personally )?(arranged|booked|scheduled|asked|instructed|referred|escalated|raised) | (is|are|has been|have been) (booked|scheduled|arranged|confirmed) for | from now on "),
        // Whoever does it: "the balance will be released", "the crew will come", "you'll get a text".
        Cue.of("future action", " (will|'ll|shall) (now |also |then |personally |automatically |still )?(be (issued|released|sent|paid|refunded|credited|collected|corrected|repaired|replaced|fixed|reviewed|discussed|in touch|contacted|added|removed|cancelled|canceled|reinstated|arranged|booked|delivered|returned|taken off|put right|resolved|investigated|your point of contact)|come|check|arrange|contact|call|send|write|visit|deliver|empty|carry on|get|receive|see|return|refund|credit|fix|repair|replace|update|issue|release) "),
        Cue.of("offer", " (i|we) (would|will) be (happy|glad|pleased) to (arrange|meet|call|discuss|visit|send|review) ")));
    CUES.put(Act.ACTION_TAKEN, List.of(
        // A decision or a change made, in the passive: "the £142.60 is approved", "'SVM' is now defined".
        Cue.of("decision", " (is|are) (now )?(approved|accepted|granted|agreed|upheld|authorised|authorized|waived|covered|reimbursed|refunded|credited|cancelled|canceled|reinstated) | (is|are|has been|have been) now [a-z]+ed "),
        Cue.of("action taken", " (has|have) been (refunded|credited|paid|cancelled|canceled|removed|corrected|reversed|waived|reinstated|updated|deleted|repaired|replaced|sent|issued|returned|resolved|fixed|upheld|reimbursed|compensated) | (i|we|i've|we've) (have |'ve )?(refunded|credited|paid|cancelled|canceled|removed|corrected|reversed|waived|reinstated|updated|deleted|repaired|replaced|sent|issued|returned|resolved|fixed|upheld|reimbursed|agree|agreed|accept|accepted|looked|reviewed|investigated|spoken|found) ")));
    CUES.put(Act.SIGNPOST, List.of(
        Cue.of("closing signpost", " if you (are|remain|feel|still|were|continue to be) (still |not |to be )?(unhappy|dissatisfied|not satisfied|not happy|disagree|that we have not|we have not|your complaint has not) | if you (do not|don't) agree with (our|this|the|my) (decision|outcome|response|findings) | if you disagree with (our|this|the|my) (decision|outcome|response|findings) | you (have|also have) the right to (appeal|complain|refer|escalate) ")));
    CUES.put(Act.REDIRECTION, List.of(
        Cue.of("sends elsewhere", " (you should|you can|you could|you may|you might|i suggest|we suggest|i would suggest|we would suggest|we recommend|i recommend|we would recommend|i would recommend|we would advise|i would advise|we advise|you may wish to|you might wish to|you might want to|i would encourage you to|we would encourage you to|please) ([a-z']+ ){0,4}?(that )?(you )?(consider |first |should )?(contact|contacting|ask|asking|write to|speak to|speaking to|raise|raising|complain|refer|take|submit|approach|get in touch|call|ring|apply|appeal|go to|visit|upload|use|direct|seek|make a claim|claim) (?!(me|us|myself|with me|with us) )"),
        Cue.of("sends elsewhere", " (complain|complaint|appeal) (to|with) (the|your|an|a) | ombudsman | regulator | commissioner | citizens advice | trading standards | (ico|fos|ofcom|ofgem|ofwat) "),
        Cue.of("not our matter", " (is|are) a matter for | (should|must|can|will need to|would need to) be (raised|directed|addressed|referred|taken up|made|submitted) (directly )?(with|to|through) | (is|are) responsible for (raising|handling|dealing)| best placed to | (can|may) be reached (on|at|by) | (is|are) (available|published) (on|at|from|in) | can be found (at|on|in) | (they|the retailer|the seller|your insurer|your bank) (will|should|would) be able to ")));
    CUES.put(Act.BOILERPLATE, List.of(
        Cue.of("reassurance", " take[s]? ([a-z']+ ){0,8}(very |extremely |most |really |incredibly )?serious(ly)? | (is|are|remains|remain) (always |of )?(our|the|a) (top|highest|utmost|first|number one|paramount) (priority|importance|concern) | (top|highest|utmost) priority "),
        Cue.of("mission statement", " committed to | pride (ourselves|itself|themselves) | (we|i) (truly |really |greatly )?value | (always|constantly|continually|continuously) (aim|aims|strive|strives|seek|seeks|working|work|works|look|looks|try|tries) | (is|are) (very )?important to us | zero tolerance | dedicated to | at the heart of everything | do not tolerate | does not tolerate "),
        Cue.of("generic sympathy", " (we|i) (fully |completely )?understand how (frustrating|upsetting|distressing|difficult|disappointing|stressful|worrying|annoying) "),
        Cue.of("generic process", " keeps? ([a-z']+ ){0,5}under (constant |regular )?review | learning (opportunity|point) | in line with (our|the) ([a-z]+ )?(policy|policies|procedures|procedure|process|guidance|terms) | (are|is) reviewed regularly | a wide range of factors | fully vetted | highest standards | best interests | your feedback (has been|will be|is|was) (passed|shared|noted|valued|important|taken) | feedback (is )?(valuable|important|helps) ")));
    CUES.put(Act.DENIAL, List.of(
        Cue.of("denial", " (never|at no (point|time|stage)|categorically|under no circumstances|in no way) "),
        // "We note that you dispute the deductions" reports the complainant's denial, not ours.
        Cue.of("denial", "(?<! you| they| he| she) (deny|denies|reject|rejects|refute|refutes|dispute|disputes) (any|the|that|all) (suggestion|allegation|claim|accusation|implication)?"),
        Cue.of("denial", " (there is|there was|we have|we found|we can find|i found|i can find) no (evidence|record|indication|suggestion|sign|trace) | no [a-z]+ (data )?(was|were|has been|have been) (accessed|shared|sold|disclosed|lost|taken|passed|provided|breached) | (was|is) not a (security|data) "),
        Cue.of("denial", " (have|has|had|did|do|does|would|will|could) not (been )?(share|shared|sell|sold|disclose|disclosed|pass|passed|provide|provided|select|selected|charge|charged|penalise|penalize|use|used|access|accessed|discriminate|breach|breached|take|taken) "),
        Cue.of("compliance claim", " (fully )?(compl(y|ies)|complied) with | (meets|meet|met|exceed|exceeds) (all |the |every |or exceed )*([a-z]+ ){0,3}(regulations|standards|requirements|rules|obligations) ")));
    CUES.put(Act.PREMISE, List.of(
        // "If you have any questions…" and "should you wish to discuss…" are standard offers, not
        // concerns put into the complainant's mouth.
        Cue.of("assumed concern", " (if|should) you (?!(have|had) (any )?(further |other |more )?(questions|queries|query|question)"
            + "|(would like|wish|'d like|want|need|require) (to )?(discuss|talk|speak|meet|contact|get in touch|arrange|any further|further))"
            + "(have|are|feel|would like|wish|believe|prefer|think|were|want|need|would prefer|'d like|'re|require) | if there (are|is|were) (reasons|any|a reason|concerns|problems|difficulties) "),
        Cue.of("assumed concern", " (we|i) understand (that )?(not every|some|many|not all) | sorry to hear (that |about )?| you (seem|appear) to (think|believe|suggest|feel) | as your [a-z]+ (was|is|were|has|had) | we would like to reassure you | (i|we) want to reassure you ")));
    CUES.put(Act.DESCRIBES_OTHER, List.of(
        Cue.of("describes another party", "^ (they|these|those) (are|were|do not|don't|did not|have no|hold no|are not|were not) ")));
    CUES.put(Act.ACKNOWLEDGEMENT, List.of(
        Cue.of("acknowledgement", "^ (we|i) (note|have noted|noted|acknowledge|can see|see|understand|appreciate|recognise|recognize|are aware|am aware) (from [a-z ]{0,30})?(that )?(your|you|the|this|there) "),
        Cue.of("acknowledgement", " as you (say|said|note|noted|mention|mentioned|point out|pointed out|state|stated|explain|explained|know|are aware|will be aware|may know|have said|requested|asked) | as the [a-z]+ (notes|says|points out|mentions|states|observes|suggests) | you (say|said|state|stated|mention|mentioned|told us|have told us|explain|explained) that | as set out in | as (stated|explained|mentioned|noted) (in|previously|above|earlier) | as requested | (we|i) can confirm that (we|you|your) ")));
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
