package org.replyaudit.semantic;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.replyaudit.Analysis;
import org.replyaudit.Mode;
import org.replyaudit.ReplyAnalyzer;
import org.replyaudit.ReplyAudit;

/** Semantic mode encodes at most 1,000 claims per pair; past that it says it decided on words alone. */
class SemanticBudgetTest {
  private static final ReplyAnalyzer SEMANTIC = ReplyAudit.builder().mode(Mode.SEMANTIC).build();

  @Test
  void aPairOverTheBudgetIsDecidedOnWordsAndSaysSo() {
    Analysis a = SEMANTIC.analyze("Why was fee number 1 charged? ".repeat(600), "Fee 1 was charged late. ".repeat(600));
    assertTrue(a.diagnostics().stream().anyMatch(d -> d.code().equals("semantic.skipped")), a.diagnostics().toString());
    assertFalse(a.points().isEmpty());
  }

  @Test
  void aPairWithinTheBudgetIsEncoded() {
    Analysis a = SEMANTIC.analyze("Why was fee number 1 charged? ".repeat(10), "Fee 1 was charged late. ".repeat(10));
    assertTrue(a.diagnostics().stream().noneMatch(d -> d.code().equals("semantic.skipped")), a.diagnostics().toString());
  }
}
