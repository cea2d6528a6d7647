package org.replyaudit.internal.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.tokenize.TokenizerModel;
import opennlp.tools.tokenize.WhitespaceTokenizer;
import org.replyaudit.Span;

/**
 * Pipeline stage {@code split}: tokenizes each segment with OpenNLP and cuts it where it joins independent clauses,
 * so that "…takes its responsibilities extremely seriously and we would never provide…" becomes
 * two claims that can carry different labels.
 *
 * <p>A cut falls before a coordinating conjunction (or after a semicolon) when a new subject
 * follows it: "and we …", ", but several of its members …". The POS tagger would find more
 * subjects, but costs several milliseconds a pair; pronoun subjects and comma-led "but/so/while"
 * cover the clause joins letters use.
 */
public final class ClauseSplitter {
  private static final Set<String> CONJUNCTIONS = Set.of("and", "but", "so", "while", "whereas", "yet");
  private static final Set<String> SUBJECTS = Set.of(
      "i", "we", "you", "he", "she", "they", "it", "this", "there", "our", "your", "my", "their");
  /** A clause shorter than this many tokens is not cut off. */
  private static final int MIN_TOKENS = 4;

  /**
   * Most distinct words whose tokenizer split is remembered; about 100 bytes each. When the memo
   * is full it is emptied and refills with the words in use, so a stream of one-off words (amounts,
   * reference numbers) cannot grow it without bound.
   */
  static final int MEMO_WORDS = 50_000;

  private final TokenizerModel model;
  /** Word → its split, shared by all calls and threads (see {@link WordMemoTokenizer}). */
  private final Map<String, int[]> wordSplits = new ConcurrentHashMap<>();

  public ClauseSplitter(TokenizerModel model) {
    this.model = model;
  }

  public List<Claim> split(CleanText clean, List<Segment> segments) {
    WordMemoTokenizer tokenizer = new WordMemoTokenizer(new TokenizerME(model), wordSplits);
    List<Claim> claims = new ArrayList<>();
    for (Segment seg : segments) {
      String sentence = seg.span().of(clean.masked());
      // Tokenizing new words is the pipeline's largest cost: only sentences that could join clauses need it.
      if (seg.role() != Segment.Role.BODY || !mayJoinClauses(sentence)) {
        claims.add(claim(claims.size(), clean, seg, seg.span()));
        continue;
      }
      opennlp.tools.util.Span[] tokens = tokenizer.tokenizePos(sentence);
      if (tokens.length < 2 * MIN_TOKENS) {
        claims.add(claim(claims.size(), clean, seg, seg.span()));
        continue;
      }
      // Each token's lower-cased text, once: cutsBefore looks at up to four tokens per position.
      String[] words = new String[tokens.length];
      for (int k = 0; k < tokens.length; k++) {
        words[k] = word(sentence, tokens[k]);
      }
      int from = 0;
      for (int t = MIN_TOKENS; t < tokens.length - MIN_TOKENS; t++) {
        if (t - from >= MIN_TOKENS && cutsBefore(words, t)) {
          int start = seg.span().start() + tokens[from].getStart();
          int end = seg.span().start() + tokens[t - 1].getEnd();
          claims.add(claim(claims.size(), clean, seg, new Span(start, end)));
          from = sentence.charAt(tokens[t].getStart()) == ';' || isComma(sentence, tokens[t]) ? t + 1 : t;
        }
      }
      int start = seg.span().start() + tokens[from].getStart();
      claims.add(claim(claims.size(), clean, seg, new Span(start, seg.span().end())));
    }
    return claims;
  }

  private static boolean isComma(String sentence, opennlp.tools.util.Span token) {
    return token.length() == 1 && sentence.charAt(token.getStart()) == ',';
  }

  /** Whether a new clause starts at token {@code t}. */
  private static boolean cutsBefore(String[] words, int t) {
    String tok = words[t];
    if (tok.equals(";")) {
      return true;
    }
    String prev = words[t - 1];
    if (tok.equals(",") && t + 1 < words.length) {
      String next = words[t + 1];
      return next.equals("but") || next.equals("so") || next.equals("whereas")
          || (next.equals("and") && t + 2 < words.length && SUBJECTS.contains(words[t + 2]));
    }
    if (CONJUNCTIONS.contains(tok) && !prev.equals(",") && t + 1 < words.length) {
      String next = words[t + 1];
      return SUBJECTS.contains(next) && !next.equals("this") && !next.equals("there");
    }
    return false;
  }

  private static String word(String sentence, opennlp.tools.util.Span token) {
    return sentence.substring(token.getStart(), token.getEnd()).toLowerCase(Locale.ROOT);
  }

  private static Claim claim(int index, CleanText clean, Segment seg, Span span) {
    return new Claim(index, span, span.of(clean.original()), cueString(span.of(clean.masked())), seg,
        span.start() == seg.span().start());
  }

  /** Whether a sentence contains a word or mark a clause cut can fall at (cheap, over-inclusive). */
  static boolean mayJoinClauses(String sentence) {
    String lower = sentence.toLowerCase(Locale.ROOT);
    if (lower.indexOf(';') >= 0) {
      return true;
    }
    for (String c : CONJUNCTIONS) {
      int i = lower.indexOf(c);
      while (i >= 0) {
        boolean before = i == 0 || !Character.isLetter(lower.charAt(i - 1));
        int end = i + c.length();
        boolean after = end == lower.length() || !Character.isLetter(lower.charAt(end));
        if (before && after) {
          return true;
        }
        i = lower.indexOf(c, i + 1);
      }
    }
    return false;
  }

  /**
   * The claim as cue patterns see it: lower case, typographic apostrophes folded, every run of
   * other punctuation a single space, "?" kept as a word, a space at each end.
   */
  public static String cueString(String text) {
    StringBuilder b = new StringBuilder(text.length() + 2).append(' ');
    boolean space = true;
    for (int i = 0; i < text.length(); i++) {
      char c = Character.toLowerCase(text.charAt(i));
      if (c == '\u2019' || c == '\u2018') {
        c = '\'';
      }
      boolean keep = Character.isLetterOrDigit(c) || c == '\'' || c == '\u00a3' || c == '$' || c == '\u20ac' || c == '%';
      if (c == '?') {
        if (!space) {
          b.append(' ');
        }
        b.append("? ");
        space = true;
      } else if (keep) {
        b.append(c);
        space = false;
      } else if (!space) {
        b.append(' ');
        space = true;
      }
    }
    if (!space) {
      b.append(' ');
    }
    return b.toString();
  }

  /**
   * {@link TokenizerME#tokenizePos} with each word's split remembered.
   *
   * <p>TokenizerME cuts the text at whitespace and then runs its maxent model at every character
   * position of every word of two or more characters (the English model has no alphanumeric
   * short cut), and each decision depends on that word's characters alone. So a word splits the
   * same way wherever it stands, and its split, relative to the word's start, can be reused: the
   * tokens returned are exactly TokenizerME's. The tokenizer was the largest single cost of an
   * analysis, and letters are written in a small vocabulary, so after a few letters nearly every
   * word is a hit. The memo is shared by every call of one splitter (hence one analyzer) and
   * bounded by {@link #MEMO_WORDS}; the TokenizerME, which is not thread-safe, is per call.
   */
  public static final class WordMemoTokenizer {
    private final TokenizerME tokenizer;
    /** Word → its tokens' [start, end) offsets inside the word, flattened. */
    private final Map<String, int[]> splits;

    public WordMemoTokenizer(TokenizerME tokenizer, Map<String, int[]> splits) {
      this.tokenizer = tokenizer;
      this.splits = splits;
    }

    public opennlp.tools.util.Span[] tokenizePos(String text) {
      // TokenizerME's own first step (it sets keepNewLines to its default, false, each call).
      WhitespaceTokenizer.INSTANCE.setKeepNewLines(false);
      opennlp.tools.util.Span[] words = WhitespaceTokenizer.INSTANCE.tokenizePos(text);
      List<opennlp.tools.util.Span> out = new ArrayList<>(words.length + words.length / 4);
      for (opennlp.tools.util.Span w : words) {
        if (w.length() < 2) {
          out.add(w); // TokenizerME never splits a single character
          continue;
        }
        String word = text.substring(w.getStart(), w.getEnd());
        int[] split = splits.get(word);
        if (split == null) {
          split = splitWord(word);
          if (splits.size() >= MEMO_WORDS) {
            splits.clear();
          }
          splits.put(word, split);
        }
        for (int i = 0; i < split.length; i += 2) {
          out.add(new opennlp.tools.util.Span(w.getStart() + split[i], w.getStart() + split[i + 1]));
        }
      }
      return out.toArray(new opennlp.tools.util.Span[0]);
    }

    private int[] splitWord(String word) {
      opennlp.tools.util.Span[] tokens = tokenizer.tokenizePos(word);
      int[] split = new int[tokens.length * 2];
      for (int i = 0; i < tokens.length; i++) {
        split[2 * i] = tokens[i].getStart();
        split[2 * i + 1] = tokens[i].getEnd();
      }
      return split;
    }
  }
}
