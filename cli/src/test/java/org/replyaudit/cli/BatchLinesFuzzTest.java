package org.replyaudit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.replyaudit.ReplyAudit;
import org.replyaudit.report.Report;

/**
 * Fuzzes the {@code batch} line reader: every line, however broken, gives one JSON object on one
 * line, either an analysis or an error naming the line, and always text a UTF-8 writer can encode.
 * The committed inputs under {@code src/test/resources/.../BatchLinesFuzzTestInputs} hold the
 * shapes that once went wrong (two objects on a line, trailing text, a CR inside a line, an object
 * as id, a byte-order mark, lone surrogates, a run of quote markers, deep nesting).
 */
class BatchLinesFuzzTest {
  private static final BatchLines LINES = new BatchLines(ReplyAudit.defaultAnalyzer());
  private static final ObjectMapper MAPPER = new ObjectMapper();

  @FuzzTest(maxDuration = "10m")
  void everyLineGivesOneJsonObject(String line) throws Exception {
    BatchLines.Output o = LINES.process(1, line);
    assertNotNull(o);
    JsonNode node = MAPPER.readTree(o.json());
    assertTrue(node.isObject(), o.json());
    assertTrue(!o.json().contains("\n") && !o.json().contains("\r"), "one line");
    assertEquals(o.error(), node.has("error"), o.json());
    if (o.error()) {
      assertEquals(1, node.get("line").asInt(), o.json());
    } else {
      assertTrue(node.has("verdict"), o.json());
    }
    assertEquals(Report.wellFormed(o.json()), o.json(), "no lone surrogate reaches the writer");
  }
}
