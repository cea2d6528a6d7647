package org.replyaudit.internal.cues;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.replyaudit.internal.text.Claim;

/**
 * A named phrase pattern over a claim's {@link Claim#cue() cue string}. The name is what a
 * finding's {@code why} quotes, so every decision can be traced to the words that triggered it.
 *
 * <p>Immutable and thread-safe. Cues run over every claim of every letter, so two costs that
 * do not change any match are avoided (the profile put {@code Matcher} construction at 40% of
 * the classify stage): groups are compiled as non-capturing, since only the whole match is
 * read (a named group stays capturing, for the few cues whose code reads part of a match), and
 * each thread reuses one {@link Matcher} per cue instead of allocating one per claim.
 * Most cues do not fire on most claims; a cue whose every match must contain one of a few
 * literal strings ({@link RequiredLiterals}) is only run on claims that contain one.
 */
public final class Cue {
  private final String name;
  private final Pattern pattern;
  private final ThreadLocal<Matcher> matcher;
  /** One of these occurs in every text the pattern finds a match in; null when none is known. */
  private final String[] required;

  private Cue(String name, Pattern pattern) {
    this.name = name;
    this.pattern = pattern;
    this.matcher = ThreadLocal.withInitial(() -> pattern.matcher(""));
    this.required = RequiredLiterals.of(pattern.pattern());
  }

  static Cue of(String name, String regex) {
    return new Cue(Objects.requireNonNull(name, "name"), Pattern.compile(nonCapturing(regex)));
  }

  /** The name a finding quotes. */
  public String name() {
    return name;
  }

  /** The compiled pattern (its groups are non-capturing). */
  public Pattern pattern() {
    return pattern;
  }

  /** The first cue of {@code cues} found in {@code cueString}, with the words it matched. */
  static Optional<Hit> first(List<Cue> cues, String cueString) {
    for (int i = 0; i < cues.size(); i++) {
      Cue c = cues.get(i);
      if (!c.mayMatch(cueString)) {
        continue;
      }
      Matcher m = c.matcher.get().reset(cueString);
      boolean found = m.find();
      Hit hit = found ? new Hit(c.name, cueString.substring(m.start(), m.end()).strip()) : null;
      m.reset(""); // a pooled matcher must not keep the letter's text alive
      if (found) {
        return Optional.of(hit);
      }
    }
    return Optional.empty();
  }

  /** Whether the pattern is found in {@code text}: {@code pattern().matcher(text).find()}, cheaper. */
  boolean foundIn(String text) {
    if (!mayMatch(text)) {
      return false;
    }
    Matcher m = matcher.get().reset(text);
    boolean found = m.find();
    m.reset(""); // a pooled matcher must not keep the letter's text alive
    return found;
  }

  /** False only when the pattern cannot match {@code text}: it lacks every required literal. */
  boolean mayMatch(String text) {
    if (required == null) {
      return true;
    }
    for (String literal : required) {
      if (text.contains(literal)) {
        return true;
      }
    }
    return false;
  }

  /**
   * {@code regex} with every plain group {@code (…)} made non-capturing {@code (?:…)}. Escaped
   * parentheses and parentheses inside character classes are left alone, as are groups that
   * already have a {@code (?…)} construct (look-arounds, flags, named groups).
   */
  static String nonCapturing(String regex) {
    StringBuilder out = new StringBuilder(regex.length() + 16);
    boolean inClass = false;
    for (int i = 0; i < regex.length(); i++) {
      char ch = regex.charAt(i);
      if (ch == '\\' && i + 1 < regex.length()) {
        out.append(ch).append(regex.charAt(++i));
        continue;
      }
      if (inClass) {
        inClass = ch != ']';
      } else if (ch == '[') {
        inClass = true;
        out.append(ch);
        // "[]…]" and "[^]…]": a leading ']' is a member, not the end of the class.
        if (i + 1 < regex.length() && regex.charAt(i + 1) == '^') {
          out.append(regex.charAt(++i));
        }
        if (i + 1 < regex.length() && regex.charAt(i + 1) == ']') {
          out.append(regex.charAt(++i));
        }
        continue;
      } else if (ch == '(' && (i + 1 >= regex.length() || regex.charAt(i + 1) != '?')) {
        out.append("(?:");
        continue;
      }
      out.append(ch);
    }
    return out.toString();
  }

  @Override
  public String toString() {
    return name + " /" + pattern + "/";
  }

  /** A cue that fired, and the words it fired on. */
  public record Hit(String cue, String words) {
    @Override
    public String toString() {
      return cue + " (\"" + words + "\")";
    }
  }
}
