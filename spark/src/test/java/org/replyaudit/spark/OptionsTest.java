package org.replyaudit.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.replyaudit.Mode;

/** Options are checked before Spark starts: no test here starts it. */
class OptionsTest {
  @Test
  void formatFromFileName() {
    assertEquals(Optional.of(InputFormat.JSONL), InputFormat.fromPath("cases.jsonl"));
    assertEquals(Optional.of(InputFormat.JSONL), InputFormat.fromPath("s3a://bucket/Cases.NDJSON.gz"));
    assertEquals(Optional.of(InputFormat.PARQUET), InputFormat.fromPath("/data/cases.parquet"));
    assertEquals(Optional.of(InputFormat.CSV), InputFormat.fromPath("cases.csv.bz2"));
    assertEquals(Optional.empty(), InputFormat.fromPath("/data/cases"));
  }

  @Test
  void badSettingsAreRefused() {
    assertThrows(IllegalArgumentException.class, () -> new AnalyzerOptions(Mode.LEXICAL, List.of(" "), 10));
    assertThrows(IllegalArgumentException.class, () -> new AnalyzerOptions(Mode.LEXICAL, List.of(), 0));
    assertThrows(NullPointerException.class, () -> new AnalyzerOptions(null, List.of(), 10));
  }

  @Test
  void badOptionsExitWithStatus2AndSayWhy() {
    assertEquals("--mode must be one of lexical, semantic: fuzzy", firstWords(
        run("--in", "cases.jsonl", "--out", "out", "--mode", "fuzzy"), 20));
    assertEquals("cannot tell the format of cases.txt", firstWords(run("--in", "cases.txt", "--out", "out"), 6));
    assertEquals("--out-format must be one of parquet, jsonl: csv", firstWords(
        run("--in", "cases.jsonl", "--out", "out", "--out-format", "csv"), 20));
    assertEquals("partitions must be 0 (keep the input's) or more: -1", firstWords(
        run("--in", "cases.jsonl", "--out", "out", "--partitions", "-1"), 20));
  }

  /** Runs the command, checks it exited with 2, and returns its one-line message. */
  private static String run(String... args) {
    PrintStream err = System.err;
    ByteArrayOutputStream buf = new ByteArrayOutputStream();
    System.setErr(new PrintStream(buf, true, StandardCharsets.UTF_8));
    try {
      assertEquals(2, SparkBatch.run(args));
    } finally {
      System.setErr(err);
    }
    String message = buf.toString(StandardCharsets.UTF_8).strip();
    assertTrue(message.startsWith("replyaudit-spark: "), message);
    return message.substring("replyaudit-spark: ".length());
  }

  private static String firstWords(String s, int n) {
    String[] w = s.split(" ");
    return String.join(" ", List.of(w).subList(0, Math.min(n, w.length)));
  }
}
