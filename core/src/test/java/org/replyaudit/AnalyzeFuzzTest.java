package org.replyaudit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
import org.replyaudit.report.Report;

/**
 * Fuzzes {@link ReplyAudit#analyze} with untrusted text, and renders every report of the result.
 * In the normal build this runs in regression mode over the committed inputs under
 * {@code src/test/resources/.../AnalyzeFuzzTestInputs} (the complaint ends at the first
 * backslash not doubled, the reply is the rest), which hold the shapes that once went wrong: runs
 * of quote markers, lone surrogates, numbered lists past 99 items, punctuation runs, terminal
 * escapes, runs of opening quotation marks, many short lists. {@code JAZZER_FUZZ=1} turns it into
 * a real fuzzing run (docs/robustness.md).
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
    // Every report renders, as text a UTF-8 writer can encode, whatever the letters hold.
    for (String report : new String[] {Report.text(a, true), Report.markdown(a), Report.html(a), Report.json(a)}) {
      assertTrue(StandardCharsets.UTF_8.newEncoder().canEncode(report), "encodable as UTF-8");
    }
    for (String line : Report.text(a).split("\n")) {
      assertTrue(line.chars().noneMatch(c -> c < 0x20 && c != '\t' && c != '\r' || c >= 0x7F && c <= 0x9F),
          "no control character reaches the terminal: " + line);
    }
  }
}
