package org.replyaudit.checklist;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.replyaudit.internal.cues.CueSets;
import org.replyaudit.internal.cues.JsonTree;

/**
 * Turns a profile file's JSON into a {@link Profile}, checking everything: every field's type,
 * no unknown field (a misspelt "appliesWhn" would otherwise be silently ignored), every pattern
 * compiles and cannot match empty text, every example matches or does not match as it says, and
 * each element has exactly the cue sets its check needs. The first problem is an
 * {@link IllegalArgumentException} naming where it is, e.g. {@code elements[2] ("redress").cues.match[1]}.
 */
final class ProfileReader {
  private static final Pattern PROFILE_ID = Pattern.compile("[a-z0-9][a-z0-9._-]*");
  private static final Pattern ELEMENT_ID = Pattern.compile("[a-z0-9][a-z0-9_]*");
  private static final Set<String> PROFILE_FIELDS = Set.of("id", "name", "description", "source", "elements");
  private static final Set<String> ELEMENT_FIELDS = Set.of("id", "name", "requirement", "evaluator", "referral",
      "reasons", ProfileElement.CUES, ProfileElement.APPLIES_WHEN, ProfileElement.REFUSAL);

  private ProfileReader() {}

  static Profile read(Object json) {
    try {
      return checked(json);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("bad profile: " + e.getMessage(), e);
    }
  }

  private static Profile checked(Object json) {
    Map<String, Object> root = JsonTree.object(json, "the profile");
    JsonTree.fields(root, PROFILE_FIELDS, "the profile");
    String id = JsonTree.text(root, "id", "the profile", true);
    if (!PROFILE_ID.matcher(id).matches()) {
      throw bad("the profile's \"id\" must be lower-case letters, digits, '.', '_' or '-': \"" + id + "\"");
    }
    String where = "profile \"" + id + "\": ";
    String name = JsonTree.text(root, "name", where, true);
    String description = Optional.ofNullable(JsonTree.text(root, "description", where, false)).orElse("");
    String source = Optional.ofNullable(JsonTree.text(root, "source", where, false)).orElse("");
    List<Object> elementsJson = JsonTree.list(root.get("elements"), where + "\"elements\"");
    if (elementsJson.isEmpty()) {
      throw bad(where + "\"elements\" must list at least one element");
    }
    List<ProfileElement> elements = new ArrayList<>();
    Set<String> ids = new HashSet<>();
    for (int i = 0; i < elementsJson.size(); i++) {
      ProfileElement e = element(elementsJson.get(i), where + "elements[" + i + "]", ids);
      ids.add(e.id());
      elements.add(e);
    }
    return new Profile(id, name, description, source, elements);
  }

  private static ProfileElement element(Object json, String at, Set<String> earlier) {
    Map<String, Object> m = JsonTree.object(json, at);
    String id = JsonTree.text(m, "id", at + ".", true);
    if (!ELEMENT_ID.matcher(id).matches()) {
      throw bad(at + ".id must be lower-case letters, digits or '_': \"" + id + "\"");
    }
    if (earlier.contains(id)) {
      throw bad(at + ": duplicate element id \"" + id + "\"");
    }
    String where = at + " (\"" + id + "\")";
    JsonTree.fields(m, ELEMENT_FIELDS, where);
    String name = JsonTree.text(m, "name", where + ".", true);
    String requirement = JsonTree.text(m, "requirement", where + ".", true);
    String checkId = Optional.ofNullable(JsonTree.text(m, "evaluator", where + ".", false)).orElse(ElementCheck.CUES.id());
    ElementCheck check = ElementCheck.fromId(checkId);
    if (check == null) {
      List<String> known = new ArrayList<>();
      for (ElementCheck c : ElementCheck.values()) {
        known.add(c.id());
      }
      throw bad(where + ".evaluator must be one of " + String.join(", ", known) + ", not \"" + checkId + "\"");
    }
    Object referralJson = m.get("referral");
    if (referralJson != null && !(referralJson instanceof Boolean)) {
      throw bad(where + ".referral must be true or false");
    }
    boolean referral = Boolean.TRUE.equals(referralJson);
    if (referral && !check.findsSentencesByPhrase()) {
      throw bad(where + ".referral needs an evaluator that finds the signposting by its phrases ("
          + ElementCheck.CUES.id() + " or " + ElementCheck.OFFER_OR_REASONED_REFUSAL.id() + "), not " + check.id());
    }
    Map<String, CueSet> sets = new LinkedHashMap<>();
    for (String set : List.of(ProfileElement.APPLIES_WHEN, ProfileElement.CUES, ProfileElement.REFUSAL)) {
      boolean required = check.requiredCueSets().contains(set);
      boolean allowed = required || check.optionalCueSets().contains(set);
      if (m.containsKey(set) && !allowed) {
        throw bad(where + ": evaluator " + check.id() + " takes no \"" + set + "\""
            + (check.requiredCueSets().isEmpty() ? "" : " (it reads " + String.join(", ", check.requiredCueSets()) + ")"));
      }
      if (!m.containsKey(set) && required) {
        throw bad(where + ": evaluator " + check.id() + " needs \"" + set + "\"");
      }
      if (m.containsKey(set)) {
        sets.put(set, CueSets.read(m.get(set), where + "." + set));
      }
    }
    String reasons = JsonTree.text(m, "reasons", where + ".", false);
    if (check == ElementCheck.OFFER_OR_REASONED_REFUSAL) {
      if (reasons == null) {
        throw bad(where + ": evaluator " + check.id() + " needs \"reasons\", the id of the element that gives reasons");
      }
      if (!earlier.contains(reasons)) {
        throw bad(where + ".reasons must name an element listed before this one, not \"" + reasons + "\"");
      }
    } else if (reasons != null) {
      throw bad(where + ": \"reasons\" applies only to evaluator " + ElementCheck.OFFER_OR_REASONED_REFUSAL.id());
    }
    return new ProfileElement(id, name, requirement, check, referral, Optional.ofNullable(reasons), sets);
  }

  private static IllegalArgumentException bad(String message) {
    return new IllegalArgumentException(message);
  }
}
