package org.replyaudit;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;

/** Where the shared annotated cases are: {@code ../shared} beside the checkout. */
public final class SharedData {
  private SharedData() {}

  public static Path dir() {
    String p = System.getProperty("replyaudit.shared");
    return p != null ? Path.of(p) : Path.of("..", "..", "shared");
  }

  /** A file under the shared directory; the test is skipped, with a message, when it is absent. */
  public static Path require(String relative) {
    Path f = dir().resolve(relative);
    Assumptions.assumeTrue(Files.isRegularFile(f), () -> "skipped: " + f + " is not present (shared data lives in ../shared)");
    return f;
  }
}
