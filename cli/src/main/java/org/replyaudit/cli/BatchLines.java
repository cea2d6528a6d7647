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
import org.replyaudit.report.ThreadJson;
import org.replyaudit.thread.Message;
import org.replyaudit.thread.Party;

/**
 * Turns one input line of {@code batch} into exactly one output line: the analysis, or an error
 * object {@code {"line": N, "id": …, "error": "…"}} in its place. Never throws for any line. A
 * line is a pair ({@code complaint} and {@code reply}) or a thread ({@code messages}: an array
 * of {@code {"from": "complainant"|"respondent", "text": …}}, the first the complainant's),
 * never both.
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
      if (node.has("messages")) {
        if (node.has("complaint") || node.has("reply")) {
          return error(lineNumber, id, "give either \"messages\" or \"complaint\" and \"reply\", not both");
        }
        List<Message> messages;
        try {
          messages = messages(node.get("messages"));
        } catch (IllegalArgumentException e) {
          return error(lineNumber, id, e.getMessage());
        }
        return new Output(ThreadJson.toJsonLine(id, analyzer.analyzeThread(messages, respondent(node))), false);
      }
      String complaint = text(node, "complaint");
      String reply = text(node, "reply");
      if (complaint == null || reply == null) {
        return error(lineNumber, id, "missing or non-text field \"" + (complaint == null ? "complaint" : "reply") + "\"");
      }
      Analysis a = analyzer.analyze(complaint, reply, respondent(node));
      return new Output(AnalysisJson.toJsonLine(id, a), false);
    } catch (RuntimeException e) {
      // One bad letter must not stop an archive run: report it in its place and go on.
      return error(lineNumber, id, e.getClass().getSimpleName() + ": " + e.getMessage());
    }
  }

  private static List<String> respondent(JsonNode node) {
    List<String> respondent = new ArrayList<>();
    JsonNode r = node.get("respondent");
    if (r != null && r.isArray()) {
      for (JsonNode n : r) {
        if (n.isTextual() && !n.asText().isBlank()) {
          respondent.add(n.asText());
        }
      }
    }
    return respondent;
  }

  /**
   * A thread's messages: an array of {@code {"from": "complainant"|"respondent", "text": "…"}}.
   *
   * @throws IllegalArgumentException naming the first bad message and what is wrong with it
   */
  static List<Message> messages(JsonNode array) {
    if (array == null || !array.isArray() || array.isEmpty()) {
      throw new IllegalArgumentException("\"messages\" must be a non-empty array of {\"from\", \"text\"}");
    }
    List<Message> messages = new ArrayList<>();
    for (int i = 0; i < array.size(); i++) {
      JsonNode m = array.get(i);
      JsonNode from = m.get("from");
      JsonNode text = m.get("text");
      if (from == null || !from.isTextual()) {
        throw new IllegalArgumentException("messages[" + i + "]: missing or non-text \"from\"");
      }
      if (text == null || !text.isTextual()) {
        throw new IllegalArgumentException("messages[" + i + "]: missing or non-text \"text\"");
      }
      try {
        messages.add(new Message(Party.fromId(from.asText()), text.asText()));
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("messages[" + i + "]: " + e.getMessage());
      }
    }
    if (messages.get(0).from() != Party.COMPLAINANT) {
      throw new IllegalArgumentException("messages[0] must be the complainant's: a thread starts with the complaint");
    }
    return messages;
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
