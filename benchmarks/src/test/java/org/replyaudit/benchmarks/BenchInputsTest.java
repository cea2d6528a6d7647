package org.replyaudit.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The benchmark inputs, not the benchmarks: a benchmark fed the wrong size or an empty corpus
 * measures nothing, and nobody notices until the numbers are quoted.
 */
class BenchInputsTest {
  @Test
  void generatedLettersAreCloseToTheRequestedSize() {
    for (int chars : new int[] {1 << 10, 10 << 10, 100 << 10}) {
      BenchPair p = LetterGenerator.pair(chars, 42);
      for (String letter : List.of(p.complaint(), p.reply())) {
        // Never more than one sentence or list item either side of the target.
        assertTrue(Math.abs(letter.length() - chars) < 400, chars + " -> " + letter.length());
      }
    }
  }

  @Test
  void theQuotingReplyQuotesTheComplaintSentenceBySentence() {
    BenchPair p = LetterGenerator.pair(10_000, 42);
    org.replyaudit.Analysis a = org.replyaudit.ReplyAudit.analyze(p.complaint(), ScalingBenchmark.quoting(p));
    // Most complaint sentences come back as quotes (short ones, under four words, are not traced).
    assertTrue(a.quotes().size() > a.points().size() / 2, a.quotes().size() + " quotes, " + a.points().size() + " points");
  }

  @Test
  void generatedLettersAreRepeatableAndSeedDependent() {
    assertEquals(LetterGenerator.pair(10_000, 7), LetterGenerator.pair(10_000, 7));
    assertFalse(LetterGenerator.complaint(10_000, 7).equals(LetterGenerator.complaint(10_000, 8)));
    assertFalse(LetterGenerator.complaint(10_000, 7).equals(LetterGenerator.reply(10_000, 7)));
  }

  @Test
  void generatedLettersAreLaidOutLikeLetters() {
    String c = LetterGenerator.complaint(20_000, 3);
    assertTrue(c.startsWith("Dear "));
    assertTrue(c.contains("\n\n"));
    assertTrue(c.contains("Please:\n- "));
    assertTrue(c.contains("Yours sincerely,\n"));
    assertFalse(c.contains("{"), "every slot filled");
  }

  @Test
  void withoutSharedDataTheBundledReferenceCaseIsUsed(@TempDir Path empty) {
    List<BenchPair> cases = BenchCorpus.load("cases", empty);
    assertEquals(List.of(BenchCorpus.bundledSeed()), cases);
    assertEquals("seed-laas-dexter", cases.get(0).id());
    assertEquals(cases, BenchCorpus.load("disapere", empty));
  }

  @Test
  void sharedCasesAreReadWhenPresent() {
    Path shared = BenchCorpus.sharedDirectory();
    org.junit.jupiter.api.Assumptions.assumeTrue(shared.resolve("cases/dev.jsonl").toFile().isFile(),
        "no shared cases under " + shared.toAbsolutePath());
    List<BenchPair> cases = BenchCorpus.load("cases", shared);
    assertTrue(cases.size() > 1);
    assertEquals("seed-laas-dexter", cases.get(0).id());
  }

  @Test
  void theStageBenchmarksChainedGiveWhatTheAnalyzerGives() {
    // StageBenchmark's set-up checks this too, but only when someone runs it; a new pipeline
    // stage that BenchStages does not chain must fail the build instead.
    StageBenchmark bench = new StageBenchmark();
    bench.corpus = "cases";
    bench.setUp();
  }

  @Test
  void theStageBenchmarkTimesEveryPipelineStageByItsName() {
    // A stage added to Pipeline.stages() must be added to the benchmark's parameter too.
    String[] timed;
    try {
      timed = StageBenchmark.OneStage.class.getField("stage").getAnnotation(org.openjdk.jmh.annotations.Param.class).value();
    } catch (NoSuchFieldException e) {
      throw new AssertionError(e);
    }
    assertEquals(new org.replyaudit.benchmarks.BenchStages().stages().stream().map(org.replyaudit.internal.Stage::name).toList(),
        List.of(timed));
  }
}
