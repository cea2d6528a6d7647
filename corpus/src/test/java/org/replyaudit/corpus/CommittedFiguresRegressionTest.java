package org.replyaudit.corpus;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Properties;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.replyaudit.ReplyAudit;

/**
 * Fails when unanswered F1 or the five-label fault macro-F1 on seed.jsonl or dev.jsonl drops
 * more than {@value #TOLERANCE} below the figure committed in {@code committed-figures.properties}.
 * Raise the committed figures whenever the analyzer improves, so a later loss is caught.
 */
class CommittedFiguresRegressionTest {
  private static final double TOLERANCE = 0.02;

  @ParameterizedTest
  @ValueSource(strings = {"seed", "dev"})
  void figuresDoNotDropBelowTheCommittedOnes(String set) throws IOException {
    Path file = SharedData.dir().resolve("cases").resolve(set + ".jsonl");
    assumeTrue(Files.isRegularFile(file), "no " + file + "; skipping");
    Properties committed = new Properties();
    try (InputStream in = getClass().getResourceAsStream("committed-figures.properties")) {
      committed.load(in);
    }
    CaseSetResult r = Evaluator.evaluate(
        set, CaseReader.read(file), ReplyAudit.defaultAnalyzer(), Progress.NONE);
    check(committed, set + ".unanswered.f1", r.unanswered().f1());
    check(committed, set + ".faults.macroF1", r.faultMacroF1());
  }

  private static void check(Properties committed, String key, double actual) {
    String value = committed.getProperty(key);
    assertTrue(value != null, "committed-figures.properties has no " + key);
    double expected = Double.parseDouble(value);
    assertTrue(actual >= expected - TOLERANCE, String.format(Locale.ROOT,
        "%s fell to %.3f, more than %.2f below the committed %.3f", key, actual, TOLERANCE,
        expected));
  }
}
