package org.replyaudit.thread;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.tartarus.snowball.ext.PorterStemmer;

/**
 * The content words of a sentence, for comparing two sentences by the words they share: lower
 * case, function words ({@code function-words.txt}) left out, Porter-stemmed, so "refunded" and
 * "refund" count as one word and "I", "your", "please" count for nothing. Numbers are kept
 * ("£40" gives "40"). Also which of them a negation reaches ({@code negations.txt}, and any word
 * ending in n't). Immutable and thread-safe.
 *
 * <pre>{@code
 * ContentWords.of("Please refund my £40 deposit.")      // [refund, 40, deposit]
 * ContentWords.overlap(of("Please refund my £40 deposit."), of("I still want the £40 refunded."))
 *                                                        // 2 shared of the shorter's 3: 0.667
 * ContentWords.negatedWords("We are unable to refund it.")   // [refund]
 * }</pre>
 */
final class ContentWords {
  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+(?:['\u2019][\\p{L}]+)*");
  /** Words, and the punctuation that ends a clause. */
  private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{N}]+(?:['\u2019][\\p{L}]+)*|[,;:.!?]");
  private static final Set<String> FUNCTION_WORDS = words("function-words.txt");
  private static final Set<String> NEGATIONS = words("negations.txt");

  private ContentWords() {}

  /** The stems of the content words of {@code text}, in order of first appearance. */
  static Set<String> of(String text) {
    Set<String> out = new LinkedHashSet<>();
    Matcher m = WORD.matcher(text.toLowerCase(Locale.ROOT));
    PorterStemmer stemmer = new PorterStemmer();
    while (m.find()) {
      String w = m.group().replace('\u2019', '\'');
      int apostrophe = w.indexOf('\'');
      String bare = apostrophe < 0 ? w : w.substring(0, apostrophe);  // possessives, "we'll" -> "we"
      if (bare.isEmpty() || FUNCTION_WORDS.contains(bare) || w.endsWith("n't") || NEGATIONS.contains(bare)) {
        continue;
      }
      stemmer.setCurrent(bare);
      stemmer.stem();
      out.add(stemmer.getCurrent());
    }
    return out;
  }

  /** How many stems the two share. */
  static int shared(Set<String> a, Set<String> b) {
    Set<String> s = new HashSet<>(a);
    s.retainAll(b);
    return s.size();
  }

  /** The shared stems over the smaller set's size, in {@code [0, 1]}; 0 when either is empty. */
  static double overlap(Set<String> a, Set<String> b) {
    int min = Math.min(a.size(), b.size());
    return min == 0 ? 0 : (double) shared(a, b) / min;
  }

  /** How many words after a negation it reaches: "will not be removed", "no compensation is payable". */
  static final int NEGATION_REACH = 3;

  /**
   * The stems of the content words a negation reaches: those among the {@value #NEGATION_REACH}
   * words after a negation word ({@code negations.txt}, or any word ending in n't), within the
   * same clause (a comma, semicolon or full stop ends its reach).
   *
   * <pre>{@code
   * negatedWords("The £25 fee will not be removed, as you were overdrawn.")   // [remov]
   * negatedWords("We will refund the £25 fee.")                             // []
   * }</pre>
   */
  static Set<String> negatedWords(String text) {
    Set<String> out = new LinkedHashSet<>();
    Matcher m = TOKEN.matcher(text.toLowerCase(Locale.ROOT));
    PorterStemmer stemmer = new PorterStemmer();
    int reach = 0;
    while (m.find()) {
      String w = m.group().replace('\u2019', '\'');
      if (!Character.isLetterOrDigit(w.charAt(0))) {
        reach = 0;  // punctuation ends the clause
        continue;
      }
      if (w.endsWith("n't") || NEGATIONS.contains(w)) {
        reach = NEGATION_REACH;
        continue;
      }
      if (reach > 0) {
        reach--;
        int apostrophe = w.indexOf('\'');
        String bare = apostrophe < 0 ? w : w.substring(0, apostrophe);
        if (!bare.isEmpty() && !FUNCTION_WORDS.contains(bare)) {
          stemmer.setCurrent(bare);
          stemmer.stem();
          out.add(stemmer.getCurrent());
        }
      }
    }
    return out;
  }

  private static Set<String> words(String resource) {
    Set<String> out = new HashSet<>();
    try (InputStream in = ContentWords.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException(resource + " is missing from the jar");
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        String w = line.strip();
        if (!w.isEmpty() && !w.startsWith("#")) {
          out.add(w);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return Set.copyOf(out);
  }
}
