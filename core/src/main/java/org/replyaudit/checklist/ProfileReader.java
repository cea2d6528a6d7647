package org.replyaudit.checklist;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

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
  private static final Set<String> CUE_SET_FIELDS = Set.of("lookedFor", "patterns", "match", "noMatch");
  // Case is folded by CueSet.normalise; the flags only cover what lower-casing leaves.
  private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

  private ProfileReader() {}

  static Profile read(Object json) {
    Map<String, Object> root = object(json, "the profile");
    fields(root, PROFILE_FIELDS, "the profile");
    String id = text(root, "id", "the profile", true);
    if (!PROFILE_ID.matcher(id).matches()) {
      throw bad("the profile's \"id\" must be lower-case letters, digits, '.', '_' or '-': \"" + id + "\"");
    }
    String where = "profile \"" + id + "\": ";
    String name = text(root, "name", where, true);
    String description = Optional.ofNullable(text(root, "description", where, false)).orElse("");
    String source = Optional.ofNullable(text(root, "source", where, false)).orElse("");
    List<Object> elementsJson = list(root.get("elements"), where + "\"elements\"");
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
    Map<String, Object> m = object(json, at);
    String id = text(m, "id", at + ".", true);
    if (!ELEMENT_ID.matcher(id).matches()) {
      throw bad(at + ".id must be lower-case letters, digits or '_': \"" + id + "\"");
    }
    if (earlier.contains(id)) {
      throw bad(at + ": duplicate element id \"" + id + "\"");
    }
    String where = at + " (\"" + id + "\")";
    fields(m, ELEMENT_FIELDS, where);
    String name = text(m, "name", where + ".", true);
    String requirement = text(m, "requirement", where + ".", true);
    String checkId = Optional.ofNullable(text(m, "evaluator", where + ".", false)).orElse(ElementCheck.CUES.id());
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
        sets.put(set, cueSet(m.get(set), where + "." + set));
      }
    }
    String reasons = text(m, "reasons", where + ".", false);
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

  private static CueSet cueSet(Object json, String at) {
    Map<String, Object> m = object(json, at);
    fields(m, CUE_SET_FIELDS, at);
    String lookedFor = text(m, "lookedFor", at + ".", true);
    Map<String, Object> patternsJson = object(m.get("patterns"), at + ".patterns");
    if (patternsJson.isEmpty()) {
      throw bad(at + ".patterns must name at least one pattern");
    }
    List<CueSet.CuePattern> patterns = new ArrayList<>();
    for (Map.Entry<String, Object> p : patternsJson.entrySet()) {
      String pAt = at + ".patterns.\"" + p.getKey() + "\"";
      if (p.getKey().isBlank()) {
        throw bad(at + ".patterns: a pattern's name must not be blank");
      }
      if (!(p.getValue() instanceof String regex) || regex.isBlank()) {
        throw bad(pAt + " must be a regular expression (a non-empty string)");
      }
      Pattern compiled;
      try {
        compiled = Pattern.compile(regex, FLAGS);
      } catch (PatternSyntaxException e) {
        throw bad(pAt + " is not a valid regular expression: " + e.getDescription() + " near index " + e.getIndex());
      }
      if (compiled.matcher("").find()) {
        throw bad(pAt + " matches empty text, so it would match every sentence");
      }
      patterns.add(new CueSet.CuePattern(p.getKey(), compiled));
    }
    List<String> match = strings(m.get("match"), at + ".match");
    List<String> noMatch = m.containsKey("noMatch") ? strings(m.get("noMatch"), at + ".noMatch") : List.of();
    if (match.isEmpty()) {
      throw bad(at + ".match must give at least one example sentence the patterns find");
    }
    CueSet set = new CueSet(lookedFor, patterns, match, noMatch);
    for (int i = 0; i < match.size(); i++) {
      if (!set.matches(match.get(i))) {
        throw bad(at + ".match[" + i + "]: no pattern matches this example: \"" + match.get(i) + "\"");
      }
    }
    for (int i = 0; i < noMatch.size(); i++) {
      int j = i;
      set.find(noMatch.get(i)).ifPresent(h -> {
        throw bad(at + ".noMatch[" + j + "]: pattern " + h + " matches this example, which it must not: \""
            + noMatch.get(j) + "\"");
      });
    }
    return set;
  }

  private static void fields(Map<String, Object> m, Set<String> allowed, String where) {
    for (String k : m.keySet()) {
      if (!allowed.contains(k)) {
        throw bad(where + ": unknown field \"" + k + "\"; the fields are " + String.join(", ", allowed.stream().sorted().toList()));
      }
    }
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> object(Object json, String what) {
    if (!(json instanceof Map)) {
      throw bad(what + " must be a JSON object");
    }
    return (Map<String, Object>) json;
  }

  @SuppressWarnings("unchecked")
  private static List<Object> list(Object json, String what) {
    if (!(json instanceof List)) {
      throw bad(what + " must be a JSON array");
    }
    return (List<Object>) json;
  }

  private static List<String> strings(Object json, String what) {
    List<String> out = new ArrayList<>();
    List<Object> l = list(json, what);
    for (int i = 0; i < l.size(); i++) {
      if (!(l.get(i) instanceof String s) || s.isBlank()) {
        throw bad(what + "[" + i + "] must be a non-empty string");
      }
      out.add(s);
    }
    return out;
  }

  /** A string field; null when optional and absent. */
  private static String text(Map<String, Object> m, String field, String where, boolean required) {
    Object v = m.get(field);
    if (v == null) {
      if (required) {
        throw bad(where + (where.endsWith(".") ? "" : " ") + field + " is missing");
      }
      return null;
    }
    if (!(v instanceof String s) || (required && s.isBlank())) {
      throw bad(where + (where.endsWith(".") ? "" : " ") + field + " must be a non-empty string");
    }
    return s;
  }

  private static IllegalArgumentException bad(String message) {
    return new IllegalArgumentException("bad profile: " + message);
  }
}
