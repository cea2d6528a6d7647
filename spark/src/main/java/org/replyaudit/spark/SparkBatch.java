package org.replyaudit.spark;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.apache.spark.SparkConf;
import org.apache.spark.sql.AnalysisException;
import org.apache.spark.sql.SparkSession;
import org.replyaudit.Mode;
import org.replyaudit.ReplyAnalyzer;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The Spark job's command line: {@code batch} for archives. Under {@code spark-submit} the master
 * is the one given there; run directly ({@code java … org.replyaudit.spark.SparkBatch}, as
 * {@code spark/run-local} does) it runs in local mode on every core ({@code local[*]}) unless
 * {@code -Dspark.master=…} says otherwise.
 *
 * <p>Exit status: 0 when the output was written and read back whole (error rows included: they
 * are counted on standard error), 1 when the job failed, 2 for a bad option, a missing input or
 * an existing output.
 */
@Command(name = "replyaudit-spark", mixinStandardHelpOptions = true, sortOptions = false,
    description = {"Analyse every pair of an archive on Spark into one row each, as batch does.",
        "Input rows: id, complaint, reply, respondent? (JSONL, Parquet or CSV). Output: Parquet with the "
            + "batch fields nested (id, verdict, coverage, points, replyFindings, quotes, diagnostics) "
            + "and error, or JSONL with exactly batch's lines."})
public final class SparkBatch implements Callable<Integer> {
  @Option(names = "--in", required = true, paramLabel = "PATH", description = "input file or directory")
  String in;

  @Option(names = "--in-format", paramLabel = "FORMAT",
      description = "jsonl, parquet or csv (default: from the input's file name)")
  String inFormat;

  @Option(names = "--out", required = true, paramLabel = "DIR", description = "output directory")
  String out;

  @Option(names = "--out-format", paramLabel = "FORMAT", defaultValue = "parquet",
      description = "parquet or jsonl (default: ${DEFAULT-VALUE})")
  String outFormat;

  @Option(names = "--mode", paramLabel = "MODE", defaultValue = "lexical",
      description = "lexical or semantic (default: ${DEFAULT-VALUE})")
  String mode;

  @Option(names = "--respondent", paramLabel = "NAME",
      description = "a name the responding organisation uses for itself in every pair (repeatable), "
          + "on top of each row's respondent")
  List<String> respondent = new ArrayList<>();

  @Option(names = "--max-chars", paramLabel = "N", defaultValue = "" + ReplyAnalyzer.Builder.DEFAULT_MAX_TEXT_LENGTH,
      description = "longest complaint or reply accepted, in chars; a longer one is an error row (default: ${DEFAULT-VALUE})")
  int maxChars;

  @Option(names = "--partitions", paramLabel = "N",
      description = "tasks to spread the pairs over (default: 3 per core of the application; 0 keeps the input's partitions)")
  Integer partitions;

  @Option(names = "--overwrite", description = "replace the output directory if it exists")
  boolean overwrite;

  /**
   * Tasks per core by default: more tasks than cores, so that a task of long letters does not
   * leave the other cores idle at the end, and few enough that each task lasts long.
   */
  static final int TASKS_PER_CORE = 3;

  public static void main(String[] args) {
    System.exit(run(args));
  }

  /** Parses the arguments and runs the job; returns the exit status. */
  public static int run(String... args) {
    return new CommandLine(new SparkBatch())
        .setExecutionExceptionHandler(SparkBatch::failed)
        .execute(args);
  }

  @Override
  public Integer call() {
    BatchJob job;
    try {
      job = job(); // every option checked before Spark starts
    } catch (IllegalArgumentException e) {
      System.err.println("replyaudit-spark: " + e.getMessage());
      return 2;
    }
    SparkSession spark = session();
    try {
      if (partitions == null) {
        job = job.withPartitions(TASKS_PER_CORE * spark.sparkContext().defaultParallelism());
      }
      BatchJob.Result r = job.run(spark);
      System.err.printf(Locale.ROOT, "replyaudit-spark: %d row(s), %d analysed, %d failed, %.1f s (%.1f rows/s)"
              + " on %s, %d partition(s) -> %s (%d row(s) read back)%n",
          r.rows(), r.analysed(), r.failed(), r.seconds(), r.rowsPerSecond(), spark.sparkContext().master(),
          job.partitions(), out, r.written());
      if (r.written() != r.rows()) {
        System.err.println("replyaudit-spark: the output holds " + r.written() + " row(s), not the "
            + r.rows() + " the job produced: something else wrote to " + out + ", or tasks were counted twice");
        return 1;
      }
      return 0;
    } finally {
      spark.stop();
    }
  }

  private BatchJob job() {
    InputFormat inF = inFormat != null ? parse(InputFormat.class, "--in-format", inFormat)
        : InputFormat.fromPath(in).orElseThrow(() -> new IllegalArgumentException(
            "cannot tell the format of " + in + " from its name: give --in-format jsonl, parquet or csv"));
    OutputFormat outF = parse(OutputFormat.class, "--out-format", outFormat);
    Mode m = parse(Mode.class, "--mode", mode);
    return new BatchJob(in, inF, out, outF, new AnalyzerOptions(m, respondent, maxChars),
        partitions == null ? 0 : partitions, overwrite);
  }

  private static <E extends Enum<E>> E parse(Class<E> type, String option, String value) {
    for (E e : type.getEnumConstants()) {
      if (e.name().equalsIgnoreCase(value)) {
        return e;
      }
    }
    List<String> allowed = new ArrayList<>();
    for (E e : type.getEnumConstants()) {
      allowed.add(e.name().toLowerCase(Locale.ROOT));
    }
    throw new IllegalArgumentException(option + " must be one of " + String.join(", ", allowed) + ": " + value);
  }

  /** The session spark-submit configured, or a local one on every core when no master is set. */
  static SparkSession session() {
    SparkConf conf = new SparkConf(); // reads the spark.* system properties spark-submit sets
    if (!conf.contains("spark.master")) {
      conf.setMaster("local[*]");
    }
    conf.setIfMissing("spark.app.name", "replyaudit-spark");
    return SparkSession.builder().config(conf).getOrCreate();
  }

  /** A missing input or an existing output is the user's to fix: one line, status 2. Anything else: status 1. */
  private static int failed(Exception e, CommandLine cl, CommandLine.ParseResult parsed) {
    PrintWriter err = cl.getErr();
    if (e instanceof AnalysisException || e instanceof IllegalArgumentException) {
      err.println("replyaudit-spark: " + e.getMessage());
      return 2;
    }
    err.println("replyaudit-spark: the job failed: " + e);
    e.printStackTrace(err);
    return 1;
  }
}
