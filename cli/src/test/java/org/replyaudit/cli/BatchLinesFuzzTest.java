package org.replyaudit.cli;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.replyaudit.ReplyAudit;

/** Fuzzes the {@code batch} line reader: every line, however broken, gives one JSON object line. */
class BatchLinesFuzzTest {
  private static final BatchLines LINES = new BatchLines(ReplyAudit.defaultAnalyzer());
  private static final ObjectMapper MAPPER = new ObjectMapper();

  @FuzzTest(maxDuration = "10m")
  void everyLineGivesOneJsonObject(String line) throws Exception {
    BatchLines.Output o = LINES.process(1, line);
    assertNotNull(o);
    assertTrue(MAPPER.readTree(o.json()).isObject(), o.json());
    assertTrue(!o.json().contains("\n"), "one line");
  }
}
