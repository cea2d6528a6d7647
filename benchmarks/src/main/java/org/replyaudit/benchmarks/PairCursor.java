package org.replyaudit.benchmarks;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Each benchmark thread's position in the corpus: every invocation takes the next pair, round
 * robin, so one op is one pair and ops/s is pairs/s. Going round the whole corpus (instead of
 * repeating one pair) keeps the branch profile and the caches as varied as real traffic.
 *
 * <p>Threads start at different places so that two threads are not in lock step on the same pair.
 */
@State(Scope.Thread)
public class PairCursor {
  private static final AtomicInteger THREADS = new AtomicInteger();

  private int next;

  @Setup
  public void stagger() {
    next = THREADS.getAndIncrement() * 7;
  }

  /** The next pair, wrapping round. */
  public BenchPair next(List<BenchPair> pairs) {
    if (next >= pairs.size()) {
      next %= pairs.size();
    }
    return pairs.get(next++);
  }

  /** The index of the next pair, wrapping round, for benchmarks that keep per-pair inputs. */
  public int nextIndex(int size) {
    if (next >= size) {
      next %= size;
    }
    return next++;
  }
}
