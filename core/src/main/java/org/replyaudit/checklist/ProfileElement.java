package org.replyaudit.checklist;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One element a {@link Profile} requires of a reply, as its profile file defines it.
 *
 * @param id unique within the profile, e.g. {@code time_limit}
 * @param name for a reader, e.g. "Six-month time limit stated"
 * @param requirement what the rule asks, in words
 * @param check how the element is decided (see {@link ElementCheck})
 * @param referral whether this is signposting the profile requires (an ombudsman, a review): the
 *     reply sentences that show it are then not reported as evasive redirection
 * @param reasons for {@link ElementCheck#OFFER_OR_REASONED_REFUSAL}: the id of the element whose
 *     presence counts as the reasons for a refusal; empty otherwise
 * @param cueSets the element's phrase lists by role: {@code cues} (what shows the element),
 *     {@code appliesWhen} (what makes it apply; without a match it is not applicable),
 *     {@code refusal} (for {@link ElementCheck#OFFER_OR_REASONED_REFUSAL}), in file order
 */
public record ProfileElement(String id, String name, String requirement, ElementCheck check, boolean referral,
    Optional<String> reasons, Map<String, CueSet> cueSets) {
  /** The cue set of what shows the element. */
  public static final String CUES = "cues";
  /** The cue set of what makes the element apply. */
  public static final String APPLIES_WHEN = "appliesWhen";
  /** The cue set of a refusal, for {@link ElementCheck#OFFER_OR_REASONED_REFUSAL}. */
  public static final String REFUSAL = "refusal";

  /**
   * Checks and copies the components.
   *
   * @param id the element's id
   * @param name its name for a reader
   * @param requirement what the rule asks
   * @param check how it is decided
   * @param referral whether it is required signposting
   * @param reasons the element giving reasons, for {@link ElementCheck#OFFER_OR_REASONED_REFUSAL}
   * @param cueSets the phrase lists by role (copied, order kept)
   * @throws NullPointerException if any is null
   */
  public ProfileElement {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(requirement, "requirement");
    Objects.requireNonNull(check, "check");
    Objects.requireNonNull(reasons, "reasons");
    cueSets = Collections.unmodifiableMap(new LinkedHashMap<>(Objects.requireNonNull(cueSets, "cueSets")));
  }

  /**
   * What shows the element, when it is decided by phrases.
   *
   * @return the cue set, or empty
   */
  public Optional<CueSet> cues() {
    return Optional.ofNullable(cueSets.get(CUES));
  }

  /**
   * What makes the element apply; empty when it always applies.
   *
   * @return the cue set, or empty
   */
  public Optional<CueSet> appliesWhen() {
    return Optional.ofNullable(cueSets.get(APPLIES_WHEN));
  }

  /**
   * What shows a refusal, for {@link ElementCheck#OFFER_OR_REASONED_REFUSAL}.
   *
   * @return the cue set, or empty
   */
  public Optional<CueSet> refusal() {
    return Optional.ofNullable(cueSets.get(REFUSAL));
  }
}
