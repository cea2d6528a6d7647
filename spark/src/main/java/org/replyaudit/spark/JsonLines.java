package org.replyaudit.spark;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads one line of JSONL input exactly as the {@code batch} command does, with its error
 * messages:
 *
 * <pre>{@code
 * {"id": "a", "complaint": "…", "reply": "…", "respondent": ["Tallis", 3, ""]}  → Pair(a, …, …, [Tallis, ""])
 * ""                                   → Unreadable(null, "empty line")
 * {"id": "a", "complaint": "…"}        → Unreadable(a, "missing or non-text field \"reply\"")
 * {"id": 7, "complaint": 42, …}        → Unreadable(7, "missing or non-text field \"complaint\"")
 * [1, 2]                               → Unreadable(null, "not a JSON object")
 * }</pre>
 */
final class JsonLines {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private JsonLines() {}

  static Pair read(String line) throws Pair.Unreadable {
    if (line == null || line.isBlank()) {
      throw new Pair.Unreadable(null, "empty line");
    }
    JsonNode node;
    try {
      node = MAPPER.readTree(line);
    } catch (JsonProcessingException e) {
      throw new Pair.Unreadable(null, "malformed JSON: " + e.getOriginalMessage());
    }
    if (node == null || !node.isObject()) {
      throw new Pair.Unreadable(null, "not a JSON object");
    }
    JsonNode idNode = node.get(Pairs.ID);
    String id = idNode == null || idNode.isNull() ? null : idNode.asText();
    String complaint = text(node, Pairs.COMPLAINT);
    String reply = text(node, Pairs.REPLY);
    if (complaint == null || reply == null) {
      throw new Pair.Unreadable(id, "missing or non-text field \"" + (complaint == null ? Pairs.COMPLAINT : Pairs.REPLY) + "\"");
    }
    List<String> respondent = new ArrayList<>();
    JsonNode r = node.get(Pairs.RESPONDENT);
    if (r != null && r.isArray()) {
      for (JsonNode n : r) {
        if (n.isTextual()) {
          respondent.add(n.asText());
        }
      }
    }
    return new Pair(id, complaint, reply, respondent);
  }

  private static String text(JsonNode node, String field) {
    JsonNode n = node.get(field);
    return n != null && n.isTextual() ? n.asText() : null;
  }
}
