package org.replyaudit.internal.cues;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.replyaudit.checklist.CueSet;

/**
 * Reads a {@link CueSet} from a JSON tree: the one format, and the one set of checks, for the
 * phrases a profile's element looks for and those that decide a label added by data.
 */
public final class CueSets {
  private static final Set<String> FIELDS = Set.of("lookedFor", "patterns", "match", "noMatch");
  // Case is folded by CueSet.normalise; the flags only cover what lower-casing leaves.
  private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

  private CueSets() {}

  /**
   * The cue set at {@code json}: a {@code lookedFor}, named {@code patterns}, and {@code match} /
   * {@code noMatch} examples, every pattern compiled and checked against every example.
   *
   * @param at where the cue set is, named in every failure: {@code elements[2] ("redress").cues}
   * @throws IllegalArgumentException if any of that does not hold, saying where and what
   */
  public static CueSet read(Object json, String at) {
    Map<String, Object> m = JsonTree.object(json, at);
    JsonTree.fields(m, FIELDS, at);
    String lookedFor = JsonTree.text(m, "lookedFor", at + ".", true);
    Map<String, Object> patternsJson = JsonTree.object(m.get("patterns"), at + ".patterns");
    if (patternsJson.isEmpty()) {
      throw new IllegalArgumentException(at + ".patterns must name at least one pattern");
    }
    List<CueSet.CuePattern> patterns = new ArrayList<>();
    for (Map.Entry<String, Object> p : patternsJson.entrySet()) {
      String pAt = at + ".patterns.\"" + p.getKey() + "\"";
      if (p.getKey().isBlank()) {
        throw new IllegalArgumentException(at + ".patterns: a pattern's name must not be blank");
      }
      if (!(p.getValue() instanceof String regex) || regex.isBlank()) {
        throw new IllegalArgumentException(pAt + " must be a regular expression (a non-empty string)");
      }
      Pattern compiled;
      try {
        compiled = Pattern.compile(regex, FLAGS);
      } catch (PatternSyntaxException e) {
        throw new IllegalArgumentException(pAt + " is not a valid regular expression: " + e.getDescription() + " near index " + e.getIndex());
      }
      if (compiled.matcher("").find()) {
        throw new IllegalArgumentException(pAt + " matches empty text, so it would match every sentence");
      }
      patterns.add(new CueSet.CuePattern(p.getKey(), compiled));
    }
    List<String> match = JsonTree.strings(m.get("match"), at + ".match");
    List<String> noMatch = m.containsKey("noMatch") ? JsonTree.strings(m.get("noMatch"), at + ".noMatch") : List.of();
    if (match.isEmpty()) {
      throw new IllegalArgumentException(at + ".match must give at least one example sentence the patterns find");
    }
    CueSet set = new CueSet(lookedFor, patterns, match, noMatch);
    for (int i = 0; i < match.size(); i++) {
      if (!set.matches(match.get(i))) {
        throw new IllegalArgumentException(at + ".match[" + i + "]: no pattern matches this example: \"" + match.get(i) + "\"");
      }
    }
    for (int i = 0; i < noMatch.size(); i++) {
      int j = i;
      set.find(noMatch.get(i)).ifPresent(h -> {
        throw new IllegalArgumentException(at + ".noMatch[" + j + "]: pattern " + h + " matches this example, which it must not: \""
            + noMatch.get(j) + "\"");
      });
    }
    return set;
  }
}
