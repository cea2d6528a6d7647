package org.replyaudit.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicLong;
import org.replyaudit.ReplyAnalyzer;
import org.replyaudit.ReplyAudit;
import org.replyaudit.checklist.Profile;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * Analyses a JSONL file of pairs into a JSONL file of analyses, one output line per input line,
 * in order. See {@link BatchOutput} for how the output is written and kept, {@link BatchInput}
 * for how lines are read, and {@link BatchRun} for threads and the time budget.
 */
@Command(name = "batch", mixinStandardHelpOptions = true,
    description = {"Analyse every line of a JSONL file ({\"id\", \"complaint\", \"reply\", \"respondent\"?}, or a "
        + "thread: {\"id\", \"messages\": [{\"from\": \"complainant\"|\"respondent\", \"text\"}, ...]}) "
        + "into one JSONL line each, in order. A line that cannot be analysed becomes "
        + "{\"line\", \"id\", \"error\"} in its place.",
        "Exit status: 0 all lines analysed, 1 some lines failed, 2 bad options or input."})
final class BatchCommand implements Callable<Integer> {
  @Mixin
  ModeOptions modes = new ModeOptions();

  /** Exit status after SIGINT or SIGTERM, as a shell reports a process a signal stopped. */
  private static final int INTERRUPTED = 130;

  @Option(names = "--in", required = true, paramLabel = "FILE", description = "input JSONL file (- for standard input)")
  Path in;

  @Option(names = "--out", required = true, paramLabel = "FILE",
      description = "output JSONL file: a regular file or a new path; written under a temporary name and renamed when done")
  Path out;

  @Option(names = "--threads", paramLabel = "N", defaultValue = "1",
      description = "lines analysed in parallel (default: ${DEFAULT-VALUE})")
  int threads;

  @Option(names = "--line-timeout", paramLabel = "SECONDS",
      description = "give up on a line whose analysis takes longer (it becomes an error line; default: no limit)")
  Double lineTimeout;

  @Option(names = "--profile", paramLabel = "NAME|FILE", converter = ProfileConverter.class,
      description = "check every reply against a complaint-handling profile: uk-fca-disp, ombudsman-generic,"
          + " foi-uk, or a profile file (JSON); adds a \"checklist\" field")
  Profile profile;

  @Option(names = "--max-chars", paramLabel = "N",
      description = "longest complaint or reply accepted, in chars (default: ${DEFAULT-VALUE})",
      defaultValue = "" + ReplyAnalyzer.Builder.DEFAULT_MAX_TEXT_LENGTH)
  int maxChars;

  @Option(names = "--quiet", description = "no progress on standard error")
  boolean quiet;

  @Override
  public Integer call() throws IOException, InterruptedException {
    if (threads < 1 || threads > 256) {
      throw new InputException("--threads must be between 1 and 256: " + threads);
    }
    if (maxChars < 1) {
      throw new InputException("--max-chars must be at least 1: " + maxChars);
    }
    Duration timeout = null;
    if (lineTimeout != null) {
      if (!(lineTimeout > 0) || lineTimeout > 86_400 * 365) {
        throw new InputException("--line-timeout must be a number of seconds above 0: " + lineTimeout);
      }
      timeout = Duration.ofNanos(Math.max(1, (long) (lineTimeout * 1e9)));
    }
    boolean stdin = in.toString().equals("-");
    if (!stdin) {
      if (Files.isDirectory(in)) {
        throw new InputException(in + ": is a directory; --in takes a JSONL file");
      }
      if (!Files.exists(in)) {
        throw new InputException(in + ": no such file");
      }
    }
    // Everything about the output is checked before a line is read or a model loaded.
    BatchOutput output = BatchOutput.open(out, stdin ? null : in);
    try (output) {
      InputStream stream;
      try {
        stream = stdin ? System.in : Files.newInputStream(in);
      } catch (AccessDeniedException e) {
        throw new InputException(in + ": permission denied");
      } catch (NoSuchFileException e) {
        throw new InputException(in + ": no such file");
      }
      AtomicLong total = new AtomicLong(-1);
      if (!stdin && Files.isRegularFile(in)) {
        countLines(in, total);
      }
      // Two texts of maxChars chars, each char at most six bytes JSON-escaped ("\u00e9"), and the rest.
      long maxLineBytes = 12L * maxChars + (1 << 16);
      ReplyAnalyzer analyzer = ProfileConverter.apply(modes.apply(ReplyAudit.builder()).maxTextLength(maxChars), profile).build();
      // The first analysis loads what the models load lazily, and the language detector loads on
      // the first non-English letter (seconds): neither belongs in one line's time budget.
      analyzer.analyze("Please refund the fee. Why was I charged?", "We have refunded the fee.");
      if (timeout != null) {
        analyzer.analyze("Bitte erstatten Sie mir die Gebühr, die Sie mir zweimal berechnet haben.", "Nein.");
      }
      BatchLines lines = new BatchLines(analyzer);
      if (!quiet) {
        System.err.println("batch: writing " + output.temporary() + ", renamed to " + out + " when done");
      }
      BatchRun.Result r;
      try (BatchInput input = new BatchInput(stream, stdin ? "standard input" : in.toString(), maxLineBytes)) {
        r = new BatchRun(lines, threads, timeout, System.err, quiet).run(input, output, total::get);
      } catch (InputException e) {
        throw new InputException(e.getMessage() + "; " + output.stop("bad input"));
      } catch (IOException e) {
        if (output.interrupted()) {
          return INTERRUPTED; // the shutdown hook has said where the lines are
        }
        throw new InputException("batch could not go on (" + e.getMessage() + "); " + output.stop("I/O error"));
      } catch (OutOfMemoryError e) {
        throw new InputException("out of memory; give Java more heap (java -Xmx4g -jar …) or lower --max-chars; "
            + output.stop("out of memory"));
      }
      try {
        output.commit();
      } catch (IOException e) {
        throw new InputException(out + ": cannot write (" + e.getMessage() + ")");
      }
      System.err.printf(Locale.ROOT, "batch: %d line(s), %d analysed, %d failed%s, %.1f s (%.1f lines/s) -> %s%n",
          r.lines(), r.lines() - r.failed(), r.failed(),
          r.timedOut() > 0 ? " (" + r.timedOut() + " over --line-timeout)" : "",
          r.seconds(), r.lines() / Math.max(r.seconds(), 1e-9), out);
      return r.failed() == 0 ? 0 : 1;
    }
  }

  /**
   * Counts the input's lines on a background thread (a newline scan, about a second per GB), so
   * that progress can show done/total and the time left without delaying the first line.
   */
  private static void countLines(Path in, AtomicLong total) {
    Thread t = new Thread(() -> {
      long lines = 0;
      int last = '\n';
      byte[] buf = new byte[1 << 16];
      try (InputStream s = Files.newInputStream(in)) {
        for (int n = s.read(buf); n >= 0; n = s.read(buf)) {
          for (int i = 0; i < n; i++) {
            if (buf[i] == '\n') {
              lines++;
            }
          }
          if (n > 0) {
            last = buf[n - 1];
          }
        }
        total.set(last == '\n' ? lines : lines + 1);
      } catch (IOException e) {
        // Progress then shows no total.
      }
    }, "replyaudit-batch-count");
    t.setDaemon(true);
    t.start();
  }
}
