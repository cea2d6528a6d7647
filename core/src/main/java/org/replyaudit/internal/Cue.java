package org.replyaudit.internal;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A named phrase pattern over a claim's {@link Claim#cue() cue string}. The name is what a
 * finding's {@code why} quotes, so every decision can be traced to the words that triggered it.
 */
public record Cue(String name, Pattern pattern) {
  static Cue of(String name, String regex) {
    return new Cue(name, Pattern.compile(regex));
  }

  /** The first cue of {@code cues} found in {@code cueString}, with the words it matched. */
  static Optional<Hit> first(List<Cue> cues, String cueString) {
    for (Cue c : cues) {
      var m = c.pattern.matcher(cueString);
      if (m.find()) {
        return Optional.of(new Hit(c.name, cueString.substring(m.start(), m.end()).strip()));
      }
    }
    return Optional.empty();
  }

  /** A cue that fired, and the words it fired on. */
  public record Hit(String cue, String words) {
    @Override
    public String toString() {
      return cue + " (\"" + words + "\")";
    }
  }
}
