package org.replyaudit.benchmarks;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
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
 * {@link BenchCorpus}), each pair's complaint and reply split into sentences at {@code . ! ?}
 * followed by space and at line breaks: 18 sentences per pair on average, most of 10–40 words
 * (the counts are printed to standard error at setup). One op encodes the next pair's sentences,
 * round robin ({@link PairCursor}), so ops/s is pairs/s; {@code sentence} encodes the next single
 * sentence of all the pairs, round robin.
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
  private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?])\\s+|\\s*\\n\\s*");

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
    pairs = BenchCorpus.load("cases").stream().map(EncoderBenchmark::sentences).toList();
    sentences = pairs.stream().flatMap(List::stream).toList();
    System.err.printf("EncoderBenchmark: %d pairs, %.1f sentences per pair, %.1f words per sentence%n",
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

  /** A pair's sentences, complaint first. */
  static List<String> sentences(BenchPair pair) {
    List<String> out = new ArrayList<>();
    for (String letter : List.of(pair.complaint(), pair.reply())) {
      for (String s : SENTENCE_END.split(letter)) {
        if (!s.isBlank()) {
          out.add(s.strip());
        }
      }
    }
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
