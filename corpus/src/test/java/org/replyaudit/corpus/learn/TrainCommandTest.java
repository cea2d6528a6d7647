package org.replyaudit.corpus.learn;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.replyaudit.corpus.CorpusCli;
import org.replyaudit.models.ModelSet;

/**
 * Training is reproducible: retraining each shipped model set on the cases in the repository
 * rewrites every file byte for byte. Fails when the features, the trainer or the data changed
 * without the shipped sets being retrained ({@code CorpusMain train}, docs/models.md).
 */
class TrainCommandTest {
  private static final Path CASES = Path.of("data/cases");
  private static final Path SHIPPED = Path.of("../models/src/main/resources").resolve(ModelSet.DIRECTORY);

  @ParameterizedTest
  @ValueSource(strings = {"lexical", "semantic"})
  void retrainingGivesTheShippedFilesByteForByte(String mode, @TempDir Path out) throws Exception {
    CorpusCli cli = new CorpusCli();
    int code = cli.run("train", "--mode", mode, "--out", out.toString(),
        "--cases", CASES.resolve("train.jsonl").toString(), "--cases", CASES.resolve("dev.jsonl").toString(),
        "--licence", TrainCommand.CC0);
    assertEquals(0, code, cli.err.toString());
    Path shipped = SHIPPED.resolve(mode);
    List<String> files;
    try (var s = Files.list(shipped)) {
      files = s.map(p -> p.getFileName().toString()).sorted().toList();
    }
    try (var s = Files.list(out.resolve(mode))) {
      assertEquals(files, s.map(p -> p.getFileName().toString()).sorted().toList());
    }
    for (String f : files) {
      assertArrayEquals(Files.readAllBytes(shipped.resolve(f)), Files.readAllBytes(out.resolve(mode).resolve(f)),
          mode + "/" + f + " differs from a retraining: retrain with 'CorpusMain train' and commit the result");
    }
  }
}
