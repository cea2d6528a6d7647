package org.replyaudit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** One analyzer shared by many threads gives exactly the results of sequential runs. */
class ConcurrencyTest {
  private static final int THREADS = 8;
  private static final int PER_THREAD = 500;

  @Test
  void sharedAnalyzerGivesTheSequentialResults() throws Exception {
    List<String[]> pairs = new ArrayList<>();
    ObjectMapper m = new ObjectMapper();
    for (String f : List.of("cases/seed.jsonl", "cases/dev.jsonl")) {
      for (String line : Files.readAllLines(SharedData.require(f))) {
        JsonNode n = m.readTree(line);
        List<String> names = new ArrayList<>();
        n.path("respondent").forEach(x -> names.add(x.asText()));
        pairs.add(new String[] {n.get("complaint").asText(), n.get("reply").asText(), String.join("\u0000", names)});
      }
    }
    ReplyAnalyzer shared = ReplyAudit.builder().build();
    List<Analysis> sequential = new ArrayList<>();
    for (String[] p : pairs) {
      sequential.add(shared.analyze(p[0], p[1], List.of(p[2].split("\u0000"))));
    }
    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    try {
      List<Future<Integer>> done = new ArrayList<>();
      for (int t = 0; t < THREADS; t++) {
        int offset = t;
        done.add(pool.submit(() -> {
          int checked = 0;
          for (int i = 0; i < PER_THREAD; i++) {
            int k = (i + offset * 7) % pairs.size();
            String[] p = pairs.get(k);
            assertEquals(sequential.get(k), shared.analyze(p[0], p[1], List.of(p[2].split("\u0000"))), "pair " + k);
            checked++;
          }
          return checked;
        }));
      }
      int total = 0;
      for (Future<Integer> f : done) {
        total += f.get();
      }
      assertEquals(THREADS * PER_THREAD, total);
    } finally {
      pool.shutdownNow();
    }
  }
}
