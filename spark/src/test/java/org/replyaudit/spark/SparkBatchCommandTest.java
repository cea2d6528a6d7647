package org.replyaudit.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.replyaudit.SharedData;

/** The command as {@code spark/run-local} runs it: local mode when no master is set, output read back, no overwriting. */
class SparkBatchCommandTest {
  @BeforeEach
  void quiet() {
    LocalSpark.assumeAvailable();
    System.setProperty("spark.ui.enabled", "false");
    System.setProperty("spark.driver.host", "127.0.0.1");
    System.setProperty("spark.driver.bindAddress", "127.0.0.1");
  }

  @AfterEach
  void clear() {
    System.clearProperty("spark.ui.enabled");
    System.clearProperty("spark.driver.host");
    System.clearProperty("spark.driver.bindAddress");
  }

  @Test
  void writesParquetAndRefusesToOverwriteIt(@TempDir Path tmp) {
    Path seed = SharedData.require("cases/seed.jsonl");
    String out = tmp.resolve("seed.parquet").toString();
    String summary = run(0, "--in", seed.toString(), "--out", out, "--partitions", "2");
    assertTrue(summary.matches("(?s).*replyaudit-spark: 1 row\\(s\\), 1 analysed, 0 failed, .* rows/s\\) on local\\[\\*\\],"
        + " 2 partition\\(s\\) -> .*seed.parquet \\(1 row\\(s\\) read back\\).*"), summary);
    assertTrue(Files.isRegularFile(Path.of(out, "_SUCCESS")));
    assertTrue(run(2, "--in", seed.toString(), "--out", out).contains(out + " exists: give --overwrite to replace it"));
  }

  private static String run(int status, String... args) {
    PrintStream err = System.err;
    ByteArrayOutputStream buf = new ByteArrayOutputStream();
    System.setErr(new PrintStream(buf, true, StandardCharsets.UTF_8));
    try {
      assertEquals(status, SparkBatch.run(args), () -> buf.toString(StandardCharsets.UTF_8));
    } finally {
      System.setErr(err);
    }
    return buf.toString(StandardCharsets.UTF_8);
  }
}
