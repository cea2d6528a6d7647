package org.replyaudit.models;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The features the trained sentence classifiers see. Training ({@code CorpusMain train}) and
 * prediction ({@link TrainedModel#classify}) both call {@link #of}, so the two can never drift
 * apart: a change here changes the models, and the shipped models must then be retrained (the
 * reproducibility test fails until they are).
 *
 * <p>Everything is computed from the sentence's own words and where it stands in its letter;
 * nothing depends on the rest of the pair, so one sentence always gets the same features.
 * Features: bag of words and bigrams, the first word and first two words, cue-word classes,
 * negation and the words in its scope, modal verbs, person (I, we, you, the authors, the
 * reviewer), question form, position in the letter, and length.
 */
public final class SentenceFeatures {
  /** How many words after a negation are marked as in its scope. */
  private static final int NEGATION_SCOPE = 4;
  private static final Set<String> NEGATIONS = Set.of(
      "not", "no", "never", "n't", "cannot", "nothing", "none", "nobody", "neither", "nor", "without");
  private static final Set<String> MODALS = Set.of(
      "should", "could", "would", "must", "might", "may", "can", "will", "shall", "need", "ought");
  private static final Set<String> WH = Set.of(
      "what", "why", "how", "when", "where", "which", "who", "whom", "whose", "whether", "is", "are",
      "do", "does", "did", "can", "could", "would", "will", "have", "has", "was", "were");
  private static final Map<String, String> PERSON = Map.ofEntries(
      Map.entry("i", "i"), Map.entry("me", "i"), Map.entry("my", "i"), Map.entry("i'm", "i"),
      Map.entry("we", "we"), Map.entry("us", "we"), Map.entry("our", "we"), Map.entry("we've", "we"),
      Map.entry("we're", "we"), Map.entry("you", "you"), Map.entry("your", "you"),
      Map.entry("authors", "authors"), Map.entry("author", "authors"), Map.entry("they", "they"),
      Map.entry("reviewer", "reviewer"), Map.entry("reviewers", "reviewer"));
  /**
   * Cue-word classes: words that signal an act in complaints and replies alike. A class is one
   * shared feature, so a rare word in a known class still counts.
   */
  private static final Map<String, String> CUES = cues();

  private SentenceFeatures() {}

  private static Map<String, String> cues() {
    Map<String, String> m = new java.util.HashMap<>();
    put(m, "thanks", "thank", "thanks", "grateful", "appreciate", "appreciated", "dear", "regards", "sincerely");
    put(m, "apology", "sorry", "apologise", "apologize", "apologies", "apology", "regret");
    put(m, "ask", "please", "suggest", "recommend", "request", "ask", "like", "want", "expect",
        "encourage", "consider", "explain", "clarify", "elaborate", "discuss", "provide", "include",
        "add", "compare", "refund", "compensate", "demand", "insist");
    put(m, "negative", "unclear", "weak", "lacks", "lack", "limited", "unconvincing", "confusing",
        "missing", "insufficient", "problem", "problematic", "concern", "concerns", "poor", "wrong",
        "incorrect", "unfair", "disappointed", "unacceptable", "fails", "failed", "failure", "issue",
        "issues", "doubt", "questionable", "hard", "difficult", "overcharged", "ignored", "refused",
        "delay", "delayed", "late", "rude", "damaged", "broken", "upset", "frustrated", "angry");
    put(m, "positive", "interesting", "novel", "well", "clear", "strong", "nice", "good", "great",
        "impressive", "convincing", "solid", "useful", "important", "valuable", "clearly");
    put(m, "future", "will", "shall", "plan", "future", "camera", "final", "'ll", "going", "intend");
    put(m, "done", "added", "revised", "updated", "included", "fixed", "corrected", "now",
        "modified", "changed", "removed", "clarified", "rewritten", "refunded", "credited",
        "arranged", "resolved", "replaced", "new", "additional");
    put(m, "dispute", "disagree", "however", "incorrect", "misunderstanding", "misunderstood",
        "actually", "fact", "true", "deny", "reject", "refute", "dispute", "contrary", "indeed",
        "respectfully", "believe", "argue", "claim", "unfounded");
    put(m, "redirect", "contact", "ombudsman", "regulator", "refer", "appeal", "website", "team",
        "department");
    put(m, "reassure", "seriously", "committed", "priority", "value", "valued", "policy",
        "standards", "ensure");
    return Map.copyOf(m);
  }

  private static void put(Map<String, String> m, String cls, String... words) {
    for (String w : words) {
      m.putIfAbsent(w, cls);
    }
  }

  /**
   * The lower-cased words of a text: runs of letters, digits and apostrophes (typographic ones
   * folded), with "n't" split off as its own word and "?" kept as a word.
   *
   * @param text any text
   * @return the words in order, for example {@code [i, did, n't, get, it, ?]} for
   *     {@code "I didn’t get it?"}
   */
  public static List<String> words(String text) {
    List<String> out = new ArrayList<>();
    StringBuilder w = new StringBuilder();
    for (int i = 0; i <= text.length(); i++) {
      char c = i < text.length() ? Character.toLowerCase(text.charAt(i)) : ' ';
      if (c == '\u2019' || c == '\u2018') {
        c = '\'';
      }
      if (Character.isLetterOrDigit(c) || (c == '\'' && w.length() > 0)) {
        w.append(c);
        continue;
      }
      flush(w, out);
      if (c == '?') {
        out.add("?");
      }
    }
    return out;
  }

  private static void flush(StringBuilder w, List<String> out) {
    if (w.length() == 0) {
      return;
    }
    String s = w.toString();
    w.setLength(0);
    if (s.endsWith("n't") && s.length() > 3) {
      String stem = s.substring(0, s.length() - 3);
      out.add(stem.equals("wo") ? "will" : stem.equals("ca") ? "can" : stem);
      out.add("n't");
    } else {
      while (s.endsWith("'")) {
        s = s.substring(0, s.length() - 1);
      }
      if (!s.isEmpty()) {
        out.add(s);
      }
    }
  }

  /**
   * The features of one sentence.
   *
   * @param text the sentence (or clause) as written
   * @param from where it starts in its letter, as a fraction of the letter's length in [0, 1]
   * @param to where it ends, as a fraction in [0, 1]
   * @return the feature strings, each once
   */
  public static String[] of(String text, double from, double to) {
    List<String> words = words(text);
    // A set keeps each feature once (repeats would weigh a word by its count, which only adds
    // noise for sentences) and keeps insertion order, so the features are deterministic.
    Set<String> f = new LinkedHashSet<>();
    f.add(from <= 0.02 ? "pos=first" : to >= 0.98 ? "pos=last" : from < 0.5 ? "pos=early" : "pos=late");
    int n = words.size();
    f.add(n <= 4 ? "len=short" : n <= 12 ? "len=mid" : n <= 30 ? "len=long" : "len=vlong");
    if (n == 0) {
      f.add("empty");
      return f.toArray(String[]::new);
    }
    String first = words.get(0);
    f.add("w1=" + first);
    if (n > 1) {
      f.add("w2=" + first + "_" + words.get(1));
    }
    if (WH.contains(first)) {
      f.add("qform=" + first);
    }
    if (words.get(n - 1).equals("?")) {
      f.add("ends?");
    }
    String prev = "^";
    int negationLeft = 0;
    for (String w : words) {
      f.add("w=" + w);
      f.add("b=" + prev + "_" + w);
      String cue = CUES.get(w);
      if (cue != null) {
        f.add("cue=" + cue);
      }
      if (MODALS.contains(w)) {
        f.add("mod=" + w);
      }
      String person = PERSON.get(w);
      if (person != null) {
        f.add("p=" + person);
      }
      if (negationLeft > 0) {
        f.add("neg=" + w);
        if (cue != null) {
          f.add("negcue=" + cue);
        }
        negationLeft--;
      }
      if (NEGATIONS.contains(w)) {
        f.add("negated");
        negationLeft = NEGATION_SCOPE;
      }
      if (w.equals("?")) {
        f.add("q");
      }
      prev = w;
    }
    f.add("b=" + prev + "_$");
    return f.toArray(String[]::new);
  }

  /**
   * {@link #of(String, double, double)} for a sentence at {@code start..end} of a letter.
   *
   * @param text the sentence (or clause) as written
   * @param start its first char's offset in the letter
   * @param end the offset just past its last char
   * @param letterLength the letter's length in chars
   * @return the feature strings, each once
   */
  public static String[] of(String text, int start, int end, int letterLength) {
    double len = Math.max(1, letterLength);
    return of(text, start / len, end / len);
  }

}
