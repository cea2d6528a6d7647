package org.replyaudit.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.from_json;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.util.LongAccumulator;

/**
 * Analyses a dataset of pairs on Spark, one analyzer per executor JVM.
 *
 * <pre>{@code
 * Dataset<Row> pairs = Pairs.read(spark, InputFormat.JSONL, "cases.jsonl");   // or Pairs.of(table)
 * SparkAnalysis.Analysed a = SparkAnalysis.analyse(pairs, AnalyzerOptions.DEFAULTS, 0);
 * SparkAnalysis.nested(a.rows()).write().parquet("analyses.parquet");
 * long failed = a.failed().value();   // after the write: rows that became error rows
 * }</pre>
 */
public final class SparkAnalysis {
  /** The column of error rows: why the pair could not be analysed (null for analysed rows). */
  public static final String ERROR = PairAnalysis.ERROR;
  /** The column holding the line {@code batch} writes for an analysed pair. */
  public static final String JSON = PairAnalysis.JSON;

  private SparkAnalysis() {}

  /**
   * The analyses, not yet computed: one row per pair, with {@code id}, {@code json} and
   * {@code error}, and the counters that the action computing them fills.
   *
   * @param rows {@code id}, {@code json} (exactly the {@code batch} line, or null) and
   *     {@code error} (null, or why the pair could not be analysed)
   * @param analysed pairs analysed, counted as the rows are computed
   * @param failed pairs that became error rows, counted as the rows are computed
   */
  public record Analysed(Dataset<Row> rows, LongAccumulator analysed, LongAccumulator failed) {}

  /**
   * Analyses every pair into exactly one row. Bad pairs become error rows; nothing here fails
   * for a row's content. Each action over {@code rows} computes the analyses again and adds to
   * the counters again: write them once (or cache them).
   *
   * @param pairs rows in the shape {@link Pairs#read} and {@link Pairs#of} give
   * @param partitions the number of tasks to spread the pairs over (a round-robin shuffle), or 0
   *     to keep the input's partitions
   * @throws IllegalArgumentException if {@code pairs} is not in that shape or {@code partitions} is negative
   */
  public static Analysed analyse(Dataset<Row> pairs, AnalyzerOptions options, int partitions) {
    Objects.requireNonNull(pairs, "pairs");
    Objects.requireNonNull(options, "options");
    // Names and types, not nullability: a source may declare its columns non-null.
    if (!pairs.schema().simpleString().equals(Pairs.SCHEMA.simpleString())) {
      throw new IllegalArgumentException("pairs must have the columns of Pairs.read or Pairs.of "
          + Pairs.SCHEMA.simpleString() + ", not " + pairs.schema().simpleString());
    }
    if (partitions < 0) {
      throw new IllegalArgumentException("partitions must be 0 (keep the input's) or more: " + partitions);
    }
    var sc = pairs.sparkSession().sparkContext();
    LongAccumulator analysed = sc.longAccumulator("replyaudit pairs analysed");
    LongAccumulator failed = sc.longAccumulator("replyaudit pairs failed");
    Dataset<Row> spread = partitions == 0 ? pairs : pairs.repartition(partitions);
    Dataset<Row> rows = spread.mapPartitions(new PairAnalysis(options, analysed, failed),
        Encoders.row(PairAnalysis.SCHEMA));
    return new Analysed(rows, analysed, failed);
  }

  /**
   * The analyses as nested columns for SQL: the fields of {@link AnalysisSchema#ANALYSIS}
   * ({@code id, verdict, coverage, points, replyFindings, quotes, diagnostics}) read from each
   * row's {@code batch} line, then {@code error}. Error rows have only {@code id} and {@code error}.
   *
   * <pre>{@code
   * SELECT verdict, count(*) FROM analyses GROUP BY verdict
   * SELECT id, p.text FROM analyses LATERAL VIEW explode(points) t AS p WHERE p.status = 'unanswered'
   * }</pre>
   */
  public static Dataset<Row> nested(Dataset<Row> analysedRows) {
    Objects.requireNonNull(analysedRows, "analysedRows");
    // Parsed once per row into one struct, then its fields taken (Spark does not merge the two
    // projections, as that would parse the line once per field).
    Dataset<Row> parsed = analysedRows.select(col(Pairs.ID),
        from_json(col(JSON), AnalysisSchema.ANALYSIS).as("a"), col(ERROR));
    List<Column> columns = new ArrayList<>();
    columns.add(col(Pairs.ID));
    for (String f : AnalysisSchema.ANALYSIS.fieldNames()) {
      if (!f.equals(Pairs.ID)) {
        columns.add(col("a").getField(f).as(f));
      }
    }
    columns.add(col(ERROR));
    return parsed.select(columns.toArray(Column[]::new));
  }
}
