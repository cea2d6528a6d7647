package org.replyaudit.internal.matching;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.synonym.SynonymGraphFilter;
import org.apache.lucene.analysis.synonym.SynonymMap;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;

/**
 * The Lucene analysis chain that turns a claim into the terms matching compares, read top to
 * bottom: standard tokenizer → possessive "'s" removed → lower case → accents folded → stop words
 * (English's, plus the pronouns, auxiliaries and letter formulas every letter shares) → Porter
 * stem, with amounts written one way ({@link AmountNormalizingFilter}). Negation words are stop words here on purpose: they say nothing about the topic, and the
 * cue stages read negation from the raw text instead.
 */
public final class ClaimAnalyzer extends Analyzer {
  static final String FIELD = "claim";

  private static final CharArraySet STOP;

  static {
    CharArraySet stop = new CharArraySet(EnglishAnalyzer.ENGLISH_STOP_WORDS_SET, true);
    stop.addAll(List.of(
        "i", "me", "my", "mine", "myself", "we", "us", "our", "ours", "ourselves", "you", "your",
        "yours", "yourself", "he", "him", "his", "she", "her", "hers", "its", "them", "theirs", "who",
        "whom", "which", "what", "when", "where", "why", "how", "am", "been", "being", "have", "has",
        "had", "having", "do", "does", "did", "doing", "done", "can", "could", "would", "should",
        "shall", "may", "might", "must", "ought", "also", "very", "just", "so", "than", "too", "only",
        "any", "all", "some", "each", "every", "both", "more", "most", "other", "own", "same",
        "from", "up", "down", "out", "off", "over", "under", "again", "further", "once", "here",
        "about", "against", "between", "through", "during", "before", "after", "above", "below",
        "because", "until", "while", "were", "im", "ive", "dont", "didnt", "wont", "cant", "n't",
        "please", "dear", "thank", "thanks", "regards", "sincerely", "kind", "yours", "hello", "hi",
        "whether", "still", "even", "now", "however", "never", "nothing", "none", "nor"));
    STOP = CharArraySet.unmodifiableSet(stop);
  }

  private final SynonymMap related;

  /** The plain chain, for the claims being searched. */
  public ClaimAnalyzer() {
    this(null);
  }

  /**
   * The query chain: as the plain one, with Lucene's {@link SynonymGraphFilter} adding related
   * words (typed {@code SYNONYM}) before stop words and stemming.
   */
  public ClaimAnalyzer(SynonymMap related) {
    this.related = related;
  }

  @Override
  protected TokenStreamComponents createComponents(String fieldName) {
    Tokenizer source = new StandardTokenizer();
    TokenStream chain = new EnglishPossessiveFilter(source);
    chain = new LowerCaseFilter(chain);
    chain = new ASCIIFoldingFilter(chain);
    chain = new AmountNormalizingFilter(chain);
    if (related != null) {
      chain = new SynonymGraphFilter(chain, related, true);
    }
    chain = new StopFilter(chain, STOP);
    chain = new PorterStemFilter(chain);
    return new TokenStreamComponents(source, chain);
  }

  /** The stem of one word, or null when it is a stop word. */
  public String stem(String word) {
    Map<String, Integer> t = terms(word);
    return t.size() == 1 ? t.keySet().iterator().next() : null;
  }

  /** The related-word stems this (query) chain adds to {@code text}, minus its own stems. */
  public java.util.Set<String> expansions(String text, Map<String, Integer> own) {
    java.util.Set<String> out = new java.util.HashSet<>();
    try (TokenStream ts = tokenStream(FIELD, text)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      TypeAttribute type = ts.addAttribute(TypeAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        if (SynonymGraphFilter.TYPE_SYNONYM.equals(type.type()) && !own.containsKey(term.toString())) {
          out.add(term.toString());
        }
      }
      ts.end();
    } catch (IOException e) {
      throw new UncheckedIOException("reading a String cannot fail", e);
    }
    return out;
  }

  /** A claim's terms with their frequencies, and the related-word stems the query chain adds. */
  public record Analysed(Map<String, Integer> terms, java.util.Set<String> expansions) {}

  /**
   * What {@link #terms} and {@link #expansions} give, from one pass of this (query) chain instead
   * of one pass of each chain: every rule of the related-word map keeps the original word
   * ({@code includeOrig}), so the tokens not typed {@code SYNONYM} are exactly the plain chain's
   * tokens, in the same order. The collections are filled in the same order as those two methods
   * fill theirs, so even their iteration order is the same.
   */
  public Analysed termsAndExpansions(String text) {
    Map<String, Integer> tf = new HashMap<>();
    List<String> related = new java.util.ArrayList<>();
    try (TokenStream ts = tokenStream(FIELD, text)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      TypeAttribute type = ts.addAttribute(TypeAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        if (SynonymGraphFilter.TYPE_SYNONYM.equals(type.type())) {
          related.add(term.toString());
        } else {
          tf.merge(term.toString(), 1, Integer::sum);
        }
      }
      ts.end();
    } catch (IOException e) {
      throw new UncheckedIOException("reading a String cannot fail", e);
    }
    java.util.Set<String> out = new java.util.HashSet<>();
    for (String r : related) {
      if (!tf.containsKey(r)) {
        out.add(r);
      }
    }
    return new Analysed(tf, out);
  }

  /** The terms of {@code text} with their frequencies, in first-seen order. */
  public Map<String, Integer> terms(String text) {
    Map<String, Integer> tf = new HashMap<>();
    try (TokenStream ts = tokenStream(FIELD, text)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        tf.merge(term.toString(), 1, Integer::sum);
      }
      ts.end();
    } catch (IOException e) {
      throw new UncheckedIOException("reading a String cannot fail", e);
    }
    return tf;
  }
}
