package org.replyaudit.benchmarks;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import opennlp.tools.tokenize.TokenizerME;
import org.apache.lucene.search.CollectionStatistics;
import org.apache.lucene.search.TermStatistics;
import org.apache.lucene.search.similarities.BM25Similarity;
import org.apache.lucene.search.similarities.Similarity.SimScorer;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.Test;
import org.replyaudit.internal.matching.Bm25ClaimMatcher;
import org.replyaudit.internal.matching.ClaimAnalyzer;
import org.replyaudit.internal.matching.LexicalStatistics;
import org.replyaudit.internal.text.ClauseSplitter;
import org.replyaudit.internal.text.Excerpts;
import org.replyaudit.internal.text.TextCleaner;
import org.replyaudit.internal.text.TextLayout;
import org.replyaudit.models.EnglishModels;

/**
 * The two speed-ups the benchmarks led to in core must change no result. Each is checked here
 * against the library code it stands in for, on many inputs. (These tests live in the benchmarks
 * module, in core's package, because that is where the profiling that motivated them lives.)
 */
class PerformanceFixesTest {
  @Test
  void bm25WeightsAreLucenesToTheBit() {
    BM25Similarity lucene = new BM25Similarity(1.2f, 0.75f);
    Random rnd = new Random(1);
    for (int i = 0; i < 50_000; i++) {
      // Pair-sized collections and background-sized ones (tens of millions of pseudo-documents).
      long docs = rnd.nextBoolean() ? 1 + rnd.nextInt(2000) : 1_000_000L + rnd.nextInt(50_000_000);
      long sumDf = docs + rnd.nextInt(20_000);
      long sumTtf = sumDf + rnd.nextInt(1000);
      CollectionStatistics c = new CollectionStatistics("claim", docs, docs, sumTtf, sumDf);
      long df = 1 + (long) (rnd.nextDouble() * docs);
      SimScorer expected = lucene.scorer(1f, c, new TermStatistics(new BytesRef("t"), df, df + rnd.nextInt(5)));
      Bm25ClaimMatcher.Bm25Weights actual = new Bm25ClaimMatcher.Bm25Weights(List.of(c), 1);
      float weight = Bm25ClaimMatcher.Bm25Weights.idf(df, docs);
      int freq = 1 + rnd.nextInt(6);
      long norm = rnd.nextInt(256);
      assertEquals(Float.floatToIntBits(expected.score(freq, norm)),
          Float.floatToIntBits(actual.score(0, weight, freq, norm)),
          "docs " + docs + " df " + df + " freq " + freq + " norm " + norm);
    }
  }

  @Test
  void onePassGivesThePlainTermsAndTheExpansions() {
    ClaimAnalyzer plain = new ClaimAnalyzer();
    ClaimAnalyzer expanding = new ClaimAnalyzer(LexicalStatistics.related());
    List<String> texts = new java.util.ArrayList<>();
    for (BenchPair p : BenchCorpus.load("cases")) {
      texts.addAll(List.of(p.complaint().split("(?<=[.?!:])\\s+")));
      texts.addAll(List.of(p.reply().split("(?<=[.?!:])\\s+")));
    }
    texts.addAll(List.of(LetterGenerator.reply(20_000, 9).split("(?<=[.?!:])\\s+")));
    texts.add("The £40.00 fee, 3 May, Mr O'Brien's café: still can't, won't, shouldn't; help aid assist.");
    int expanded = 0;
    for (String text : texts) {
      Map<String, Integer> terms = plain.terms(text);
      ClaimAnalyzer.Analysed a = expanding.termsAndExpansions(text);
      assertEquals(terms, a.terms(), text);
      assertEquals(List.copyOf(terms.keySet()), List.copyOf(a.terms().keySet()), "iteration order: " + text);
      java.util.Set<String> expansions = expanding.expansions(text, terms);
      assertEquals(expansions, a.expansions(), text);
      assertEquals(List.copyOf(expansions), List.copyOf(a.expansions()), "iteration order: " + text);
      expanded += expansions.isEmpty() ? 0 : 1;
    }
    org.junit.jupiter.api.Assertions.assertTrue(expanded > texts.size() / 4, "the texts exercise the synonyms");
  }

  @Test
  void batchStemmingGivesEachWordsOwnStem() {
    ClaimAnalyzer plain = new ClaimAnalyzer();
    List<String> words = new java.util.ArrayList<>(org.replyaudit.models.LexicalResources.backgroundCounts().keySet());
    words.addAll(List.of("the", "Refunded", "can't", "o'brien's", "ab''ab", "abc''def", "£40", "1,200.00",
        "e-mail", "naïve", "x", "'", "café", "don't", "40th", "mr."));
    Map<String, String> batch = LexicalStatistics.stems(plain, words);
    int stemmed = 0;
    for (String w : words) {
      assertEquals(plain.stem(w), batch.get(w), w);
      stemmed += batch.containsKey(w) ? 1 : 0;
    }
    org.junit.jupiter.api.Assertions.assertTrue(stemmed > words.size() / 2);
  }

  @Test
  void theUrlPreCheckNeverHidesAUrl() throws ReflectiveOperationException {
    var field = TextCleaner.class.getDeclaredField("URL");
    field.setAccessible(true);
    java.util.regex.Pattern url = (java.util.regex.Pattern) field.get(null);
    String alphabet = "wW.:/hHtTpPsS x\n<>1";
    Random rnd = new Random(3);
    int urls = 0;
    for (int i = 0; i < 50_000; i++) {
      StringBuilder b = new StringBuilder();
      for (int n = rnd.nextInt(14); n > 0; n--) {
        b.append(alphabet.charAt(rnd.nextInt(alphabet.length())));
      }
      String text = b.toString();
      boolean found = url.matcher(text).find();
      urls += found ? 1 : 0;
      if (found) {
        org.junit.jupiter.api.Assertions.assertTrue(TextCleaner.mayHoldUrl(text), text);
      }
    }
    org.junit.jupiter.api.Assertions.assertTrue(urls > 0, "the strings include URLs");
    for (String text : List.of("see WWW.example.com", "Https://x", "wWw.", "ftp://host", "http://")) {
      org.junit.jupiter.api.Assertions.assertTrue(TextCleaner.mayHoldUrl(text), text);
    }
  }

  @Test
  void memoisedTokenizerGivesTokenizerMeTokens() {
    TokenizerME plain = new TokenizerME(EnglishModels.tokenizer());
    Map<String, int[]> memo = new ConcurrentHashMap<>();
    List<String> texts = new java.util.ArrayList<>();
    for (BenchPair p : BenchCorpus.load("cases")) {
      texts.add(p.complaint());
      texts.add(p.reply());
    }
    texts.add(LetterGenerator.complaint(20_000, 5));
    texts.add("Odd\u00a0spacing,tabs\tand\nlines; \"quotes\" (brackets) e.g. Mr. O'Brien's £1,234.56 can't won't — dashes—here...?!");
    // Twice: the second round is served from the memo.
    for (int round = 0; round < 2; round++) {
      ClauseSplitter.WordMemoTokenizer memoised = new ClauseSplitter.WordMemoTokenizer(new TokenizerME(EnglishModels.tokenizer()), memo);
      for (String text : texts) {
        for (String line : text.split("\n")) {
          assertArrayEquals(plain.tokenizePos(line), memoised.tokenizePos(line), line);
        }
      }
    }
  }

  @Test
  void excerptIsStripThenCollapsedWhitespace() {
    Random rnd = new Random(3);
    String alphabet = "ab \t\n\r\f\u000b\u2003\u00a0\u1680.\ud83d\ude00";
    for (int i = 0; i < 50_000; i++) {
      StringBuilder text = new StringBuilder();
      int length = rnd.nextInt(rnd.nextBoolean() ? 20 : 200);
      for (int j = 0; j < length; j++) {
        text.append(alphabet.charAt(rnd.nextInt(alphabet.length())));
      }
      String t = text.toString().strip().replaceAll("\\s+", " ");
      String expected = t.length() <= 80 ? t
          : t.substring(0, Character.isHighSurrogate(t.charAt(76)) ? 76 : 77) + "...";
      assertEquals(expected, Excerpts.excerpt(text.toString()), text.toString());
    }
  }

  @Test
  void lineStartsAndParagraphEndsAreWhereTheirRegexesMatch() {
    Random rnd = new Random(5);
    String alphabet = "ab \t\n\n\r\u0085\u2028\u2029";
    java.util.regex.Pattern caret = java.util.regex.Pattern.compile("(?m)^");
    java.util.regex.Pattern blank = java.util.regex.Pattern.compile("\\n[ \\t]*\\n");
    for (int i = 0; i < 50_000; i++) {
      StringBuilder text = new StringBuilder();
      int length = rnd.nextInt(30);
      for (int j = 0; j < length; j++) {
        text.append(alphabet.charAt(rnd.nextInt(alphabet.length())));
      }
      String t = text.toString();
      List<Integer> starts = new java.util.ArrayList<>();
      var m = caret.matcher(t);
      while (m.find()) {
        starts.add(m.start());
      }
      assertEquals(starts, TextLayout.lineStarts(t), t);
      List<Integer> ends = new java.util.ArrayList<>();
      var b = blank.matcher(t);
      while (b.find()) {
        ends.add(b.start());
      }
      ends.add(t.length());
      assertEquals(ends, java.util.Arrays.stream(TextLayout.paragraphEnds(t)).boxed().toList(), t);
    }
  }
}
