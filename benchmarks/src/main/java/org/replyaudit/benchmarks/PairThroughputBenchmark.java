package org.replyaudit.benchmarks;

import java.util.List;
import java.util.concurrent.TimeUnit;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.tokenize.TokenizerModel;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;
import org.replyaudit.Analysis;
import org.replyaudit.ReplyAnalyzer;
import org.replyaudit.ReplyAudit;
import org.replyaudit.models.EnglishModels;

/**
 * Pairs per second: the full analysis of one complaint and its reply with one shared analyzer, in
 * lexical mode ({@code analyzeLexical}: words only) and in semantic mode ({@code analyzeSemantic}:
 * with the shipped sentence encoder), against OpenNLP sentence detection plus tokenization of the
 * same two texts and nothing else ({@code tokenizeOnly}, see {@link Tokenize} for what exactly it
 * does). All run in the same JMH invocation on the same pairs, one pair per op, round robin through
 * the corpus. Targets: lexical at least 800 pairs/s on one core and at most 3x tokenizeOnly;
 * semantic at least 50 pairs/s on one core. {@code encodeOnly} runs the encoder on exactly the
 * sentences semantic mode encodes, nothing else: its time over {@code analyzeSemantic}'s is the
 * encoder's share. On a corpus of 31 pairs seen again and again, every word
 * is in the analyzer's memo of tokenizer decisions after the first round, which real traffic only
 * approaches; so {@code analyzeEmptyMemo} empties the memo before each pair (every word through
 * OpenNLP's tokenizer again), and {@code analyzeNewAnalyzer} builds a new analyzer per pair, as a
 * one-off run such as the command line does.
 *
 * <p>Workload: {@code corpus=cases}, the 31 annotated cases ({@code seed.jsonl} then
 * {@code dev.jsonl}, 0.5–2.3 KB per letter, the "seed-sized" pairs); {@code corpus=disapere}, the
 * 167 DISAPERE test-split review/rebuttal pairs (longer, and not letters); {@code corpus=generated},
 * 32 generated pairs of about 1 KB per letter. Shared data comes from
 * {@code -Dreplyaudit.shared=DIR}, else {@code ../shared}; without it, the bundled reference case.
 *
 * <pre>{@code
 * mvn -B -q install -DskipTests
 * java -jar benchmarks/target/benchmarks.jar PairThroughputBenchmark -f 1 -wi 8 -w 2s -i 5 -r 2s -prof gc \
 *     -prof org.replyaudit.benchmarks.CpuTimeProfiler
 * # other corpora: add  -p corpus=cases,disapere,generated
 * }</pre>
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 8, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@State(Scope.Benchmark)
public class PairThroughputBenchmark {
  /** Which pairs: cases, disapere or generated (see {@link BenchCorpus}). */
  @Param({"cases"})
  public String corpus;

  private List<BenchPair> pairs;
  private ReplyAnalyzer analyzer;
  private ReplyAnalyzer semantic;
  private org.replyaudit.SentenceEncoder encoder;
  /** Per pair, the sentences semantic mode encodes. */
  private List<List<String>> encoded;
  private SentenceModel sentenceModel;
  private TokenizerModel tokenizerModel;

  @Setup
  public void setUp() {
    pairs = BenchCorpus.load(corpus);
    analyzer = ReplyAudit.builder().mode(org.replyaudit.Mode.LEXICAL).build();
    encoder = new org.replyaudit.semantic.OnnxSentenceEncoder().withoutCache();
    semantic = ReplyAudit.builder().mode(org.replyaudit.Mode.SEMANTIC).encoder(encoder).build();
    encoded = BenchStages.encodedSentences(pairs.stream().map(p -> new String[] {p.complaint(), p.reply()}).toList());
    sentenceModel = EnglishModels.sentence();
    tokenizerModel = EnglishModels.tokenizer();
    long chars = pairs.stream().mapToLong(BenchPair::chars).sum();
    System.out.printf("%n[corpus %s: %d pairs, mean %.0f chars per pair]%n", corpus, pairs.size(),
        chars / (double) pairs.size());
  }

  /** The full analysis of the next pair, lexical mode. */
  @Benchmark
  public Analysis analyzeLexical(PairCursor cursor) {
    BenchPair p = cursor.next(pairs);
    return analyzer.analyze(p.complaint(), p.reply(), p.respondent());
  }

  /**
   * The full analysis of the next pair, semantic mode; the encoder's cache of repeated sentences
   * is off, so every sentence is encoded as if never seen.
   */
  @Benchmark
  public Analysis analyzeSemantic(PairCursor cursor) {
    BenchPair p = cursor.next(pairs);
    return semantic.analyze(p.complaint(), p.reply(), p.respondent());
  }

  /**
   * {@link #analyzeLexical} with the shared analyzer's memo of tokenizer decisions emptied before each
   * pair, so every word goes through OpenNLP's tokenizer again: the analysis of letters whose
   * words the analyzer has not seen, without the cost of building an analyzer.
   */
  @Benchmark
  public Analysis analyzeEmptyMemo(PairCursor cursor) {
    BenchStages.clearWordMemo(analyzer);
    BenchPair p = cursor.next(pairs);
    return analyzer.analyze(p.complaint(), p.reply(), p.respondent());
  }

  /**
   * The full analysis of the next pair by an analyzer built for it: nothing is remembered from
   * earlier pairs (the clause splitter's memo of tokenizer decisions starts empty), as in a
   * one-off run such as the command line's. Includes building the analyzer (microseconds: the
   * models and lexical resources are loaded once per JVM).
   */
  @Benchmark
  public Analysis analyzeNewAnalyzer(PairCursor cursor) {
    BenchPair p = cursor.next(pairs);
    return ReplyAudit.builder().mode(org.replyaudit.Mode.LEXICAL).build().analyze(p.complaint(), p.reply(),
        p.respondent());
  }

  /** The encoder alone, on the sentences semantic mode encodes for the next pair (no cache). */
  @Benchmark
  public float[][] encodeOnly(PairCursor cursor) {
    return encoder.encode(encoded.get(cursor.nextIndex(pairs.size())));
  }

  /** Sentence detection and tokenization of the next pair's two texts, nothing else. */
  @Benchmark
  public void tokenizeOnly(PairCursor cursor, Blackhole bh) {
    BenchPair p = cursor.next(pairs);
    Tokenize.text(sentenceModel, tokenizerModel, p.complaint(), bh);
    Tokenize.text(sentenceModel, tokenizerModel, p.reply(), bh);
  }
}
