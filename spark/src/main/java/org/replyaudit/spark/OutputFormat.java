package org.replyaudit.spark;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.to_json;

import java.util.Locale;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;

/** The formats the job writes analyses in: a directory of part files, as Spark writes. */
public enum OutputFormat {
  /**
   * Parquet, nested: {@code id, verdict, coverage, points, replyFindings, quotes, diagnostics,
   * error} ({@link SparkAnalysis#nested}).
   */
  PARQUET {
    @Override
    void write(Dataset<Row> analysedRows, String path, SaveMode mode) {
      SparkAnalysis.nested(analysedRows).write().mode(mode).parquet(path);
    }

    @Override
    long count(SparkSession spark, String path) {
      return spark.read().parquet(path).count();
    }
  },
  /**
   * JSON lines: for an analysed pair exactly the line {@code batch} writes; for an error row
   * {@code {"id": …, "error": "…"}} ({@code id} left out when unknown).
   */
  JSONL {
    @Override
    void write(Dataset<Row> analysedRows, String path, SaveMode mode) {
      analysedRows
          .select(coalesce(col(SparkAnalysis.JSON), to_json(struct(col(Pairs.ID), col(SparkAnalysis.ERROR)))).as("value"))
          .write().mode(mode).text(path);
    }

    @Override
    long count(SparkSession spark, String path) {
      return spark.read().text(path).count();
    }
  };

  /** The lower-case name used on the command line. */
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Computes the rows and writes them under {@code path}. */
  abstract void write(Dataset<Row> analysedRows, String path, SaveMode mode);

  /** The rows written under {@code path}, read back. */
  abstract long count(SparkSession spark, String path);
}
