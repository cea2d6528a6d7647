package org.replyaudit.corpus;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

/**
 * How every annotated file is read: one JSON object a line, blank lines skipped, ids unique, the
 * first bad line a {@link CaseFormatException} naming the file and line.
 */
final class CaseLines {
  /** A key twice in one object, or anything after the object, is an error, not a silent choice. */
  private static final ObjectMapper JSON = JsonMapper.builder()
      .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
      .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
      .build();

  private CaseLines() {}

  /**
   * The line as a JSON object.
   *
   * @throws CaseFormatException naming the file and line if it is not valid JSON or not an object
   */
  static JsonNode object(String text, String file, int line) {
    JsonNode root;
    try {
      root = JSON.readTree(text);
    } catch (JsonProcessingException e) {
      throw new CaseFormatException(file, line, "not valid JSON: " + e.getOriginalMessage());
    }
    if (root == null || !root.isObject()) {
      throw new CaseFormatException(file, line, "not a JSON object");
    }
    return root;
  }

  /** Parses one non-blank line, numbered from 1. */
  interface Parser<T> {
    T parse(String line, int lineNo);
  }

  static <T> List<T> read(Reader in, String fileName, Parser<T> parser, Function<T, String> id) throws IOException {
    Objects.requireNonNull(in, "in");
    Objects.requireNonNull(fileName, "fileName");
    BufferedReader lines = in instanceof BufferedReader b ? b : new BufferedReader(in);
    List<T> out = new ArrayList<>();
    Set<String> ids = new HashSet<>();
    int lineNo = 0;
    for (String line = lines.readLine(); line != null; line = lines.readLine()) {
      lineNo++;
      if (line.isBlank()) {
        continue;
      }
      T item = parser.parse(line, lineNo);
      if (!ids.add(id.apply(item))) {
        throw new CaseFormatException(fileName, lineNo, "duplicate id \"" + id.apply(item) + "\"");
      }
      out.add(item);
    }
    return List.copyOf(out);
  }
}
