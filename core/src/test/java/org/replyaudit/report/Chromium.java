package org.replyaudit.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Debian's headless Chromium driven from the command line, without WebDriver: {@code --dump-dom}
 * gives the DOM after the page's scripts ran, {@code --screenshot} a PNG.
 */
final class Chromium {
  /** Debian's Chromium, or the browser named by {@code -Dreplyaudit.chromium=PATH}. */
  static final Path BINARY = Path.of(System.getProperty("replyaudit.chromium", "/usr/bin/chromium"));
  private static final long TIMEOUT_SECONDS = 90;

  private Chromium() {}

  static boolean available() {
    return Files.isExecutable(BINARY);
  }

  /** The serialised DOM of {@code page} once its scripts have run. */
  static String dumpDom(Path page) throws IOException, InterruptedException {
    return run(List.of("--dump-dom", page.toUri().toString()));
  }

  /** Saves a screenshot of {@code page}, {@code width}×{@code height} CSS pixels, to {@code png}. */
  static void screenshot(Path page, Path png, int width, int height) throws IOException, InterruptedException {
    Files.deleteIfExists(png);
    run(List.of("--hide-scrollbars", "--window-size=" + width + "," + height,
        "--screenshot=" + png.toAbsolutePath(), page.toUri().toString()));
    if (!Files.isRegularFile(png)) {
      throw new IOException("chromium wrote no screenshot to " + png);
    }
  }

  private static String run(List<String> args) throws IOException, InterruptedException {
    // A fresh profile per run: no state leaks between runs, and no lock from a previous crash.
    Path profile = Files.createTempDirectory("replyaudit-chromium-");
    Path stdout = Files.createTempFile("replyaudit-chromium-", ".out");
    Path stderr = Files.createTempFile("replyaudit-chromium-", ".log");
    List<String> cmd = new ArrayList<>(List.of(BINARY.toString(), "--headless", "--no-sandbox", "--disable-gpu",
        "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--virtual-time-budget=5000", "--user-data-dir=" + profile));
    cmd.addAll(args);
    try {
      // Output to files, not pipes: a hung browser then cannot hang the test past its timeout.
      Process p = new ProcessBuilder(cmd).redirectOutput(stdout.toFile()).redirectError(stderr.toFile()).start();
      if (!p.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
        p.destroyForcibly();
        throw new IOException("chromium did not finish in " + TIMEOUT_SECONDS + " s");
      }
      if (p.exitValue() != 0) {
        throw new IOException("chromium exited " + p.exitValue() + ": " + Files.readString(stderr));
      }
      return Files.readString(stdout, StandardCharsets.UTF_8);
    } finally {
      Files.deleteIfExists(stdout);
      Files.deleteIfExists(stderr);
      try (Stream<Path> files = Files.walk(profile)) {
        files.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
      }
    }
  }
}
