package org.replyaudit.internal.cues;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The literal strings one of which every match of a regular expression must contain, read from
 * the expression itself (the prefilter idea of RE2 and code search engines): {@code " (i|we) will
 * (send|call) "} cannot match a text containing neither {@code "send"} nor {@code "call"}. A
 * {@code String.contains} per literal is far cheaper than trying the whole alternation at every
 * position, and most cues do not fire on most claims.
 *
 * <p>Sound by construction: a literal is only required where the expression cannot match without
 * it. Anything this reader does not understand (inline flags, back references, an unbalanced
 * group) gives no requirement at all, and the pattern is then always run.
 */
final class RequiredLiterals {
  /** Literals shorter than this filter too little to be worth checking. */
  private static final int MIN_LENGTH = 3;
  /** More alternatives than this cost more to check than the regex. */
  private static final int MAX_LITERALS = 48;

  private final String regex;
  private int at;

  private RequiredLiterals(String regex) {
    this.regex = regex;
  }

  /**
   * The literals, one of which every match of {@code regex} contains, or null when no useful set
   * is known (the pattern must then always be run).
   */
  static String[] of(String regex) {
    try {
      RequiredLiterals reader = new RequiredLiterals(regex);
      Node node = reader.alternation();
      if (reader.at != regex.length()) {
        return null; // an unbalanced ')'
      }
      Set<String> set = node.required();
      if (set == null || set.size() > MAX_LITERALS
          || set.stream().anyMatch(l -> l.length() < MIN_LENGTH)) {
        return null;
      }
      return set.toArray(String[]::new);
    } catch (Unsupported e) {
      return null;
    }
  }

  /** A parsed piece of the expression, and what its matches must contain. */
  private sealed interface Node permits Literal, Alternation, Sequence, Opaque {
    /** One of these strings occurs in every match, or null when nothing is required. */
    Set<String> required();
  }

  /** One character matched as itself. */
  private record Literal(char ch) implements Node {
    @Override
    public Set<String> required() {
      return Set.of(String.valueOf(ch));
    }
  }

  /** Something whose matches need contain no particular text: a class, an assertion, an optional part. */
  private record Opaque() implements Node {
    @Override
    public Set<String> required() {
      return null;
    }
  }

  private record Alternation(List<Node> options) implements Node {
    @Override
    public Set<String> required() {
      Set<String> out = new LinkedHashSet<>();
      for (Node o : options) {
        Set<String> r = o.required();
        if (r == null) {
          return null; // this option can match without any literal
        }
        out.addAll(r);
      }
      return out;
    }
  }

  private record Sequence(List<Node> parts) implements Node {
    /** Runs of adjacent literal characters become one literal; the most selective requirement wins. */
    @Override
    public Set<String> required() {
      Set<String> best = null;
      StringBuilder run = new StringBuilder();
      for (Node part : parts) {
        if (part instanceof Literal l) {
          run.append(l.ch());
          continue;
        }
        best = better(best, run.isEmpty() ? null : Set.of(run.toString()));
        run.setLength(0);
        best = better(best, part.required());
      }
      return better(best, run.isEmpty() ? null : Set.of(run.toString()));
    }

    /** The set with the longer shortest literal (fewer literals on a tie). */
    private static Set<String> better(Set<String> a, Set<String> b) {
      if (a == null || b == null) {
        return a == null ? b : a;
      }
      int ma = a.stream().mapToInt(String::length).min().orElse(0);
      int mb = b.stream().mapToInt(String::length).min().orElse(0);
      return mb > ma || (mb == ma && b.size() < a.size()) ? b : a;
    }
  }

  private static final class Unsupported extends RuntimeException {
    Unsupported() {
      super(null, null, false, false);
    }
  }

  private Node alternation() {
    List<Node> options = new ArrayList<>();
    options.add(sequence());
    while (at < regex.length() && regex.charAt(at) == '|') {
      at++;
      options.add(sequence());
    }
    return options.size() == 1 ? options.get(0) : new Alternation(options);
  }

  private Node sequence() {
    List<Node> parts = new ArrayList<>();
    while (at < regex.length() && regex.charAt(at) != '|' && regex.charAt(at) != ')') {
      Node atom = atom();
      parts.add(quantified(atom));
    }
    return new Sequence(parts);
  }

  /** Applies a following quantifier: optional ones drop the requirement, repeats keep it. */
  private Node quantified(Node atom) {
    if (at >= regex.length()) {
      return atom;
    }
    char q = regex.charAt(at);
    boolean optional;
    if (q == '?' || q == '*') {
      at++;
      optional = true;
    } else if (q == '+') {
      at++;
      optional = false;
    } else if (q == '{') {
      int close = regex.indexOf('}', at);
      if (close < 0) {
        throw new Unsupported();
      }
      String min = regex.substring(at + 1, close).split(",", -1)[0].strip();
      at = close + 1;
      optional = min.isEmpty() || Integer.parseInt(min) == 0;
    } else {
      return atom;
    }
    if (at < regex.length() && (regex.charAt(at) == '?' || regex.charAt(at) == '+')) {
      at++; // lazy or possessive: the same text can match
    }
    // A repeated literal still needs the character once; a repeated group needs its requirement once.
    return optional ? new Opaque() : atom instanceof Literal ? new Sequence(List.of(atom)) : atom;
  }

  private Node atom() {
    char ch = regex.charAt(at);
    switch (ch) {
      case '(' -> {
        at++;
        boolean lookaround = false;
        if (regex.startsWith("?:", at)) {
          at += 2;
        } else if (regex.startsWith("?=", at) || regex.startsWith("?!", at)) {
          at += 2;
          lookaround = true;
        } else if (regex.startsWith("?<=", at) || regex.startsWith("?<!", at)) {
          at += 3;
          lookaround = true;
        } else if (at < regex.length() && regex.charAt(at) == '?') {
          throw new Unsupported(); // inline flags, named or atomic groups
        }
        Node inner = alternation();
        if (at >= regex.length() || regex.charAt(at) != ')') {
          throw new Unsupported();
        }
        at++;
        return lookaround ? new Opaque() : inner;
      }
      case '[' -> {
        skipClass();
        return new Opaque();
      }
      case '\\' -> {
        if (at + 1 >= regex.length()) {
          throw new Unsupported();
        }
        char e = regex.charAt(at + 1);
        at += 2;
        if (Character.isLetterOrDigit(e)) {
          if (e == 'Q' || e == 'E' || e == 'p' || e == 'P' || e == 'x' || e == 'u' || e == 'k'
              || Character.isDigit(e)) {
            throw new Unsupported(); // quoting, properties, code points, back references
          }
          return new Opaque(); // \d, \s, \w, \b, \n, \t …: a class, an assertion or a control
        }
        return new Literal(e);
      }
      case '.', '^', '$' -> {
        at++;
        return new Opaque();
      }
      default -> {
        at++;
        return new Literal(ch);
      }
    }
  }

  private void skipClass() {
    int depth = 0;
    at++; // '['
    if (at < regex.length() && regex.charAt(at) == '^') {
      at++;
    }
    if (at < regex.length() && regex.charAt(at) == ']') {
      at++;
    }
    while (at < regex.length()) {
      char c = regex.charAt(at++);
      if (c == '\\') {
        at++;
      } else if (c == '[') {
        depth++;
      } else if (c == ']') {
        if (depth == 0) {
          return;
        }
        depth--;
      }
    }
    throw new Unsupported();
  }
}
