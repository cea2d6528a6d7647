package org.replyaudit.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.replyaudit.ReplyAnalyzer;
import org.replyaudit.report.AnalysisJson;
import org.replyaudit.report.ThreadJson;
import org.replyaudit.thread.Message;
import org.replyaudit.thread.Party;
import org.replyaudit.report.Report;

/**
 * Turns one input line of {@code batch} into exactly one output line: the analysis, or an error
 * object {@code {"line": N, "id": …, "error": "…"}} in its place. Never throws for any line,
 * and never lets an analysis's {@link StackOverflowError} or {@link OutOfMemoryError} escape:
 * those become error lines too, so one letter cannot end an archive run. A line is a pair
 * ({@code complaint} and {@code reply}) or a thread ({@code messages}: an array of
 * {@code {"from": "complainant"|"respondent", "text": …}}, the first the complainant's), never both.
 *
 * <p>A line must hold exactly one JSON object: {@code {…}{…}} or {@code {…} trailing} is an
 * error, as is an {@code id} that is not a string or a number. Error messages are plain words with
 * the column (counted in chars from 1) where the problem is.
 */
final class BatchLines {
  /** Deepest nesting read; a letter pair is two levels deep. */
  private static final int MAX_DEPTH = 1000;
  // The line's own size limit (BatchInput) bounds every string, so Jackson's 20M-char limit on
  // one string must not reject a letter that --max-chars allows.
  private static final ObjectMapper MAPPER = new ObjectMapper(JsonFactory.builder()
      .streamReadConstraints(StreamReadConstraints.builder()
          .maxStringLength(Integer.MAX_VALUE).maxNestingDepth(MAX_DEPTH).build())
      .build());

  /** The analysis of one pair as a JSON line; the real one is {@link AnalysisJson#toJsonLine}. */
  interface Analyze {
    String jsonLine(String id, String complaint, String reply, List<String> respondent);

    /** The analysis of one thread as a JSON line; the real one is {@link ThreadJson#toJsonLine}. */
    default String threadJsonLine(String id, List<Message> messages, List<String> respondent) {
      throw new UnsupportedOperationException("threads are not analysed here");
    }
  }

  private final Analyze analyze;

  BatchLines(ReplyAnalyzer analyzer) {
    this(new Analyze() {
      @Override
      public String jsonLine(String id, String complaint, String reply, List<String> respondent) {
        return AnalysisJson.toJsonLine(id, analyzer.analyze(complaint, reply, respondent));
      }

      @Override
      public String threadJsonLine(String id, List<Message> messages, List<String> respondent) {
        return ThreadJson.toJsonLine(id, analyzer.analyzeThread(messages, respondent));
      }
    });
  }

  BatchLines(Analyze analyze) {
    this.analyze = Objects.requireNonNull(analyze, "analyze");
  }

  /** The result of one line: its output JSON (one line, well-formed UTF-16) and whether it is an error line. */
  record Output(String json, boolean error) {}

  /**
   * A line that parsed: what to analyse, a pair ({@code complaint} and {@code reply}) or a
   * thread ({@code messages}, null for a pair).
   */
  record Request(long line, String id, String complaint, String reply, List<String> respondent,
      List<Message> messages) {}

  /** A line that did not parse: its number, its id if one was read, and why. */
  record Rejected(long line, String id, String message) {
    Output output() {
      return error(line, id, message);
    }
  }

  /** One line, parsed and analysed. */
  Output process(long lineNumber, String line) {
    Object parsed = parse(lineNumber, line);
    return parsed instanceof Request r ? analyze(r) : ((Rejected) parsed).output();
  }

  /** The line's {@link Request}, or the {@link Rejected} reason there is none. */
  static Object parse(long lineNumber, String line) {
    try {
      if (line == null || line.isBlank()) {
        return new Rejected(lineNumber, null, "empty line");
      }
      JsonNode node;
      try (JsonParser p = MAPPER.createParser(line)) {
        node = MAPPER.readTree(p);
        JsonToken extra;
        try {
          extra = p.nextToken();
        } catch (JsonProcessingException e) {
          extra = JsonToken.NOT_AVAILABLE;
        }
        if (extra != null) {
          return new Rejected(lineNumber, null, "more than one JSON value on the line: text after the first value, at column "
              + column(p.currentTokenLocation(), line));
        }
      } catch (JsonProcessingException e) {
        return new Rejected(lineNumber, null, malformed(e, line));
      }
      if (node == null || !node.isObject()) {
        return new Rejected(lineNumber, null, "not a JSON object (the line holds " + kind(node) + ")");
      }
      JsonNode idNode = node.get("id");
      String id = null;
      if (idNode != null && !idNode.isNull()) {
        if (!idNode.isTextual() && !idNode.isNumber()) {
          return new Rejected(lineNumber, null, "\"id\" must be a string or a number, not " + kind(idNode));
        }
        id = idNode.asText();
      }
      List<Message> messages = null;
      if (node.has("messages")) {
        if (node.has("complaint") || node.has("reply")) {
          return new Rejected(lineNumber, id, "give either \"messages\" or \"complaint\" and \"reply\", not both");
        }
        try {
          messages = messages(node.get("messages"));
        } catch (IllegalArgumentException e) {
          return new Rejected(lineNumber, id, e.getMessage());
        }
      }
      for (String field : messages != null ? List.<String>of() : List.of("complaint", "reply")) {
        JsonNode n = node.get(field);
        if (n == null || n.isNull()) {
          return new Rejected(lineNumber, id, "missing field \"" + field + "\"");
        }
        if (!n.isTextual()) {
          return new Rejected(lineNumber, id, "\"" + field + "\" must be a string, not " + kind(n));
        }
      }
      List<String> respondent = new ArrayList<>();
      JsonNode r = node.get("respondent");
      if (r != null && !r.isNull()) {
        if (!r.isArray()) {
          return new Rejected(lineNumber, id, "\"respondent\" must be an array of names, not " + kind(r));
        }
        for (JsonNode n : r) {
          if (!n.isTextual()) {
            return new Rejected(lineNumber, id, "\"respondent\" must hold only strings, not " + kind(n));
          }
          if (!n.asText().isBlank()) {
            respondent.add(n.asText());
          }
        }
      }
      return messages != null ? new Request(lineNumber, id, null, null, List.copyOf(respondent), messages)
          : new Request(lineNumber, id, node.get("complaint").asText(), node.get("reply").asText(),
              List.copyOf(respondent), null);
    } catch (IOException | RuntimeException e) {
      return new Rejected(lineNumber, null, "unreadable line: " + e.getClass().getSimpleName());
    } catch (StackOverflowError e) {
      return new Rejected(lineNumber, null, "JSON nested too deeply to read");
    }
  }

  /** The analysis of a parsed line, or an error line in its place. */
  Output analyze(Request r) {
    try {
      String json = r.messages() != null ? analyze.threadJsonLine(r.id(), r.messages(), r.respondent())
          : analyze.jsonLine(r.id(), r.complaint(), r.reply(), r.respondent());
      return new Output(Report.wellFormed(json), false);
    } catch (RuntimeException e) {
      // One bad letter must not stop an archive run: report it in its place and go on.
      return error(r.line(), r.id(), e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
    } catch (StackOverflowError e) {
      return error(r.line(), r.id(), "the analysis ran out of stack (StackOverflowError); please report this letter");
    } catch (OutOfMemoryError e) {
      return error(r.line(), r.id(), "out of memory analysing this line; give Java more heap (java -Xmx4g -jar …)");
    }
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

  /** An error line. */
  static Output error(long lineNumber, String id, String message) {
    ObjectNode o = MAPPER.createObjectNode();
    o.put("line", lineNumber);
    if (id != null) {
      o.put("id", id);
    }
    o.put("error", message);
    return new Output(Report.wellFormed(o.toString()), true);
  }

  private static String kind(JsonNode n) {
    if (n == null || n.isMissingNode()) {
      return "nothing";
    }
    return switch (n.getNodeType()) {
      case ARRAY -> "an array";
      case OBJECT -> "an object";
      case BOOLEAN -> "a boolean";
      case NUMBER -> "a number";
      case STRING -> "a string";
      case NULL -> "null";
      default -> "a " + n.getNodeType().name().toLowerCase(Locale.ROOT);
    };
  }

  /** Column of a location within the one-line input, from 1 (Jackson counts a bare CR as a new line). */
  private static long column(JsonLocation at, String line) {
    long offset = at == null ? -1 : at.getCharOffset();
    return offset < 0 ? 1 : Math.min(offset, line.length()) + 1;
  }

  private static final Pattern CODE = Pattern.compile(" \\(code \\d+\\)");
  private static final Pattern CONTROL = Pattern.compile("\\(\\(CTRL-CHAR, code (\\d+)\\)\\)");

  /**
   * Jackson's message in plain words: without its internal names (features, types, "code 125",
   * source descriptions), with the column.
   */
  static String malformed(JsonProcessingException e, String line) {
    long column = column(e.getLocation(), line);
    if (e instanceof JsonEOFException) {
      return "malformed JSON: the line ends at column " + column + " before the JSON value does"
          + " (an unclosed string, object or array)";
    }
    if (e instanceof StreamConstraintsException) {
      return "malformed JSON at column " + column + ": "
          + (String.valueOf(e.getOriginalMessage()).contains("depth")
              ? "nested deeper than " + MAX_DEPTH + " levels" : "a number too long to read");
    }
    String m = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
    for (String cut : List.of("\n", " (for root starting at", " (start marker at", ": enable ", " (bound as")) {
      int at = m.indexOf(cut);
      if (at > 0) {
        m = m.substring(0, at);
      }
    }
    Matcher control = CONTROL.matcher(m);
    if (control.find()) {
      m = control.replaceFirst(String.format(Locale.ROOT, "(control character U+%04X)", Integer.parseInt(control.group(1))));
    }
    m = CODE.matcher(m).replaceAll("");
    if (m.isBlank() || m.contains("`") || m.contains("Feature") || m.contains("com.fasterxml")) {
      m = "not valid JSON";
    }
    m = Character.toLowerCase(m.charAt(0)) + m.substring(1);
    return "malformed JSON at column " + column + ": " + m;
  }
}
