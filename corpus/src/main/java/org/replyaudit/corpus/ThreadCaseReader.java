package org.replyaudit.corpus;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.replyaudit.PointKind;
import org.replyaudit.Span;
import org.replyaudit.thread.Message;
import org.replyaudit.thread.Party;

/**
 * Reads annotated threads ({@code corpus/THREADS.md}), one JSON object per line, checking every
 * line in full: messages from {@code complainant} or {@code respondent}, the first the
 * complainant's; every quote an exact substring of the message it names; a point's
 * {@code addressed} naming exactly the replies after its message; re-raises in later complainant
 * messages; contradictions in a later reply, against an earlier reply. The first bad line raises
 * a {@link CaseFormatException} naming the file and line.
 */
public final class ThreadCaseReader {
  private ThreadCaseReader() {}

  /** Every thread of a file. */
  public static List<ThreadCase> read(Reader in, String fileName) throws IOException {
    return CaseLines.read(in, fileName, (line, lineNo) -> new LineParser(fileName, lineNo).parse(line), ThreadCase::id);
  }

  private static final class LineParser {
    private final String file;
    private final int line;

    LineParser(String file, int line) {
      this.file = file;
      this.line = line;
    }

    ThreadCase parse(String text) {
      JsonNode root = CaseLines.object(text, file, line);
      String id = root.path("id").asText("");
      if (id.isEmpty()) {
        throw fail("\"id\" is missing or empty");
      }
      String where = "thread \"" + id + "\": ";
      JsonNode messagesNode = root.get("messages");
      if (messagesNode == null || !messagesNode.isArray() || messagesNode.isEmpty()) {
        throw fail(where + "\"messages\" must be a non-empty array");
      }
      List<Message> messages = new ArrayList<>();
      for (int i = 0; i < messagesNode.size(); i++) {
        JsonNode m = messagesNode.get(i);
        Party from;
        try {
          from = Party.fromId(m.path("from").asText(""));
        } catch (IllegalArgumentException e) {
          throw fail(where + "messages[" + i + "].from: " + e.getMessage());
        }
        if (!m.path("text").isTextual() || m.path("text").asText().isEmpty()) {
          throw fail(where + "messages[" + i + "].text must be a non-empty string");
        }
        messages.add(new Message(from, m.path("text").asText()));
      }
      if (messages.get(0).from() != Party.COMPLAINANT) {
        throw fail(where + "messages[0] must be the complainant's");
      }
      List<String> respondent = new ArrayList<>();
      root.path("respondent").forEach(n -> respondent.add(n.asText()));
      JsonNode pointsNode = root.path("gold").path("points");
      if (!pointsNode.isArray()) {
        throw fail(where + "gold.points must be an array");
      }
      List<GoldThreadPoint> points = new ArrayList<>();
      for (int i = 0; i < pointsNode.size(); i++) {
        points.add(point(pointsNode.get(i), messages, where + "gold.points[" + i + "]"));
      }
      return new ThreadCase(id, root.path("domain").asText(""), respondent, messages, points);
    }

    private GoldThreadPoint point(JsonNode node, List<Message> messages, String at) {
      GoldThreadPoint.Occurrence first = occurrence(node, messages, Party.COMPLAINANT, at);
      String kindId = node.path("kind").asText("");
      PointKind kind = null;
      for (PointKind k : PointKind.values()) {
        if (k.id().equals(kindId)) {
          kind = k;
        }
      }
      if (kind == null || !kind.needsAnswer()) {
        throw fail(at + ".kind must be request, question, allegation or grievance (threads track points that need"
            + " an answer), not \"" + kindId + "\"");
      }
      Map<Integer, Addressed> addressed = new LinkedHashMap<>();
      JsonNode a = node.get("addressed");
      if (a == null || !a.isObject()) {
        throw fail(at + ".addressed must be an object from reply index to yes, partly or no");
      }
      for (Iterator<String> keys = a.fieldNames(); keys.hasNext(); ) {
        String k = keys.next();
        int reply;
        try {
          reply = Integer.parseInt(k);
        } catch (NumberFormatException e) {
          throw fail(at + ".addressed: \"" + k + "\" is not a message index");
        }
        try {
          addressed.put(reply, Addressed.fromId(a.get(k).asText("")));
        } catch (IllegalArgumentException e) {
          throw fail(at + ".addressed." + k + ": " + e.getMessage());
        }
      }
      Set<Integer> expected = new HashSet<>();
      for (int r = first.message() + 1; r < messages.size(); r++) {
        if (messages.get(r).from() == Party.RESPONDENT) {
          expected.add(r);
        }
      }
      if (!expected.equals(addressed.keySet())) {
        throw fail(at + ".addressed must name exactly the replies after message " + first.message() + ": "
            + new java.util.TreeSet<>(expected) + ", not " + new java.util.TreeSet<>(addressed.keySet()));
      }
      List<GoldThreadPoint.Occurrence> reraised = new ArrayList<>();
      JsonNode rr = node.path("reraised");
      for (int j = 0; j < rr.size(); j++) {
        GoldThreadPoint.Occurrence o = occurrence(rr.get(j), messages, Party.COMPLAINANT, at + ".reraised[" + j + "]");
        int previous = reraised.isEmpty() ? first.message() : reraised.get(reraised.size() - 1).message();
        if (o.message() <= previous) {
          throw fail(at + ".reraised[" + j + "] must be in a later message than " + previous);
        }
        reraised.add(o);
      }
      List<GoldThreadPoint.GoldContradiction> contradicted = new ArrayList<>();
      JsonNode cc = node.path("contradicted");
      for (int j = 0; j < cc.size(); j++) {
        String cAt = at + ".contradicted[" + j + "]";
        GoldThreadPoint.Occurrence later = occurrence(cc.get(j), messages, Party.RESPONDENT, cAt);
        GoldThreadPoint.Occurrence earlier = occurrence(cc.get(j).path("earlier"), messages, Party.RESPONDENT,
            cAt + ".earlier");
        if (!(first.message() < earlier.message() && earlier.message() < later.message())) {
          throw fail(cAt + ": the earlier reply must come after the point and before the later one");
        }
        contradicted.add(new GoldThreadPoint.GoldContradiction(later, earlier));
      }
      return new GoldThreadPoint(first.message(), first.span(), kind, addressed, reraised, contradicted);
    }

    private GoldThreadPoint.Occurrence occurrence(JsonNode node, List<Message> messages, Party from, String at) {
      if (!node.path("message").isInt()) {
        throw fail(at + ".message must be a message index");
      }
      int m = node.path("message").asInt();
      if (m < 0 || m >= messages.size()) {
        throw fail(at + ".message " + m + " is not in the thread (" + messages.size() + " messages)");
      }
      if (messages.get(m).from() != from) {
        throw fail(at + ".message " + m + " must be the " + from.id() + "'s");
      }
      int occurrence = node.path("occurrence").asInt(1);
      try {
        Span span = Quotes.locate(messages.get(m).text(), node.path("quote").asText(""), occurrence);
        return new GoldThreadPoint.Occurrence(m, span);
      } catch (IllegalArgumentException e) {
        throw fail(at + ".quote: " + e.getMessage().replace("the text", "message " + m));
      }
    }

    private CaseFormatException fail(String problem) {
      return new CaseFormatException(file, line, problem);
    }
  }
}
