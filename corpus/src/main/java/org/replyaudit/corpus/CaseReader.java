package org.replyaudit.corpus;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.replyaudit.Label;
import org.replyaudit.PointKind;
import org.replyaudit.Span;

/**
 * Reads and validates an annotated-cases JSONL file ({@code shared/corpus/SCHEMA.md}).
 *
 * <p>Every line is checked in full before anything is scored: it must be a JSON object with a
 * non-empty {@code id}, {@code complaint} and {@code reply}; every quote must be an exact
 * substring of its text, the {@code occurrence}-th one when that is given (1-based, default 1);
 * kinds, labels and {@code addressed} values must be those of the schema; {@code by} quotes must
 * be in the reply. Ids must be unique within a file. Blank lines are skipped. The first bad line
 * raises a {@link CaseFormatException} naming the file and line.
 */
public final class CaseReader {
  // Duplicate keys and trailing garbage are annotation slips worth catching, not tolerating.
  private CaseReader() {}

  /**
   * Reads every case of {@code file}.
   *
   * @throws CaseFormatException on the first bad line
   * @throws IOException if the file cannot be read
   */
  public static List<AnnotatedCase> read(Path file) throws IOException {
    Objects.requireNonNull(file, "file");
    try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      return read(in, file.toString());
    }
  }

  /**
   * Reads every case from {@code in}; {@code fileName} is only used in error messages.
   *
   * @throws CaseFormatException on the first bad line
   * @throws IOException if reading fails
   */
  public static List<AnnotatedCase> read(Reader in, String fileName) throws IOException {
    return CaseLines.read(in, fileName, (line, lineNo) -> parseLine(line, fileName, lineNo), AnnotatedCase::id);
  }

  /**
   * Parses and validates one line.
   *
   * @throws CaseFormatException if the line breaks the format
   */
  public static AnnotatedCase parseLine(String line, String fileName, int lineNo) {
    Objects.requireNonNull(line, "line");
    Objects.requireNonNull(fileName, "fileName");
    return new LineParser(fileName, lineNo).parse(line);
  }

  /** Parses one line; every failure becomes a CaseFormatException with the position. */
  private static final class LineParser {
    private final String file;
    private final int line;

    LineParser(String file, int line) {
      this.file = file;
      this.line = line;
    }

    AnnotatedCase parse(String text) {
      JsonNode root = CaseLines.object(text, file, line);
      String id = requiredText(root, "id", "");
      String where = "case \"" + id + "\": ";
      String complaint = requiredText(root, "complaint", where);
      String reply = requiredText(root, "reply", where);
      String domain = optionalText(root, "domain", where);
      List<String> respondent = respondent(root, where);

      JsonNode gold = root.get("gold");
      if (gold == null || !gold.isObject()) {
        throw fail(where + "\"gold\" must be an object with \"points\" and \"reply\"");
      }
      List<GoldPoint> points = new ArrayList<>();
      JsonNode pointsNode = array(gold, "points", where + "gold.");
      for (int i = 0; i < pointsNode.size(); i++) {
        points.add(point(pointsNode.get(i), complaint, reply, where + "gold.points[" + i + "]"));
      }
      List<GoldReplyItem> items = new ArrayList<>();
      JsonNode replyNode = array(gold, "reply", where + "gold.");
      for (int i = 0; i < replyNode.size(); i++) {
        items.add(replyItem(replyNode.get(i), reply, where + "gold.reply[" + i + "]"));
      }
      try {
        return AnnotatedCase.withAlignmentsFromBy(
            id, domain, respondent, complaint, reply, points, items);
      } catch (IllegalArgumentException e) {
        throw fail(where + e.getMessage());
      }
    }

    private GoldPoint point(JsonNode node, String complaint, String reply, String where) {
      if (!node.isObject()) {
        throw fail(where + " must be an object");
      }
      Span span = quoteSpan(node, complaint, "complaint", where);
      String kindId = requiredText(node, "kind", where + ".");
      PointKind kind = kind(kindId, where);
      String addressedId = requiredText(node, "addressed", where + ".");
      Addressed addressed;
      try {
        addressed = Addressed.fromId(addressedId);
      } catch (IllegalArgumentException e) {
        throw fail(where + ".addressed must be yes, partly or no, not \"" + addressedId + "\"");
      }
      List<Span> by = new ArrayList<>();
      JsonNode byNode = node.get("by");
      if (byNode != null && !byNode.isNull()) {
        if (!byNode.isArray()) {
          throw fail(where + ".by must be an array of reply quotes");
        }
        for (int j = 0; j < byNode.size(); j++) {
          by.add(byQuote(byNode.get(j), reply, where + ".by[" + j + "]"));
        }
      }
      return new GoldPoint(span, kind, addressed, by);
    }

    /** A {@code by} entry is a plain quote, or an object with quote and occurrence. */
    private Span byQuote(JsonNode node, String reply, String where) {
      if (node.isTextual()) {
        return locate(reply, node.asText(), 1, "reply", where);
      }
      if (node.isObject()) {
        return quoteSpan(node, reply, "reply", where);
      }
      throw fail(where + " must be a reply quote (a string)");
    }

    private GoldReplyItem replyItem(JsonNode node, String reply, String where) {
      if (!node.isObject()) {
        throw fail(where + " must be an object");
      }
      Span span = quoteSpan(node, reply, "reply", where);
      JsonNode labelsNode = node.get("labels");
      if (labelsNode == null || !labelsNode.isArray() || labelsNode.isEmpty()) {
        throw fail(where + ".labels must be a non-empty array of labels");
      }
      Set<Label> labels = new TreeSet<>();
      for (JsonNode l : labelsNode) {
        if (!l.isTextual()) {
          throw fail(where + ".labels must hold strings");
        }
        labels.add(label(l.asText(), where));
      }
      return new GoldReplyItem(span, labels);
    }

    private Span quoteSpan(JsonNode node, String text, String textName, String where) {
      String quote = requiredText(node, "quote", where + ".");
      int occurrence = 1;
      JsonNode occ = node.get("occurrence");
      if (occ != null && !occ.isNull()) {
        if (!occ.isIntegralNumber() || occ.asInt() < 1) {
          throw fail(where + ".occurrence must be a whole number of at least 1, not " + occ);
        }
        occurrence = occ.asInt();
      }
      return locate(text, quote, occurrence, textName, where);
    }

    private Span locate(String text, String quote, int occurrence, String textName, String where) {
      if (quote.isEmpty()) {
        throw fail(where + ": quote is empty");
      }
      try {
        return Quotes.locate(text, quote, occurrence);
      } catch (IllegalArgumentException e) {
        throw fail(where + ": " + e.getMessage().replace("the text", "the " + textName));
      }
    }

    private PointKind kind(String id, String where) {
      for (PointKind k : PointKind.values()) {
        if (k.id().equals(id)) {
          return k;
        }
      }
      throw fail(where + ".kind must be one of request, question, allegation, grievance,"
          + " context, not \"" + id + "\"");
    }

    private Label label(String id, String where) {
      for (Label l : Label.values()) {
        if (l.id().equals(id)) {
          return l;
        }
      }
      throw fail(where + ": unknown label \"" + id + "\"; the schema's labels are "
          + String.join(", ", Arrays.stream(Label.values()).map(Label::id).toList()));
    }

    private List<String> respondent(JsonNode root, String where) {
      JsonNode node = root.get("respondent");
      if (node == null || node.isNull()) {
        return List.of();
      }
      if (!node.isArray()) {
        throw fail(where + "\"respondent\" must be an array of names");
      }
      List<String> names = new ArrayList<>();
      for (JsonNode n : node) {
        if (!n.isTextual() || n.asText().isBlank()) {
          throw fail(where + "\"respondent\" must hold non-blank names");
        }
        names.add(n.asText());
      }
      return names;
    }

    private JsonNode array(JsonNode parent, String field, String where) {
      JsonNode node = parent.get(field);
      if (node == null || !node.isArray()) {
        throw fail(where + field + " must be an array");
      }
      return node;
    }

    private String requiredText(JsonNode node, String field, String where) {
      JsonNode v = node.get(field);
      if (v == null || v.isNull()) {
        throw fail(where + "\"" + field + "\" is missing");
      }
      if (!v.isTextual()) {
        throw fail(where + "\"" + field + "\" must be a string");
      }
      if (v.asText().isEmpty() && !field.equals("quote")) {
        throw fail(where + "\"" + field + "\" is empty");
      }
      return v.asText();
    }

    private String optionalText(JsonNode node, String field, String where) {
      JsonNode v = node.get(field);
      if (v == null || v.isNull()) {
        return "";
      }
      if (!v.isTextual()) {
        throw fail(where + "\"" + field + "\" must be a string");
      }
      return v.asText();
    }

    private CaseFormatException fail(String problem) {
      return new CaseFormatException(file, line, problem);
    }
  }
}
