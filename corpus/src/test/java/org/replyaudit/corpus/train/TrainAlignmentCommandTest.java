package org.replyaudit.corpus.train;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.replyaudit.corpus.CorpusCli;
import org.replyaudit.corpus.DisapereReader;
import org.replyaudit.corpus.EvaluateCommand;
import org.replyaudit.models.TrainedModels;

class TrainAlignmentCommandTest {
  private final CorpusCli cli = new CorpusCli();

  private static Path shared() {
    Path shared = EvaluateCommand.defaultDataDirectory();
    assumeTrue(Files.isDirectory(DisapereReader.splitDirectory(shared.resolve("datasets").resolve("disapere"), "test")),
        "DISAPERE is absent under " + shared + "; skipping");
    return shared;
  }

  @Test
  void missingDataIsExit2WithAMessage(@TempDir Path empty) {
    assertEquals(2, cli.run("train-alignment", "--data", empty.toString(), "--out", empty.resolve("m").toString()));
    assertTrue(cli.err.toString().contains("no DISAPERE split directory"), cli.err.toString());
  }

  @Test
  void aNegativeLimitIsExit2(@TempDir Path empty) {
    assertEquals(2, cli.run("train-alignment", "--limit", "-1", "--data", empty.toString()));
    assertTrue(cli.err.toString().contains("--limit must be 0 or more"), cli.err.toString());
  }

  /** The shipped weights are exactly what the command learns from the full data (~10 s). */
  @Test
  void trainingReproducesTheShippedWeightsByteForByte(@TempDir Path tmp) throws IOException {
    Path shared = shared();
    assertEquals(0, cli.run("train-alignment", "--data", shared.toString(), "--out", tmp.toString()),
        cli.err.toString());
    byte[] shipped;
    try (InputStream in = TrainedModels.class.getClassLoader()
        .getResourceAsStream(TrainedModels.DIRECTORY + "alignment.tsv")) {
      shipped = in.readAllBytes();
    }
    assertArrayEquals(shipped, Files.readAllBytes(tmp.resolve("alignment.tsv")),
        "retrain with 'CorpusMain train-alignment' after changing the features or the sentence models");
    assertEquals(TrainedModels.provenance(TrainedModels.ALIGNMENT).getProperty("sha256"),
        TrainCommand.sha256(shipped));
    assertTrue(cli.out.toString().contains("| dev |"), cli.out.toString());
  }
}
