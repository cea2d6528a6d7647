package org.replyaudit.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;

/**
 * Runs {@code batch}: reads lines, analyses up to {@code threads} at once, and writes one output
 * line per input line in input order.
 *
 * <p><b>Time budget.</b> With a line timeout, a line whose analysis runs longer is written as an
 * error line and its analysis is <em>abandoned</em>, not stopped: the analysis does not poll for
 * interruption (OpenNLP and the regular expressions would not notice), so its thread runs on to
 * the end in the background and its result is dropped. That is safe because an analyzer shares
 * no mutable state between analyses. The abandoned thread is a daemon and does not keep the
 * process alive. Its slot goes to the next line at once unless {@code threads} abandoned
 * analyses are still running, in which case the next line waits for one of them to end, so
 * that the machine is never asked for more than twice {@code threads} analyses at once.
 */
final class BatchRun {
  /** Lines held in flight beyond those analysed, per thread. */
  private static final int WINDOW_PER_THREAD = 4;
  /** Input bytes held in flight at most (beyond one line), so that huge lines cannot pile up. */
  private static final long BYTES_IN_FLIGHT = 64L << 20;
  private static final long PROGRESS_NANOS = TimeUnit.SECONDS.toNanos(5);
  /** How many error lines are also shown on standard error. */
  private static final int ERRORS_SHOWN = 10;

  private final BatchLines lines;
  private final int threads;
  private final Duration lineTimeout;
  private final PrintStream err;
  private final boolean quiet;
  private final Semaphore slots;
  private final AtomicInteger abandonedRunning = new AtomicInteger();
  private final ExecutorService pool;

  /** What a run did. */
  record Result(long lines, long failed, long timedOut, double seconds) {}

  BatchRun(BatchLines lines, int threads, Duration lineTimeout, PrintStream err, boolean quiet) {
    this.lines = lines;
    this.threads = threads;
    this.lineTimeout = lineTimeout;
    this.err = err;
    this.quiet = quiet;
    this.slots = new Semaphore(threads);
    AtomicLong n = new AtomicLong();
    this.pool = Executors.newCachedThreadPool(r -> {
      Thread t = new Thread(r, "replyaudit-batch-" + n.incrementAndGet());
      t.setDaemon(true);
      return t;
    });
  }

  /** One line in flight. */
  private final class Task implements Runnable {
    static final int RUNNING = 0;
    static final int DONE = 1;
    /** Abandoned, and its slot given to the next line. */
    static final int ABANDONED_FREED = 2;
    /** Abandoned while too many others still run: it frees its slot when it ends. */
    static final int ABANDONED_HELD = 3;

    final BatchInput.Line line;
    final CompletableFuture<BatchLines.Output> result = new CompletableFuture<>();
    final AtomicInteger state = new AtomicInteger(RUNNING);
    volatile long started;
    volatile String id;
    boolean submitted;

    Task(BatchInput.Line line) {
      this.line = line;
    }

    @Override
    public void run() {
      started = System.nanoTime();
      BatchLines.Output o;
      try {
        Object parsed = BatchLines.parse(line.number(), line.text());
        if (parsed instanceof BatchLines.Request r) {
          id = r.id();
          o = lines.analyze(r);
        } else {
          o = ((BatchLines.Rejected) parsed).output();
        }
      } catch (Throwable t) {
        // BatchLines catches what an analysis throws; anything else still gets its error line.
        o = BatchLines.error(line.number(), id, "could not be analysed: " + t);
      }
      result.complete(o);
      if (!state.compareAndSet(RUNNING, DONE)) {
        abandonedRunning.decrementAndGet();
        if (state.get() == ABANDONED_HELD) {
          slots.release();
        }
        return;
      }
      slots.release();
    }
  }

  /**
   * Analyses every line of {@code input} into {@code output}.
   *
   * @param total the number of input lines once known (counted in the background), or -1
   * @throws IOException if reading or writing fails; lines written so far stay written
   * @throws InputException if the input turns out not to be JSON lines (a NUL byte)
   */
  Result run(BatchInput input, BatchOutput output, LongSupplier total) throws IOException, InterruptedException {
    long started = System.nanoTime();
    long lastReport = started;
    long[] counts = new long[3]; // written, failed, timed out
    Deque<Task> window = new ArrayDeque<>();
    long inFlight = 0;
    try {
      BatchInput.Line line;
      while (true) {
        try {
          line = input.next();
        } catch (InputException e) {
          // Lines read before the bad data are good: finish and keep them, then stop.
          while (!window.isEmpty()) {
            inFlight -= writeHead(window, output, counts);
          }
          throw e;
        }
        if (line == null) {
          break;
        }
        if (line.overLimit()) {
          // Still in order: an error line for it once the lines before it are written.
          Task t = new Task(line);
          t.submitted = true;
          t.result.complete(BatchLines.error(line.number(), null, "line of " + String.format(Locale.ROOT, "%,d", line.bytes())
              + " bytes, over the limit of " + input.limitText() + " (two texts of --max-chars chars, JSON-escaped)"));
          t.state.set(Task.DONE);
          window.add(t);
        } else {
          window.add(new Task(line));
          inFlight += line.bytes();
        }
        startReady(window);
        while (window.size() >= threads * WINDOW_PER_THREAD || inFlight > BYTES_IN_FLIGHT && window.size() > 1) {
          inFlight -= writeHead(window, output, counts);
        }
        long now = System.nanoTime();
        if (!quiet && now - lastReport > PROGRESS_NANOS) {
          progress(counts, total.getAsLong(), started, now);
          lastReport = now;
        }
      }
      while (!window.isEmpty()) {
        inFlight -= writeHead(window, output, counts);
        long now = System.nanoTime();
        if (!quiet && now - lastReport > PROGRESS_NANOS) {
          progress(counts, total.getAsLong(), started, now);
          lastReport = now;
        }
      }
    } finally {
      pool.shutdown();
    }
    return new Result(counts[0], counts[1], counts[2], (System.nanoTime() - started) / 1e9);
  }

  /** Starts the waiting lines, in order, while a thread is free. */
  private void startReady(Deque<Task> window) {
    for (Task t : window) {
      if (!t.submitted) {
        if (!slots.tryAcquire()) {
          return;
        }
        t.submitted = true;
        pool.execute(t);
      }
    }
  }

  /** Waits for the first line in flight, writes its output line, and returns its input bytes. */
  private long writeHead(Deque<Task> window, BatchOutput output, long[] counts)
      throws IOException, InterruptedException {
    Task head = window.peek();
    if (!head.submitted) {
      // No line after it has started either (they start in order): wait for a free thread.
      slots.acquire();
      head.submitted = true;
      pool.execute(head);
    }
    BatchLines.Output o = null;
    while (o == null) {
      startReady(window);
      long wait = TimeUnit.MILLISECONDS.toNanos(20);
      if (lineTimeout != null && head.started != 0) {
        long left = lineTimeout.toNanos() - (System.nanoTime() - head.started);
        if (left <= 0 && abandon(head)) {
          o = BatchLines.error(head.line.number(), head.id, String.format(Locale.ROOT,
              "the analysis took longer than %s s (--line-timeout) and was abandoned", seconds(lineTimeout)));
          counts[2]++;
          break;
        }
        wait = Math.max(1, Math.min(wait, left));
      }
      try {
        o = head.result.get(wait, TimeUnit.NANOSECONDS);
      } catch (TimeoutException e) {
        // Check the budget and start what can start, then wait again.
      } catch (ExecutionException e) {
        o = BatchLines.error(head.line.number(), head.id, "could not be analysed: " + e.getCause());
      }
    }
    window.poll();
    output.write(o.json());
    counts[0]++;
    if (o.error()) {
      counts[1]++;
      if (counts[1] <= ERRORS_SHOWN) {
        err.println("batch: " + errorText(o.json()));
      } else if (counts[1] == ERRORS_SHOWN + 1) {
        err.println("batch: more errors; every one is in the output in its line's place");
      }
    }
    return head.line.overLimit() ? 0 : head.line.bytes();
  }

  /** Gives up on a running line; false if it finished meanwhile (its result is then used). */
  private boolean abandon(Task t) {
    if (abandonedRunning.get() < threads) {
      if (t.state.compareAndSet(Task.RUNNING, Task.ABANDONED_FREED)) {
        abandonedRunning.incrementAndGet();
        slots.release();
        return true;
      }
    } else if (t.state.compareAndSet(Task.RUNNING, Task.ABANDONED_HELD)) {
      abandonedRunning.incrementAndGet();
      return true;
    }
    return false;
  }

  /** "line 3: missing field \"reply\"" from an error line's JSON. */
  private static String errorText(String json) {
    try {
      var node = new com.fasterxml.jackson.databind.ObjectMapper().readTree(json);
      return "line " + node.get("line").asLong()
          + (node.hasNonNull("id") ? " (id " + node.get("id").asText() + ")" : "") + ": " + node.get("error").asText();
    } catch (IOException e) {
      return json;
    }
  }

  private void progress(long[] counts, long total, long started, long now) {
    err.println(progressLine(counts[0], counts[1], total, (now - started) / 1e9));
  }

  /**
   * "batch: 50/200 lines (25%), 2 failed, 10.0 lines/s, about 15 s left"; without the total and
   * the time left while the input's lines are still being counted (or cannot be: standard input).
   */
  static String progressLine(long done, long failed, long total, double seconds) {
    double rate = done / Math.max(seconds, 1e-9);
    StringBuilder b = new StringBuilder("batch: ");
    if (total >= 0) {
      b.append(String.format(Locale.ROOT, "%,d/%,d lines (%.0f%%)", done, total,
          total == 0 ? 100.0 : 100.0 * done / total));
    } else {
      b.append(String.format(Locale.ROOT, "%,d lines", done));
    }
    b.append(String.format(Locale.ROOT, ", %,d failed, %.1f lines/s", failed, rate));
    if (total >= 0 && done > 0 && total > done) {
      b.append(", about ").append(duration((total - done) / rate)).append(" left");
    }
    return b.toString();
  }

  /** "45 s", "12 min 5 s", "3 h 20 min". */
  static String duration(double seconds) {
    long s = Math.round(seconds);
    if (s < 60) {
      return s + " s";
    }
    if (s < 3600) {
      return (s / 60) + " min " + (s % 60) + " s";
    }
    return (s / 3600) + " h " + (s % 3600 / 60) + " min";
  }

  static String seconds(Duration d) {
    return new java.math.BigDecimal(d.toNanos()).movePointLeft(9).stripTrailingZeros().toPlainString();
  }
}
