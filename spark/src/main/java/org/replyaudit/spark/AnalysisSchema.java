package org.replyaudit.spark;

import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * The Spark schema of one {@code batch} output object ({@link org.replyaudit.report.AnalysisJson}):
 * the same fields, names and nesting, arrays of structs for the lists.
 *
 * <pre>{@code
 * id string, verdict string, coverage double,
 * points array<struct<start int, end int, text string, kind string, status string,
 *                     answeredBy array<struct<start int, end int, score double>>, why string>>,
 * replyFindings array<struct<start int, end int, text string, labels array<string>, why string,
 *                            closest array<struct<start int, end int, score double>>>>,
 * quotes array<struct<start int, end int, text string, source array<struct<start int, end int, score double>>>>,
 * diagnostics array<struct<code string, message string>>
 * }</pre>
 */
public final class AnalysisSchema {
  private AnalysisSchema() {}

  private static final DataType LINKS = DataTypes.createArrayType(new StructType()
      .add("start", DataTypes.IntegerType)
      .add("end", DataTypes.IntegerType)
      .add("score", DataTypes.DoubleType));

  /** The object {@code batch} writes per line, field for field. */
  public static final StructType ANALYSIS = new StructType()
      .add("id", DataTypes.StringType)
      .add("verdict", DataTypes.StringType)
      .add("coverage", DataTypes.DoubleType)
      .add("points", DataTypes.createArrayType(new StructType()
          .add("start", DataTypes.IntegerType)
          .add("end", DataTypes.IntegerType)
          .add("text", DataTypes.StringType)
          .add("kind", DataTypes.StringType)
          .add("status", DataTypes.StringType)
          .add("answeredBy", LINKS)
          .add("why", DataTypes.StringType)))
      .add("replyFindings", DataTypes.createArrayType(new StructType()
          .add("start", DataTypes.IntegerType)
          .add("end", DataTypes.IntegerType)
          .add("text", DataTypes.StringType)
          .add("labels", DataTypes.createArrayType(DataTypes.StringType))
          .add("why", DataTypes.StringType)
          .add("closest", LINKS)))
      .add("quotes", DataTypes.createArrayType(new StructType()
          .add("start", DataTypes.IntegerType)
          .add("end", DataTypes.IntegerType)
          .add("text", DataTypes.StringType)
          .add("source", LINKS)))
      .add("diagnostics", DataTypes.createArrayType(new StructType()
          .add("code", DataTypes.StringType)
          .add("message", DataTypes.StringType)));
}
