package org.replyaudit.benchmarks;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.replyaudit.Analysis;
import org.replyaudit.ReplyAnalyzer;
import org.replyaudit.ReplyAudit;
import org.replyaudit.semantic.EncoderModel;
import org.replyaudit.semantic.EncoderProvenance;
import org.replyaudit.semantic.OnnxSentenceEncoder;
import org.replyaudit.semantic.internal.BertOnnxModel;
import org.replyaudit.semantic.internal.VerifiedResource;
import org.replyaudit.semantic.internal.WordPieceTokenizer;

/**
 * What the sentence encoder costs per seed-sized pair, per sentence, and with other ways of
 * running it.
 *
 * <p>Workload: the {@code cases} corpus (seed, then dev: 31 pairs of 0.5–2.3 KB per letter, see
 * {@link BenchCorpus}), each pair reduced to what the semantic mode would encode: the texts of
 * the complaint's points and of the reply's claims as the lexical analysis finds them (an analyzer
 * built with {@code mode(Mode.LEXICAL)}: clauses,
 * courtesy lines dropped: 24 texts of 12 words a pair on average, printed to standard error at
 * setup). One op encodes the next pair's texts, round robin
 * ({@link PairCursor}), so ops/s is pairs/s; {@code sentence} encodes the next single text of
 * all the pairs, round robin.
 *
 * <ul>
 *   <li>{@code pair}: {@link OnnxSentenceEncoder#encode} without its cache, as shipped: one ONNX
 *       run per sentence, so that a sentence's vector does not depend on its neighbours;
 *   <li>{@code pairTwoThreads}: the same shared encoder on two threads (JMH sums their scores):
 *       the session runs each call on its caller's thread, so two should give nearly twice one;
 *   <li>{@code pairCached}: with the cache, every sentence already seen (a corpus of letters that
 *       repeat word for word): the floor, tokenizing and hashing only;
 *   <li>{@code pairBatched}: all the pair's sentences in one padded run, sorted by length: what
 *       batching would cost (not shipped: the models quantise activations per input tensor, so a
 *       batched sentence's vector depends on the others);
 *   <li>{@code sentence}: one sentence per op, one run.
 * </ul>
 *
 * <p>The budget this serves: 50 pairs/s per core for the whole semantic analysis, i.e. well under
 * 15 ms of encoder time per pair. Read CPU time per op ({@code cpu.time.norm} of the profiler)
 * on a shared machine.
 *
 * <pre>{@code
 * mvn -B -q install -DskipTests
 * java -jar benchmarks/target/benchmarks.jar EncoderBenchmark -f 1 -wi 5 -w 2s -i 5 -r 2s \
 *     -prof org.replyaudit.benchmarks.CpuTimeProfiler
 * java -jar benchmarks/target/benchmarks.jar EncoderBenchmark -p maxTokens=64   # a lower cap
 * }</pre>
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@State(Scope.Benchmark)
public class EncoderBenchmark {
  /** The encoder model's id (see {@link EncoderModel}). */
  @Param({"all-minilm-l6-v2-q", "e5-small-v2-q"})
  public String model;

  /** Tokens per sentence at most, {@code [CLS]} and {@code [SEP]} included. */
  @Param({"128"})
  public int maxTokens;

  private List<List<String>> pairs;
  private List<String> sentences;
  private OnnxSentenceEncoder uncached;
  private OnnxSentenceEncoder cached;
  private List<List<int[]>> pairTokens;
  private BertOnnxModel onnx;

  @Setup(Level.Trial)
  public void setUp() {
    EncoderModel m = EncoderModel.fromId(model);
    ReplyAnalyzer analyzer = ReplyAudit.builder().mode(org.replyaudit.Mode.LEXICAL).build();
    pairs = BenchCorpus.load("cases").stream().map(p -> texts(analyzer, p)).toList();
    sentences = pairs.stream().flatMap(List::stream).toList();
    System.err.printf("EncoderBenchmark: %d pairs, %.1f texts per pair, %.1f words per text%n",
        pairs.size(), sentences.size() / (double) pairs.size(),
        sentences.stream().mapToInt(s -> s.split("\\s+").length).average().orElse(0));
    cached = OnnxSentenceEncoder.of(m, maxTokens).load();
    uncached = cached.withoutCache();
    pairs.forEach(cached::encode);
    // pairBatched runs the same model through the same tokenizer, without the encoder around it.
    EncoderProvenance p = m.provenance();
    WordPieceTokenizer tokenizer = WordPieceTokenizer.fromTokenizerJson(
        new java.io.ByteArrayInputStream(
            VerifiedResource.read(p.tokenizer(), p.tokenizerSha256(), p.artifact())));
    onnx = BertOnnxModel.load(VerifiedResource.read(p.model(), p.modelSha256(), p.artifact()));
    pairTokens = new ArrayList<>();
    for (List<String> pair : pairs) {
      List<int[]> tokens = new ArrayList<>();
      for (String s : pair) {
        tokens.add(tokenizer.encode(m.prefix() + s, maxTokens));
      }
      tokens.sort(Comparator.comparingInt(t -> t.length));
      pairTokens.add(tokens);
    }
  }

  /** The texts of a pair's points, then of its reply claims. */
  static List<String> texts(ReplyAnalyzer analyzer, BenchPair pair) {
    Analysis a = analyzer.analyze(pair.complaint(), pair.reply(), pair.respondent());
    List<String> out = new ArrayList<>();
    a.points().forEach(p -> out.add(p.text()));
    a.replyClaims().forEach(c -> out.add(c.text()));
    return out;
  }

  @Benchmark
  @Threads(1)
  public float[][] pair(PairCursor cursor) {
    return uncached.encode(pairs.get(cursor.nextIndex(pairs.size())));
  }

  @Benchmark
  @Threads(2)
  public float[][] pairTwoThreads(PairCursor cursor) {
    return uncached.encode(pairs.get(cursor.nextIndex(pairs.size())));
  }

  @Benchmark
  @Threads(1)
  public float[][] pairCached(PairCursor cursor) {
    return cached.encode(pairs.get(cursor.nextIndex(pairs.size())));
  }

  @Benchmark
  @Threads(1)
  public float[][] pairBatched(PairCursor cursor) {
    return onnx.embed(pairTokens.get(cursor.nextIndex(pairTokens.size())));
  }

  @Benchmark
  @Threads(1)
  public float[][] sentence(PairCursor cursor) {
    return uncached.encode(List.of(sentences.get(cursor.nextIndex(sentences.size()))));
  }
}
