package org.replyaudit.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The output file of a build-time generator's {@code main} (the derived lexical resources). */
final class BuildOutput {
  private BuildOutput() {}

  /**
   * The file named by the only argument, its directory created; exits with status 2 and
   * {@code usage: TOOL OUTPUT} when there is not exactly one argument.
   */
  static Path of(String[] args, String tool, String output) throws IOException {
    if (args.length != 1) {
      System.err.println("usage: " + tool + " " + output);
      System.exit(2);
    }
    Path out = Path.of(args[0]);
    if (out.toAbsolutePath().getParent() != null) {
      Files.createDirectories(out.toAbsolutePath().getParent());
    }
    return out;
  }
}
