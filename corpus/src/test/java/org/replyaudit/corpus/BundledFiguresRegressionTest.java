package org.replyaudit.corpus;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.replyaudit.ReplyAudit;

/**
 * Fails when checklist element accuracy or the pooled open-after-each-reply F1 on the bundled
 * examples drops more than {@value #TOLERANCE} below {@code committed-figures.properties}, like
 * {@link CommittedFiguresRegressionTest} for the shared cases. The bundled data needs no
 * {@code ../shared}, so this never skips.
 */
class BundledFiguresRegressionTest {
  private static final double TOLERANCE = 0.02;

  @Test
  void checklistAndThreadFiguresDoNotDrop() throws IOException {
    Properties committed = new Properties();
    try (InputStream in = getClass().getResourceAsStream("committed-figures.properties")) {
      committed.load(in);
    }
    ChecklistResult c = ChecklistEvaluator.evaluate("checklist", BundledExamples.checklists("checklists.jsonl"),
        ReplyAudit.defaultAnalyzer(), Progress.NONE);
    check(committed, "checklist.accuracy", c.accuracy());
    ThreadResult t = ThreadEvaluator.evaluate("threads", BundledExamples.threads("threads.jsonl"),
        ReplyAudit.defaultAnalyzer(), Progress.NONE);
    check(committed, "threads.openAfterEachReply.f1", t.row("open after every reply (pooled)").f1());
  }

  private static void check(Properties committed, String key, double actual) {
    String value = committed.getProperty(key);
    assertTrue(value != null, "committed-figures.properties has no " + key);
    double expected = Double.parseDouble(value);
    assertTrue(actual >= expected - TOLERANCE, String.format(Locale.ROOT,
        "%s fell to %.3f, more than %.2f below the committed %.3f", key, actual, TOLERANCE, expected));
  }
}
