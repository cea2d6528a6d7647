package org.replyaudit.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.split;

import java.util.Arrays;
import java.util.Objects;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.ArrayType;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * The pairs to analyse, read from any input into one shape: {@code id} (string, may be null),
 * {@code complaint}, {@code reply} (strings; null makes an error row), {@code respondent} (array
 * of names, may be null) and {@code jsonLine}. A JSONL input is kept as its lines, in
 * {@code jsonLine}, and each line is read on the executors exactly as {@code batch} reads it
 * (same fields, same errors: a line that is empty, not JSON, not an object, or lacks a text
 * {@code complaint} or {@code reply} becomes an error row); the other columns are then null.
 *
 * <pre>{@code
 * {"id": "a", "complaint": "…", "reply": "…", "respondent": ["Tallis"]}   (JSONL)
 *   → [null, null, null, null, {"id": "a", …}]
 * id,complaint,reply,respondent                                          (CSV)
 * a,"…","…",Tallis;Tallis Mobile
 *   → [a, …, …, [Tallis, Tallis Mobile], null]
 * }</pre>
 */
public final class Pairs {
  /** The column names, as {@code batch} reads them. */
  public static final String ID = "id";
  public static final String COMPLAINT = "complaint";
  public static final String REPLY = "reply";
  public static final String RESPONDENT = "respondent";
  /** A line of JSONL input, read on the executors as {@code batch} reads it. */
  static final String JSON_LINE = "jsonLine";
  /** Between the names of a respondent held in one string (CSV, or a string column). */
  public static final String NAME_SEPARATOR = ";";

  /** The five columns, in this order, of every {@link #read} result. */
  static final StructType SCHEMA = new StructType()
      .add(ID, DataTypes.StringType)
      .add(COMPLAINT, DataTypes.StringType)
      .add(REPLY, DataTypes.StringType)
      .add(RESPONDENT, DataTypes.createArrayType(DataTypes.StringType))
      .add(JSON_LINE, DataTypes.StringType);

  private Pairs() {}

  /**
   * Reads pairs from a file or a directory of files.
   *
   * @throws IllegalArgumentException if a Parquet or CSV input lacks a {@code complaint} or
   *     {@code reply} column, or a column has a type that cannot hold what it should
   */
  public static Dataset<Row> read(SparkSession spark, InputFormat format, String path) {
    Objects.requireNonNull(spark, "spark");
    Objects.requireNonNull(format, "format");
    Objects.requireNonNull(path, "path");
    return switch (format) {
      // Lines, not Spark's JSON reader: that one skips blank lines, reads a number where text is
      // expected as its digits and a top-level array as several rows; batch does none of these.
      case JSONL -> {
        Column none = lit(null).cast(DataTypes.StringType);
        yield spark.read().text(path).select(none.as(ID), none.as(COMPLAINT), none.as(REPLY),
            lit(null).cast(DataTypes.createArrayType(DataTypes.StringType)).as(RESPONDENT), col("value").as(JSON_LINE));
      }
      case PARQUET -> of(spark.read().parquet(path));
      // multiLine: letters contain line breaks inside quoted fields.
      case CSV -> of(spark.read()
          .option("header", "true")
          .option("multiLine", "true")
          .option("escape", "\"")
          .option("mode", "PERMISSIVE")
          .csv(path));
    };
  }

  /**
   * The pairs in a table of any source (a Hive table, a DataFrame you built): columns
   * {@code complaint} and {@code reply} (strings), optional {@code id} (any type, read as a
   * string) and {@code respondent} (an array of strings, or one string of names separated by
   * {@value #NAME_SEPARATOR}); other columns are ignored.
   *
   * @throws IllegalArgumentException if a required column is missing or a column's type does not fit
   */
  public static Dataset<Row> of(Dataset<Row> table) {
    Objects.requireNonNull(table, "table");
    StructType schema = table.schema();
    Column id = field(schema, ID) == null ? lit(null).cast(DataTypes.StringType) : col(ID).cast(DataTypes.StringType);
    return table.select(
        id.as(ID),
        text(schema, COMPLAINT).as(COMPLAINT),
        text(schema, REPLY).as(REPLY),
        respondent(schema).as(RESPONDENT),
        lit(null).cast(DataTypes.StringType).as(JSON_LINE));
  }

  private static Column text(StructType schema, String name) {
    StructField f = field(schema, name);
    if (f == null) {
      throw new IllegalArgumentException("the input has no column \"" + name + "\" (columns: "
          + Arrays.toString(schema.fieldNames()) + ")");
    }
    if (!f.dataType().equals(DataTypes.StringType)) {
      throw new IllegalArgumentException("column \"" + name + "\" must hold strings, not " + f.dataType().simpleString());
    }
    return col(name);
  }

  private static Column respondent(StructType schema) {
    StructField f = field(schema, RESPONDENT);
    if (f == null) {
      return lit(null).cast(DataTypes.createArrayType(DataTypes.StringType));
    }
    DataType t = f.dataType();
    if (t.equals(DataTypes.StringType)) {
      return split(col(RESPONDENT), NAME_SEPARATOR);
    }
    if (t instanceof ArrayType a && a.elementType().equals(DataTypes.StringType)) {
      return col(RESPONDENT);
    }
    throw new IllegalArgumentException("column \"" + RESPONDENT + "\" must be an array of strings or a string of names"
        + " separated by '" + NAME_SEPARATOR + "', not " + t.simpleString());
  }

  /** The field of exactly this name, or null. */
  private static StructField field(StructType schema, String name) {
    for (StructField f : schema.fields()) {
      if (f.name().equals(name)) {
        return f;
      }
    }
    return null;
  }
}
