package org.replyaudit.spark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Objects;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;

/**
 * One run of the job: read the pairs, analyse them, write the analyses.
 *
 * @param in a file or directory of input files
 * @param inFormat the input's format
 * @param out the output directory (Spark writes part files in it and {@code _SUCCESS} at the end)
 * @param outFormat the output's format
 * @param analyzer the analyzer's settings
 * @param partitions tasks to spread the pairs over, or 0 to keep the input's partitions
 * @param overwrite whether to replace an existing output directory (else the run stops before
 *     reading anything)
 */
public record BatchJob(String in, InputFormat inFormat, String out, OutputFormat outFormat,
    AnalyzerOptions analyzer, int partitions, boolean overwrite) {

  public BatchJob {
    Objects.requireNonNull(in, "in");
    Objects.requireNonNull(inFormat, "inFormat");
    Objects.requireNonNull(out, "out");
    Objects.requireNonNull(outFormat, "outFormat");
    Objects.requireNonNull(analyzer, "analyzer");
    if (partitions < 0) {
      throw new IllegalArgumentException("partitions must be 0 (keep the input's) or more: " + partitions);
    }
  }

  /** This job with another number of partitions. */
  public BatchJob withPartitions(int n) {
    return new BatchJob(in, inFormat, out, outFormat, analyzer, n, overwrite);
  }

  /**
   * What a run did. The counts come from accumulators updated in the task that writes each row,
   * so each row is counted once even when a task is retried.
   *
   * @param analysed rows analysed
   * @param failed error rows
   * @param seconds from the start of reading to the end of writing
   * @param written rows in the output, read back from it after writing
   */
  public record Result(long analysed, long failed, double seconds, long written) {
    /** Rows written. */
    public long rows() {
      return analysed + failed;
    }

    /** Rows per second over the whole run. */
    public double rowsPerSecond() {
      return rows() / Math.max(seconds, 1e-9);
    }
  }

  /** Runs the job on this session. Bad rows become error rows; only an unreadable input or an unwritable output fails it. */
  public Result run(SparkSession spark) {
    Objects.requireNonNull(spark, "spark");
    if (!overwrite) {
      checkAbsent(spark, out);
    }
    long started = System.nanoTime();
    Dataset<Row> pairs = Pairs.read(spark, inFormat, in);
    SparkAnalysis.Analysed a = SparkAnalysis.analyse(pairs, analyzer, partitions);
    outFormat.write(a.rows(), out, overwrite ? SaveMode.Overwrite : SaveMode.ErrorIfExists);
    double seconds = (System.nanoTime() - started) / 1e9;
    return new Result(a.analysed().value(), a.failed().value(), seconds, outFormat.count(spark, out));
  }

  /** Fails before any work when the output exists, with the option that replaces it. */
  private static void checkAbsent(SparkSession spark, String out) {
    Path p = new Path(out);
    try {
      if (p.getFileSystem(spark.sparkContext().hadoopConfiguration()).exists(p)) {
        throw new IllegalArgumentException(out + " exists: give --overwrite to replace it");
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot check whether " + out + " exists", e);
    }
  }
}
