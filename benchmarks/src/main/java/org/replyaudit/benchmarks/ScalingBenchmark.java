package org.replyaudit.benchmarks;

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
 * Time to analyse one complaint and one reply of the same size, from 1 KB to 1 MB per letter:
 * time per KB should stay flat (linear growth). Targets: 100 KB + 100 KB under 200 ms, 1 MB +
 * 1 MB under 2 s. {@code tokenizeOnly} gives OpenNLP's own cost at each size for comparison;
 * {@code analyzeQuotingReply} the cost of tracing quotes when the reply quotes the whole
 * complaint, line by line behind {@code "> "}, above its own text (as an e-mail reply does), so
 * that its reply is the complaint's size plus its own (an analyzer whose size limit is raised
 * to 4 M chars, which the 1 MB pair's 2.1 M char reply needs).
 *
 * <p>Workload: {@link LetterGenerator} letters (greeting, paragraphs of realistic complaint and
 * reply sentences with varied fillers, lists, sign-off) of {@code size} = 1KB, 10KB, 100KB or 1MB
 * chars each (1 KB = 1024 chars), seed 42, so every run sees the same text, analysed in lexical
 * mode (analyzers built with {@code mode(Mode.LEXICAL)}, no sentence encoder). The analyzer's size
 * limit is the default 2,000,000 chars, which 1 MB fits.
 *
 * <pre>{@code
 * mvn -B -q install -DskipTests
 * java -jar benchmarks/target/benchmarks.jar ScalingBenchmark -f 1 -wi 8 -w 2s -i 5 -r 2s -prof gc \
 *     -prof org.replyaudit.benchmarks.CpuTimeProfiler
 * }</pre>
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 8, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@State(Scope.Benchmark)
public class ScalingBenchmark {
  /** Chars per letter. */
  @Param({"1KB", "10KB", "100KB", "1MB"})
  public String size;

  private BenchPair pair;
  private String quotingReply;
  private ReplyAnalyzer quotingAnalyzer;
  private ReplyAnalyzer analyzer;
  private SentenceModel sentenceModel;
  private TokenizerModel tokenizerModel;

  @Setup
  public void setUp() {
    pair = LetterGenerator.pair(chars(size), 42);
    quotingReply = quoting(pair);
    // The quoting reply of the 1 MB pair is 2.1 M chars, over the default limit of 2 M.
    quotingAnalyzer = ReplyAudit.builder().mode(org.replyaudit.Mode.LEXICAL).maxTextLength(4_000_000).build();
    analyzer = ReplyAudit.builder().mode(org.replyaudit.Mode.LEXICAL).build();
    sentenceModel = EnglishModels.sentence();
    tokenizerModel = EnglishModels.tokenizer();
    Analysis a = analyzer.analyze(pair.complaint(), pair.reply(), pair.respondent());
    System.out.printf("%n[%s: complaint %d chars, reply %d chars; %d points, %d reply claims]%n", size,
        pair.complaint().length(), pair.reply().length(), a.points().size(), a.replyClaims().size());
  }

  /** The pair's reply below the whole complaint, quoted line by line behind "> ". */
  static String quoting(BenchPair pair) {
    return pair.complaint().lines().map(l -> l.isBlank() ? l : "> " + l)
        .collect(java.util.stream.Collectors.joining("\n", "", "\n\n")) + pair.reply();
  }

  /** Chars for a size name: 1KB, 10KB, 100KB, 1MB (binary units). */
  static int chars(String size) {
    return switch (size) {
      case "1KB" -> 1 << 10;
      case "10KB" -> 10 << 10;
      case "100KB" -> 100 << 10;
      case "1MB" -> 1 << 20;
      default -> throw new IllegalArgumentException("size must be 1KB, 10KB, 100KB or 1MB: " + size);
    };
  }

  @Benchmark
  public Analysis analyze() {
    return analyzer.analyze(pair.complaint(), pair.reply(), pair.respondent());
  }

  /** {@link #analyze} with the reply quoting the whole complaint above its own text. */
  @Benchmark
  public Analysis analyzeQuotingReply() {
    return quotingAnalyzer.analyze(pair.complaint(), quotingReply, pair.respondent());
  }

  @Benchmark
  public void tokenizeOnly(Blackhole bh) {
    Tokenize.text(sentenceModel, tokenizerModel, pair.complaint(), bh);
    Tokenize.text(sentenceModel, tokenizerModel, pair.reply(), bh);
  }
}
