package org.replyaudit.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import org.replyaudit.Analysis;
import org.replyaudit.ReplyAnalyzer;
import org.replyaudit.report.AnalysisJson;

/**
 * Turns one input line of {@code batch} into exactly one output line: the analysis, or an error
 * object {@code {"line": N, "id": …, "error": "…"}} in its place. Never throws for any line.
 */
final class BatchLines {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private final ReplyAnalyzer analyzer;

  BatchLines(ReplyAnalyzer analyzer) {
    this.analyzer = analyzer;
  }

  /** The result of one line: its output JSON and whether it is an error line. */
  record Output(String json, boolean error) {}

  Output process(long lineNumber, String line) {
    String id = null;
    try {
      if (line == null || line.isBlank()) {
        return error(lineNumber, null, "empty line");
      }
      JsonNode node;
      try {
        node = MAPPER.readTree(line);
      } catch (JsonProcessingException e) {
        return error(lineNumber, null, "malformed JSON: " + e.getOriginalMessage());
      }
      if (node == null || !node.isObject()) {
        return error(lineNumber, null, "not a JSON object");
      }
      JsonNode idNode = node.get("id");
      id = idNode == null || idNode.isNull() ? null : idNode.asText();
      String complaint = text(node, "complaint");
      String reply = text(node, "reply");
      if (complaint == null || reply == null) {
        return error(lineNumber, id, "missing or non-text field \"" + (complaint == null ? "complaint" : "reply") + "\"");
      }
      List<String> respondent = new ArrayList<>();
      JsonNode r = node.get("respondent");
      if (r != null && r.isArray()) {
        for (JsonNode n : r) {
          if (n.isTextual() && !n.asText().isBlank()) {
            respondent.add(n.asText());
          }
        }
      }
      Analysis a = analyzer.analyze(complaint, reply, respondent);
      return new Output(AnalysisJson.toJsonLine(id, a), false);
    } catch (RuntimeException e) {
      // One bad letter must not stop an archive run: report it in its place and go on.
      return error(lineNumber, id, e.getClass().getSimpleName() + ": " + e.getMessage());
    }
  }

  private static String text(JsonNode node, String field) {
    JsonNode n = node.get(field);
    return n != null && n.isTextual() ? n.asText() : null;
  }

  private static Output error(long lineNumber, String id, String message) {
    ObjectNode o = MAPPER.createObjectNode();
    o.put("line", lineNumber);
    if (id != null) {
      o.put("id", id);
    }
    o.put("error", message);
    return new Output(o.toString(), true);
  }
}
