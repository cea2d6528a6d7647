package org.replyaudit.spark;

import com.google.common.collect.Iterators;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.util.LongAccumulator;
import org.replyaudit.Analysis;
import org.replyaudit.ReplyAnalyzer;
import org.replyaudit.cli.BatchLine;
import org.replyaudit.report.AnalysisJson;

/**
 * Analyses the pairs of one partition ({@link Pairs#SCHEMA}) into one row each: {@code id},
 * {@code json} (exactly the line {@code batch} writes for the pair) and {@code error} (why the
 * pair could not be analysed; then {@code json} is null). Never throws for a row.
 */
final class PairAnalysis implements MapPartitionsFunction<Row, Row> {
  private static final long serialVersionUID = 1L;

  static final String JSON = "json";
  static final String ERROR = "error";
  static final StructType SCHEMA = new StructType()
      .add(Pairs.ID, DataTypes.StringType)
      .add(JSON, DataTypes.StringType)
      .add(ERROR, DataTypes.StringType);

  private final AnalyzerOptions options;
  private final LongAccumulator analysed;
  private final LongAccumulator failed;

  PairAnalysis(AnalyzerOptions options, LongAccumulator analysed, LongAccumulator failed) {
    this.options = Objects.requireNonNull(options, "options");
    this.analysed = Objects.requireNonNull(analysed, "analysed");
    this.failed = Objects.requireNonNull(failed, "failed");
  }

  @Override
  public Iterator<Row> call(Iterator<Row> pairs) {
    ReplyAnalyzer analyzer = Analyzers.get(options);
    // Lazily, row by row: a partition is never held in memory.
    return Iterators.transform(pairs, pair -> analyse(analyzer, pair));
  }

  private Row analyse(ReplyAnalyzer analyzer, Row row) {
    String id = row.getString(0);
    try {
      Pair p = pair(row);
      id = p.id();
      Analysis a = analyzer.analyze(p.complaint(), p.reply(), p.respondent());
      Row out = RowFactory.create(id, AnalysisJson.toJsonLine(id, a), null);
      analysed.add(1);
      return out;
    } catch (Pair.Unreadable e) {
      return error(e.id, e.getMessage());
    } catch (RuntimeException e) {
      // One bad letter must not stop an archive run: report it in its place and go on.
      return error(id, e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
    }
  }

  /** The pair in a row of {@link Pairs#SCHEMA}. */
  private static Pair pair(Row row) throws Pair.Unreadable {
    String line = row.getString(4);
    if (line != null) {
      BatchLine read = BatchLine.read(line);
      if (read instanceof BatchLine.Pair p) {
        return new Pair(p.id(), p.complaint(), p.reply(), p.respondent());
      }
      if (read instanceof BatchLine.Thread t) {
        throw new Pair.Unreadable(t.id(), "a thread (\"messages\") is analysed by the batch command, not by this job");
      }
      BatchLine.Rejected r = (BatchLine.Rejected) read;
      throw new Pair.Unreadable(r.id(), r.message());
    }
    String id = row.getString(0);
    String complaint = row.getString(1);
    String reply = row.getString(2);
    if (complaint == null || reply == null) {
      throw new Pair.Unreadable(id, "missing field \"" + (complaint == null ? Pairs.COMPLAINT : Pairs.REPLY) + "\"");
    }
    return new Pair(id, complaint, reply, names(row));
  }

  /** The row's respondent names, nulls dropped (the analyzer drops blank ones). */
  private static List<String> names(Row row) {
    if (row.isNullAt(3)) {
      return List.of();
    }
    List<String> names = new ArrayList<>();
    for (Object n : row.getList(3)) {
      if (n != null) {
        names.add((String) n);
      }
    }
    return names;
  }

  private Row error(String id, String message) {
    failed.add(1);
    return RowFactory.create(id, null, message);
  }
}
