package org.replyaudit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Fuzzes {@link ReplyAudit#analyze} with untrusted text. In the normal build this runs in
 * regression mode over the committed inputs under {@code src/test/resources/.../AnalyzeFuzzTestInputs};
 * {@code JAZZER_FUZZ=1} turns it into a real fuzzing run (README, "Robustness").
 */
class AnalyzeFuzzTest {
  @FuzzTest(maxDuration = "10m")
  void analyzeNeverFailsOnAnyText(FuzzedDataProvider data) {
    // Jazzer hands over odd data, even null-ish empty input, in regression mode: all of it is valid.
    String complaint = data.consumeString(4000);
    String reply = data.consumeRemainingAsString();
    Analysis a = ReplyAudit.analyze(complaint == null ? "" : complaint, reply == null ? "" : reply);
    for (Point p : a.points()) {
      assertTrue(p.span().end() <= a.complaint().length());
      assertEquals(p.text(), p.span().of(a.complaint()));
    }
    for (ReplyClaim c : a.replyClaims()) {
      assertTrue(c.span().end() <= a.reply().length());
    }
    for (Quote q : a.quotes()) {
      assertEquals(q.text(), q.span().of(a.reply()));
      q.source().forEach(l -> assertTrue(l.span().end() <= a.complaint().length()));
    }
  }
}
