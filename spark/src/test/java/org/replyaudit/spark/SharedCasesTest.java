package org.replyaudit.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.to_json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.replyaudit.SharedData;
import org.replyaudit.cli.Main;

/**
 * The job over the shared cases (train, dev and the seed, 191 pairs) on {@code local[2]}, against
 * what the {@code batch} command writes for the same file: every input row comes out exactly
 * once, and each row's nested columns hold exactly the batch line's fields and values; the same
 * pairs given as CSV or Parquet give the same analyses.
 */
class SharedCasesTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  static SparkSession spark;
  @TempDir static Path tmp;
  static Path cases;
  /** The batch command's line for each input id. */
  static Map<String, String> batchLines;

  @BeforeAll
  static void batchAndSpark() throws Exception {
    cases = tmp.resolve("cases.jsonl");
    List<String> lines = new ArrayList<>();
    for (String f : List.of("cases/train.jsonl", "cases/dev.jsonl", "cases/seed.jsonl")) {
      lines.addAll(Files.readAllLines(SharedData.require(f), StandardCharsets.UTF_8));
    }
    Files.write(cases, lines, StandardCharsets.UTF_8);
    Path batchOut = tmp.resolve("batch.jsonl");
    assertEquals(0, Main.run("batch", "--quiet", "--mode", "lexical", "--threads", "2", "--in", cases.toString(), "--out", batchOut.toString()));
    batchLines = new HashMap<>();
    for (String l : Files.readAllLines(batchOut, StandardCharsets.UTF_8)) {
      assertNull(batchLines.put(JSON.readTree(l).get("id").asText(), l), "ids are unique");
    }
    assertEquals(lines.size(), batchLines.size());
    spark = LocalSpark.start();
  }

  @AfterAll
  static void stop() {
    if (spark != null) {
      spark.stop();
    }
  }

  @Test
  void parquetRowsEqualBatchLinesOneForOne() throws Exception {
    String out = tmp.resolve("analyses.parquet").toString();
    BatchJob.Result r = new BatchJob(cases.toString(), InputFormat.JSONL, out, OutputFormat.PARQUET,
        AnalyzerOptions.DEFAULTS, 4, false).run(spark);
    assertEquals(batchLines.size(), r.analysed());
    assertEquals(0, r.failed());
    assertEquals(batchLines.size(), r.written());

    // Every batch field, in batch's order, from the Parquet file as a reader gets it; nulls kept.
    Column[] fields = Arrays.stream(AnalysisSchema.ANALYSIS.fieldNames()).map(f -> col(f)).toArray(Column[]::new);
    List<Row> rows = spark.read().parquet(out)
        .select(col("id"), col("error"), col("verdict"), to_json(struct(fields), Map.of("ignoreNullFields", "false")))
        .collectAsList();
    assertEquals(batchLines.size(), rows.size());
    Map<String, Integer> seen = new HashMap<>();
    for (Row row : rows) {
      String id = row.getString(0);
      assertNull(seen.put(id, 1), () -> id + " came out twice");
      String expected = batchLines.get(id);
      assertNotNull(expected, () -> id + " is not an input id");
      assertNull(row.get(1), id);
      JsonNode batch = JSON.readTree(expected);
      assertEquals(batch.get("verdict").asText(), row.getString(2), id);
      assertEquals(batch, JSON.readTree(row.getString(3)), () -> id + ": the Parquet row differs from the batch line");
    }
    assertEquals(batchLines.keySet(), seen.keySet());
  }

  @Test
  void jsonlOutputIsBatchLines() throws Exception {
    Path dev = SharedData.require("cases/dev.jsonl");
    List<String> lines = jobLines(dev.toString(), InputFormat.JSONL, "dev-out");
    assertEquals(Files.readAllLines(dev).size(), lines.size());
    for (String l : lines) {
      assertEquals(batchLines.get(JSON.readTree(l).get("id").asText()), l);
    }
  }

  /** The last ten dev pairs, two of them with respondent names, as a CSV file would hold them. */
  @Test
  void csvInputGivesTheSameAnalyses() throws Exception {
    List<JsonNode> pairs = lastDevPairs(10);
    StringBuilder csv = new StringBuilder("id,complaint,reply,respondent\n");
    for (JsonNode p : pairs) {
      List<String> names = new ArrayList<>();
      p.path("respondent").forEach(n -> names.add(n.asText()));
      csv.append(String.join(",", quoted(p.get("id").asText()), quoted(p.get("complaint").asText()),
          quoted(p.get("reply").asText()), quoted(String.join(";", names)))).append("\r\n");
    }
    Path in = tmp.resolve("dev-tail.csv");
    Files.writeString(in, csv, StandardCharsets.UTF_8);
    assertSameAsBatch(pairs, jobLines(in.toString(), InputFormat.CSV, "csv-out"));
  }

  /** The same ten pairs in Parquet, written by Spark from the JSON (extra columns and all). */
  @Test
  void parquetInputGivesTheSameAnalyses() throws Exception {
    List<JsonNode> pairs = lastDevPairs(10);
    Path json = tmp.resolve("dev-tail.jsonl");
    Files.write(json, pairs.stream().map(JsonNode::toString).toList(), StandardCharsets.UTF_8);
    String in = tmp.resolve("dev-tail.parquet").toString();
    spark.read().json(json.toString()).write().parquet(in);
    assertSameAsBatch(pairs, jobLines(in, InputFormat.PARQUET, "parquet-out"));
  }

  private static List<JsonNode> lastDevPairs(int n) throws Exception {
    List<String> dev = Files.readAllLines(SharedData.require("cases/dev.jsonl"), StandardCharsets.UTF_8);
    List<JsonNode> pairs = new ArrayList<>();
    for (String l : dev.subList(dev.size() - n, dev.size())) {
      pairs.add(JSON.readTree(l));
    }
    return pairs;
  }

  private static void assertSameAsBatch(List<JsonNode> pairs, List<String> lines) throws Exception {
    assertEquals(pairs.size(), lines.size());
    Map<String, String> byId = new HashMap<>();
    for (String l : lines) {
      assertNull(byId.put(JSON.readTree(l).get("id").asText(), l));
    }
    for (JsonNode p : pairs) {
      String id = p.get("id").asText();
      assertEquals(batchLines.get(id), byId.get(id), id);
    }
  }

  /** The job's JSONL output for this input, as lines. */
  private static List<String> jobLines(String in, InputFormat format, String name) throws Exception {
    Path out = tmp.resolve(name);
    BatchJob.Result r = new BatchJob(in, format, out.toString(), OutputFormat.JSONL, AnalyzerOptions.DEFAULTS, 2, false)
        .run(spark);
    assertEquals(0, r.failed());
    List<String> lines = new ArrayList<>();
    try (var parts = Files.list(out)) {
      for (Path part : parts.filter(f -> f.getFileName().toString().startsWith("part-")).toList()) {
        lines.addAll(Files.readAllLines(part, StandardCharsets.UTF_8));
      }
    }
    assertEquals(r.written(), lines.size());
    return lines;
  }

  private static String quoted(String field) {
    return "\"" + field.replace("\"", "\"\"") + "\"";
  }
}
