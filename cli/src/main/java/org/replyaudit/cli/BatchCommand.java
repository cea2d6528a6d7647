package org.replyaudit.cli;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.replyaudit.ReplyAnalyzer;
import org.replyaudit.ReplyAudit;
import org.replyaudit.checklist.Profile;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * Analyses a JSONL file of pairs into a JSONL file of analyses, one output line per input line,
 * in order. The output is written under a temporary name and renamed at the end, so an
 * interrupted run never leaves a partial file under the final name.
 */
@Command(name = "batch", mixinStandardHelpOptions = true,
    description = "Analyse every line of a JSONL file ({\"id\", \"complaint\", \"reply\", \"respondent\"?}, or a thread:"
        + " {\"id\", \"messages\": [{\"from\": \"complainant\"|\"respondent\", \"text\"}, ...]}) into one JSONL line"
        + " each, in order. Exit status 1 if any line failed.")
final class BatchCommand implements Callable<Integer> {
  @Mixin
  ModeOptions modes = new ModeOptions();

  @Option(names = "--in", required = true, description = "input JSONL file")
  Path in;

  @Option(names = "--out", required = true, description = "output JSONL file")
  Path out;

  @Option(names = "--threads", defaultValue = "1", description = "lines analysed in parallel (default: ${DEFAULT-VALUE})")
  int threads;

  @Option(names = "--max-chars", description = "longest text accepted, in chars (default: ${DEFAULT-VALUE})",
      defaultValue = "" + ReplyAnalyzer.Builder.DEFAULT_MAX_TEXT_LENGTH)
  int maxChars;

  @Option(names = "--profile", paramLabel = "NAME|FILE", converter = ProfileConverter.class,
      description = "check every reply against a complaint-handling profile: uk-fca-disp, ombudsman-generic,"
          + " foi-uk, or a profile file (JSON); adds a \"checklist\" field")
  Profile profile;

  @Option(names = "--quiet", description = "no progress on standard error")
  boolean quiet;

  @Override
  public Integer call() throws IOException, InterruptedException {
    if (threads < 1 || threads > 256) {
      throw new InputException("--threads must be between 1 and 256: " + threads);
    }
    if (!Files.isRegularFile(in)) {
      throw new InputException(in + ": no such file");
    }
    BatchLines lines = new BatchLines(ProfileConverter.apply(modes.apply(ReplyAudit.builder()).maxTextLength(maxChars), profile).build());
    Path dir = out.toAbsolutePath().getParent();
    Path tmp = Files.createTempFile(dir, "." + out.getFileName() + ".", ".part");
    long started = System.nanoTime();
    long lastReport = started;
    long total = 0;
    long failed = 0;
    ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
      Thread t = new Thread(r, "replyaudit-batch");
      t.setDaemon(true);
      return t;
    });
    // Invalid UTF-8 in one line becomes U+FFFD in that line rather than stopping the run.
    var decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPLACE).onUnmappableCharacter(CodingErrorAction.REPLACE);
    try (BufferedReader reader = new BufferedReader(new InputStreamReader(Files.newInputStream(in), decoder));
         BufferedWriter writer = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
      // A bounded window of lines in flight keeps output in input order and memory flat.
      Deque<Future<BatchLines.Output>> window = new ArrayDeque<>();
      String line;
      long number = 0;
      while ((line = reader.readLine()) != null) {
        long n = ++number;
        String l = line;
        window.add(pool.submit(() -> lines.process(n, l)));
        if (window.size() >= threads * 4) {
          failed += write(window.poll(), writer);
          total++;
        }
        long now = System.nanoTime();
        if (!quiet && now - lastReport > 5_000_000_000L) {
          progress(total, failed, started, now);
          lastReport = now;
        }
      }
      while (!window.isEmpty()) {
        failed += write(window.poll(), writer);
        total++;
      }
    } catch (IOException | RuntimeException e) {
      Files.deleteIfExists(tmp);
      throw e;
    } finally {
      pool.shutdownNow();
    }
    Files.move(tmp, out, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    double secs = (System.nanoTime() - started) / 1e9;
    System.err.printf(Locale.ROOT, "batch: %d line(s), %d analysed, %d failed, %.1f s (%.1f lines/s) -> %s%n",
        total, total - failed, failed, secs, total / Math.max(secs, 1e-9), out);
    return failed == 0 ? 0 : 1;
  }

  private static int write(Future<BatchLines.Output> f, BufferedWriter w) throws IOException, InterruptedException {
    BatchLines.Output o;
    try {
      o = f.get();
    } catch (ExecutionException e) {
      throw new IllegalStateException("BatchLines.process never throws", e.getCause());
    }
    w.write(o.json());
    w.newLine();
    return o.error() ? 1 : 0;
  }

  private static void progress(long done, long failed, long started, long now) {
    double secs = (now - started) / 1e9;
    System.err.printf(Locale.ROOT, "batch: %d line(s) done, %d failed, %.1f lines/s%n", done, failed, done / secs);
  }
}
