package org.replyaudit.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.replyaudit.Mode;
import org.replyaudit.cli.Main;

/**
 * Lines {@code batch} cannot analyse become error rows with batch's message, and the job goes on;
 * the counters count them.
 */
class ErrorRowsTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final int MAX_CHARS = 300;

  static SparkSession spark;
  @TempDir static Path tmp;

  @BeforeAll
  static void start() {
    spark = LocalSpark.start();
  }

  @AfterAll
  static void stop() {
    if (spark != null) {
      spark.stop();
    }
  }

  @Test
  void badLinesBecomeBatchsErrorRowsAndTheRestIsAnalysed() throws Exception {
    List<String> lines = List.of(
        "{\"id\": \"ok\", \"complaint\": \"Why was I charged twice? Please refund me.\", \"reply\": \"We refunded the charge.\"}",
        "not json",
        "",
        "{\"id\": \"no-reply\", \"complaint\": \"Why?\"}",
        "{\"id\": 7, \"complaint\": 42, \"reply\": \"a number is not a letter\"}",
        "[{\"id\": \"in-array\", \"complaint\": \"a\", \"reply\": \"b\"}]",
        "{\"id\": \"too-long\", \"complaint\": \"" + "Why? ".repeat(100) + "\", \"reply\": \"Because.\"}",
        "{\"id\": \"names\", \"complaint\": \"Tallis overcharged me.\", \"reply\": \"Tallis did not.\", \"respondent\": [\"Tallis\", 3, \"\", null]}");
    Path in = tmp.resolve("odd.jsonl");
    Files.write(in, lines, StandardCharsets.UTF_8);
    Path batchOut = tmp.resolve("odd.batch.jsonl");
    assertEquals(1, Main.run("batch", "--quiet", "--mode", "lexical", "--max-chars", "" + MAX_CHARS, "--in", in.toString(), "--out", batchOut.toString()));
    List<String> batch = Files.readAllLines(batchOut, StandardCharsets.UTF_8);

    String out = tmp.resolve("odd.parquet").toString();
    BatchJob.Result r = new BatchJob(in.toString(), InputFormat.JSONL, out, OutputFormat.PARQUET,
        new AnalyzerOptions(Mode.LEXICAL, List.of(), MAX_CHARS), 3, false).run(spark);

    long batchErrors = batch.stream().filter(l -> l.contains("\"error\"")).count();
    assertEquals(lines.size() - batchErrors, r.analysed());
    assertEquals(batchErrors, r.failed());
    assertEquals(lines.size(), r.written());
    // Each error row is batch's error line without its line number, which a split file lacks.
    List<String> expectedErrors = new ArrayList<>();
    for (String l : batch) {
      ObjectNode o = (ObjectNode) JSON.readTree(l);
      if (o.has("error")) {
        o.remove("line");
        expectedErrors.add(o.toString());
      }
    }
    List<String> errors = new ArrayList<>();
    Map<String, Row> analysed = new HashMap<>();
    for (Row row : spark.read().parquet(out).select("id", "error", "verdict").collectAsList()) {
      if (row.isNullAt(1)) {
        analysed.put(row.getString(0), row);
      } else {
        assertNull(row.get(2), "an error row has no verdict");
        ObjectNode o = JSON.createObjectNode();
        if (!row.isNullAt(0)) {
          o.put("id", row.getString(0));
        }
        o.put("error", row.getString(1));
        errors.add(o.toString());
      }
    }
    expectedErrors.sort(null);
    errors.sort(null);
    assertEquals(expectedErrors, errors);
    // "names" gives a number among its respondent names, which batch refuses too.
    assertEquals(List.of("ok"), analysed.keySet().stream().sorted().toList());
    assertTrue(errors.stream().anyMatch(e -> e.contains("too-long") && e.contains("over the limit of " + MAX_CHARS)), errors::toString);
  }

  @Test
  void nullTextsInATableBecomeErrorRows() {
    List<Row> rows = List.of(
        RowFactory.create(1L, "I want a refund.", "Refunded."),
        RowFactory.create(2L, null, "Refunded."),
        RowFactory.create(3L, "I want a refund.", null));
    StructType schema = new StructType().add("id", "long").add("complaint", "string").add("reply", "string");
    SparkAnalysis.Analysed a = SparkAnalysis.analyse(Pairs.of(spark.createDataFrame(rows, schema)), AnalyzerOptions.DEFAULTS, 0);
    Map<String, Row> byId = new HashMap<>();
    for (Row row : a.rows().collectAsList()) {
      byId.put(row.getString(0), row);
    }
    assertNull(byId.get("1").get(2));
    assertEquals("missing field \"complaint\"", byId.get("2").getString(2));
    assertEquals("missing field \"reply\"", byId.get("3").getString(2));
    assertEquals(1, a.analysed().value());
    assertEquals(2, a.failed().value());
  }
}
