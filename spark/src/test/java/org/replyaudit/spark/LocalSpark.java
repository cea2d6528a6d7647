package org.replyaudit.spark;

import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Assumptions;

/** A local Spark session on two cores for tests, or the test skipped with the reason Spark gave. */
final class LocalSpark {
  /** Why Spark could not start in this JVM, once it failed; null while it has not. */
  private static volatile String failure;
  private static volatile boolean started;

  private LocalSpark() {}

  static SparkSession start() {
    Assumptions.assumeTrue(failure == null, () -> failure);
    try {
      SparkSession spark = SparkSession.builder()
          .master("local[2]")
          .appName("replyaudit-spark-test")
          .config("spark.ui.enabled", "false")
          .config("spark.driver.host", "127.0.0.1")
          .config("spark.driver.bindAddress", "127.0.0.1")
          .config("spark.sql.shuffle.partitions", "2")
          .getOrCreate();
      started = true;
      return spark;
    } catch (Throwable e) { // an unsupported JVM shows as a LinkageError or an initializer error
      failure = "skipped: Spark cannot start on Java " + Runtime.version() + ": " + e;
      Assumptions.abort(failure);
      throw new AssertionError(e);
    }
  }

  /** Skips the test unless Spark can start here (starting and stopping it once if no test has yet). */
  static void assumeAvailable() {
    if (!started) {
      start().stop();
    }
  }
}
