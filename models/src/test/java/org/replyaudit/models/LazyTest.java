package org.replyaudit.models;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class LazyTest {
  @Test
  void aFailedLoadIsNotRememberedEachCallerGetsTheLoadersOwnError() {
    AtomicInteger calls = new AtomicInteger();
    Lazy<String> lazy = new Lazy<>(() -> {
      if (calls.incrementAndGet() == 1) {
        throw new IllegalStateException("model x has SHA-256 a but its provenance records b");
      }
      return "loaded";
    });
    IllegalStateException e = assertThrows(IllegalStateException.class, lazy::get);
    assertEquals("model x has SHA-256 a but its provenance records b", e.getMessage());
    assertEquals("loaded", lazy.get());
  }

  @Test
  void manyThreadsShareOneLoad() throws Exception {
    AtomicInteger calls = new AtomicInteger();
    Lazy<Object> lazy = new Lazy<>(() -> {
      calls.incrementAndGet();
      return new Object();
    });
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Callable<Object>> tasks = new ArrayList<>();
      for (int i = 0; i < 64; i++) {
        tasks.add(lazy::get);
      }
      List<Future<Object>> results = pool.invokeAll(tasks);
      Object first = results.get(0).get();
      for (Future<Object> f : results) {
        assertSame(first, f.get());
      }
    } finally {
      pool.shutdown();
    }
    assertEquals(1, calls.get());
  }
}
