package org.replyaudit.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvaluateCommandTest {
  private final CorpusCli cli = new CorpusCli();
  private final StringWriter out = cli.out;
  private final StringWriter err = cli.err;

  private int run(String... args) {
    return cli.run(args);
  }

  @Test
  void missingDataExitsTwoWithOneLine(@TempDir Path empty) {
    assertEquals(2, run("evaluate", "--set", "dev", "--data", empty.toString()));
    assertEquals(1, err.toString().strip().lines().count(), err.toString());
    assertTrue(err.toString().contains("dev.jsonl"), err.toString());
    assertEquals("", out.toString());
  }

  @Test
  void unknownSetExitsTwo(@TempDir Path empty) {
    assertEquals(2, run("evaluate", "--set", "nonsense", "--data", empty.toString()));
  }

  @Test
  void missingDatasetExitsTwo(@TempDir Path empty) {
    assertEquals(2, run("evaluate", "--set", "disapere", "--data", empty.toString()));
    assertTrue(err.toString().contains("DISAPERE"), err.toString());
  }

  @Test
  void badCasesFileExitsTwoNamingTheLine(@TempDir Path dir) throws Exception {
    Files.createDirectories(dir.resolve("cases"));
    Files.writeString(dir.resolve("cases").resolve("seed.jsonl"), "{}\n");
    assertEquals(2, run("evaluate", "--set", "seed", "--data", dir.toString()));
    assertTrue(err.toString().contains("seed.jsonl:1:"), err.toString());
  }

  @Test
  void seedPrintsATableAndWritesJson(@TempDir Path tmp) throws Exception {
    Path shared = SharedData.dir();
    assumeTrue(Files.isRegularFile(shared.resolve("cases").resolve("seed.jsonl")),
        "no seed.jsonl; skipping");
    Path json = tmp.resolve("seed.json");
    assertEquals(0, run("evaluate", "--set", "seed", "--mode", "lexical", "--data", shared.toString(),
        "--json", json.toString()));
    assertTrue(out.toString().contains("| unanswered (gold no) |"), out.toString());
    assertEquals(1, Json.mapper().readTree(json.toFile()).path("pairs").asInt());
  }

  @Test
  void crossValidationNeedsTwoFolds(@TempDir Path empty) {
    assertEquals(2, run("evaluate", "--set", "cases", "--cv", "1", "--mode", "lexical", "--data", empty.toString()));
    assertTrue(err.toString().contains("at least 2 folds"), err.toString());
  }

  @Test
  void crossValidationOptionsAreForTheAnnotatedCasesOnly(@TempDir Path empty) {
    assertEquals(2, run("evaluate", "--set", "seed", "--cv", "3", "--data", empty.toString()));
    assertTrue(err.toString().contains("--cv applies to --set cases only"), err.toString());
    assertEquals(2, run("evaluate", "--set", "qevasion", "--l2", "2", "--data", empty.toString()));
    assertTrue(err.toString().contains("--l2 applies to --set cases only"), err.toString());
  }

  @Test
  void badL2OrModeExitsTwo(@TempDir Path empty) {
    assertEquals(2, run("evaluate", "--set", "cases", "--l2", "-1", "--data", empty.toString()));
    assertTrue(err.toString().contains("--l2 must be"), err.toString());
    assertEquals(2, run("evaluate", "--set", "dev", "--mode", "fast", "--data", empty.toString()));
    assertTrue(err.toString().contains("--mode must be lexical, semantic or both"), err.toString());
  }

  @Test
  void checklistPrintsElementAccuracyFromTheBundledExamples(@TempDir Path tmp) throws Exception {
    Path json = tmp.resolve("checklist.json");
    assertEquals(0, run("evaluate", "--set", "checklist", "--mode", "lexical", "--json", json.toString()));
    assertTrue(out.toString().contains("| uk-fca-disp | decision |"), out.toString());
    assertTrue(out.toString().contains("| **all profiles** | **all elements** |"), out.toString());
    assertEquals(14, Json.mapper().readTree(json.toFile()).path("replies").asInt());
  }

  @Test
  void threadsPrintOpenPointsPerReply() {
    assertEquals(0, run("evaluate", "--set", "threads", "--mode", "lexical"));
    assertTrue(out.toString().contains("| open after reply 1 |"), out.toString());
    assertTrue(out.toString().contains("| open after every reply (pooled) |"), out.toString());
  }

  @Test
  void fileOptionScoresAnotherFileAndOnlyForTheseSets(@TempDir Path tmp) throws Exception {
    assertEquals(2, run("evaluate", "--set", "threads", "--file", tmp.resolve("none.jsonl").toString()));
    assertTrue(err.toString().contains("none.jsonl"), err.toString());
    Path bad = Files.writeString(tmp.resolve("bad.jsonl"), "{\"id\":\"x\"}\n");
    assertEquals(2, run("evaluate", "--set", "threads", "--file", bad.toString()));
    assertTrue(err.toString().contains("bad.jsonl:1:"), err.toString());
    assertEquals(2, run("evaluate", "--set", "seed", "--file", bad.toString()));
    assertTrue(err.toString().contains("--file applies to the checklist and threads sets only"), err.toString());
  }
}
