package org.replyaudit.semantic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.replyaudit.Analysis;
import org.replyaudit.Mode;
import org.replyaudit.ReplyAnalyzer;
import org.replyaudit.ReplyAudit;

/**
 * One semantic-mode analyzer shared by eight threads gives exactly what one thread gives. The
 * encoder runs without its vector cache, so the threads really share the ONNX session rather than
 * reading vectors the first run left behind.
 */
class SemanticAnalyzerConcurrencyTest {
  private static final int THREADS = 8;
  private static final int ROUNDS = 3;

  @Test
  void eightThreadsSharingOneSemanticAnalyzerGetWhatOneThreadGets() throws Exception {
    List<String[]> pairs = new ArrayList<>();
    for (String example : List.of("seed-data-misuse", "telecom-refund", "council-repairs")) {
      Path dir = Path.of("..", "examples", example);
      pairs.add(new String[] {Files.readString(dir.resolve("complaint.txt")), Files.readString(dir.resolve("reply.txt"))});
    }
    ReplyAnalyzer shared = ReplyAudit.builder().mode(Mode.SEMANTIC)
        .encoder(new OnnxSentenceEncoder().withoutCache()).build();
    List<Analysis> sequential = new ArrayList<>();
    for (String[] p : pairs) {
      sequential.add(shared.analyze(p[0], p[1]));
    }
    assertTrue(sequential.stream().anyMatch(a -> !a.points().isEmpty()), "the examples have points");
    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    try {
      List<Future<Integer>> done = new ArrayList<>();
      for (int t = 0; t < THREADS; t++) {
        int offset = t;
        done.add(pool.submit(() -> {
          int checked = 0;
          for (int i = 0; i < ROUNDS * pairs.size(); i++) {
            int k = (i + offset) % pairs.size();
            assertEquals(sequential.get(k), shared.analyze(pairs.get(k)[0], pairs.get(k)[1]), "pair " + k);
            checked++;
          }
          return checked;
        }));
      }
      int total = 0;
      for (Future<Integer> f : done) {
        total += f.get();
      }
      assertEquals(THREADS * ROUNDS * pairs.size(), total);
    } finally {
      pool.shutdownNow();
    }
  }
}
