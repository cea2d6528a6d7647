package org.replyaudit.checklist;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The phrases that show one thing in a reply sentence ("a decision on the complaint", "the
 * Financial Ombudsman Service named"), as named regular expressions, with the examples that must
 * and must not match them. Immutable and thread-safe.
 *
 * <p>Patterns are matched with {@link Matcher#find()} against the sentence {@linkplain
 * #normalise normalised}: lower case, curly quotes straightened, every run of white space one
 * space. So {@code \bwithin (six|6) months\b} finds "within six\nmonths" and "Within 6 Months".
 *
 * <pre>{@code
 * CueSet s = profile.element("time_limit").orElseThrow().cues().orElseThrow();
 * s.find("Please refer it within six months.")   // Optional[six months: “within six months”]
 * s.matches("We will call you in six months.")   // false
 * }</pre>
 *
 * @param lookedFor what the patterns look for, in words, for a reader: an absent element's
 *     {@code why} quotes it
 * @param patterns the named patterns, in the profile's order; the first that matches is reported
 * @param match examples every one of which some pattern must match
 * @param noMatch examples no pattern may match
 */
public record CueSet(String lookedFor, List<CuePattern> patterns, List<String> match, List<String> noMatch) {
  /**
   * Checks and copies the components.
   *
   * @param lookedFor what the patterns look for, in words
   * @param patterns the named patterns, in order (copied)
   * @param match examples some pattern must find (copied)
   * @param noMatch examples no pattern may find (copied)
   * @throws NullPointerException if any is null
   */
  public CueSet {
    Objects.requireNonNull(lookedFor, "lookedFor");
    patterns = List.copyOf(patterns);
    match = List.copyOf(match);
    noMatch = List.copyOf(noMatch);
  }

  /**
   * One named pattern of a cue set.
   *
   * @param name the name a {@code why} quotes, e.g. {@code upheld}
   * @param pattern the compiled pattern, matched against {@linkplain CueSet#normalise normalised} text
   */
  public record CuePattern(String name, Pattern pattern) {
    /**
     * Checks the components.
     *
     * @param name the pattern's name
     * @param pattern the compiled pattern
     * @throws NullPointerException if either is null
     */
    public CuePattern {
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(pattern, "pattern");
    }
  }

  /**
   * A pattern that matched, and the words it matched (normalised).
   *
   * @param cue the pattern's name
   * @param words the normalised text it matched
   */
  public record Hit(String cue, String words) {
    /**
     * Checks the components.
     *
     * @param cue the pattern's name
     * @param words the normalised text it matched
     * @throws NullPointerException if either is null
     */
    public Hit {
      Objects.requireNonNull(cue, "cue");
      Objects.requireNonNull(words, "words");
    }

    @Override
    public String toString() {
      return cue + ": \u201C" + words + "\u201D";
    }
  }

  /**
   * The first pattern (in profile order) found in {@code text}, with the words it matched.
   *
   * @param text a reply sentence, as written
   * @return the hit, or empty when no pattern is found
   * @throws NullPointerException if {@code text} is null
   */
  public Optional<Hit> find(String text) {
    Objects.requireNonNull(text, "text");
    String t = normalise(text);
    for (CuePattern p : patterns) {
      Matcher m = p.pattern().matcher(t);
      if (m.find()) {
        return Optional.of(new Hit(p.name(), m.group().strip()));
      }
    }
    return Optional.empty();
  }

  /**
   * Whether some pattern is found in {@code text}.
   *
   * @param text a reply sentence, as written
   * @return true when {@link #find} finds a pattern
   */
  public boolean matches(String text) {
    return find(text).isPresent();
  }

  /** Contractions spelt out, so that a pattern written for "we will not" also finds "we won't". */
  private static final Pattern[] CONTRACTIONS = {
      Pattern.compile("\\bwon't\\b"), Pattern.compile("\\bcan't\\b"), Pattern.compile("\\bshan't\\b"),
      Pattern.compile("n't\\b"), Pattern.compile("'ll\\b"), Pattern.compile("'ve\\b"), Pattern.compile("'re\\b"),
      Pattern.compile("\\bi'm\\b"), Pattern.compile("'d\\b")};
  private static final String[] EXPANDED = {"will not", "cannot", "shall not", " not", " will", " have", " are", "i am", " would"};

  /**
   * The text patterns see: lower case, curly quotes and apostrophes straightened, contractions
   * spelt out ("we'll" → "we will", "won't" → "will not", "can't" → "cannot", "don't" → "do
   * not", "we've" → "we have", "I'd" → "i would"; "'s" is left alone, being a possessive as
   * often as "is"), every run of white space (line breaks too) one space, no space at either end.
   *
   * <pre>{@code
   * normalise("We\u2019ll pay the £60 — we won\u2019t\n charge you again.")   // "we will pay the £60 - we will not charge you again."
   * }</pre>
   *
   * @param text any text
   * @return the text as patterns see it
   */
  public static String normalise(String text) {
    StringBuilder b = new StringBuilder(text.length());
    boolean space = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
        space = b.length() > 0;
        continue;
      }
      if (space) {
        b.append(' ');
        space = false;
      }
      b.append(switch (c) {
        case '\u2018', '\u2019', '\u02BC', '\u2032' -> '\'';
        case '\u201C', '\u201D', '\u2033' -> '"';
        case '\u2013', '\u2014' -> '-';
        default -> c;
      });
    }
    String t = b.toString().toLowerCase(Locale.ROOT);
    if (t.indexOf('\'') < 0) {
      return t;
    }
    for (int i = 0; i < CONTRACTIONS.length; i++) {
      t = CONTRACTIONS[i].matcher(t).replaceAll(EXPANDED[i]);
    }
    return t;
  }
}
