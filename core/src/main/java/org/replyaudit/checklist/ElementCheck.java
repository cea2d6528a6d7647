package org.replyaudit.checklist;

import java.util.Locale;
import java.util.Set;

/**
 * How a profile element is decided: named in the profile file as {@code "evaluator"}. Most
 * elements are decided by their phrases alone ({@link #CUES}); the others read what the analysis
 * found as well, and say so by naming one of these.
 */
public enum ElementCheck {
  /** Present when some reply sentence matches the element's {@code cues}. The default. */
  CUES("cues", Set.of(ProfileElement.CUES), Set.of(ProfileElement.APPLIES_WHEN), new CueCheck()),
  /**
   * Reads the analysis's point statuses: present when every complaint point that needs an answer
   * is answered in full; not applicable when none needs one. No phrases.
   */
  EACH_POINT_ANSWERED("each_point_answered", Set.of(), Set.of(ProfileElement.APPLIES_WHEN), new EachPointAnswered()),
  /**
   * Applies when the reply accepts fault ({@code appliesWhen}, required); then present when the
   * analysis labelled some reply sentence an apology ({@link org.replyaudit.Label#APOLOGY}: "sorry
   * for any inconvenience" and "sorry you feel" are not apologies).
   */
  APOLOGY_IF_FAULT_ACCEPTED("apology_if_fault_accepted", Set.of(ProfileElement.APPLIES_WHEN), Set.of(),
      new ApologyIfFaultAccepted()),
  /**
   * Present when the reply offers redress ({@code cues}), or refuses it ({@code refusal}) while
   * the element named by {@code reasons} (listed earlier in the profile) is present.
   */
  OFFER_OR_REASONED_REFUSAL("offer_or_reasoned_refusal", Set.of(ProfileElement.CUES, ProfileElement.REFUSAL),
      Set.of(ProfileElement.APPLIES_WHEN), new OfferOrReasonedRefusal());

  private final String id;
  private final Set<String> requiredCueSets;
  private final Set<String> optionalCueSets;
  private final ElementEvaluator evaluator;

  ElementCheck(String id, Set<String> required, Set<String> optional, ElementEvaluator evaluator) {
    this.id = id;
    this.requiredCueSets = required;
    this.optionalCueSets = optional;
    this.evaluator = evaluator;
  }

  /**
   * The name a profile file uses, e.g. {@code each_point_answered}.
   *
   * @return the evaluator's name in a profile file
   */
  public String id() {
    return id;
  }

  /**
   * The cue sets an element decided this way must have.
   *
   * @return names among {@code cues}, {@code appliesWhen} and {@code refusal}
   */
  public Set<String> requiredCueSets() {
    return requiredCueSets;
  }

  /**
   * The cue sets an element decided this way may have besides the required ones.
   *
   * @return names among {@code cues}, {@code appliesWhen} and {@code refusal}
   */
  public Set<String> optionalCueSets() {
    return optionalCueSets;
  }

  /** Whether the reply sentences this check reports can be the element's evidence for a referral. */
  boolean findsSentencesByPhrase() {
    return requiredCueSets.contains(ProfileElement.CUES);
  }

  ElementEvaluator evaluator() {
    return evaluator;
  }

  /** The check with this {@link #id()}; null when there is none. */
  static ElementCheck fromId(String id) {
    for (ElementCheck c : values()) {
      if (c.id.equals(id.toLowerCase(Locale.ROOT))) {
        return c;
      }
    }
    return null;
  }
}
