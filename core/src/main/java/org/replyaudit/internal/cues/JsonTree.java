package org.replyaudit.internal.cues;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Reads one JSON document into plain Java values ({@code Map} in key order, {@code List},
 * {@code String}, {@code Number}, {@code Boolean}, {@code null}) with jackson-core's streaming
 * parser: core carries no data binding. Duplicate keys and trailing content are errors, since in
 * a hand-written profile or cue file they are slips worth catching. Used for checklist profiles
 * and for the knowledge files under {@code org/replyaudit/internal/}.
 */
public final class JsonTree {
  private static final JsonFactory FACTORY = JsonFactory.builder()
      .enable(com.fasterxml.jackson.core.StreamReadFeature.STRICT_DUPLICATE_DETECTION)
      .build();

  private JsonTree() {}

  /**
   * The document in {@code in}, UTF-8.
   *
   * @param what what the document is ("profile", "cue file"), named in every error message
   * @throws IllegalArgumentException if it is not one well-formed JSON value, naming the line
   *     and column
   * @throws IOException if reading fails
   */
  public static Object read(InputStream in, String what) throws IOException {
    // Decoded strictly as UTF-8 here rather than by Jackson, which guesses UTF-16 and UTF-32 from
    // the first bytes and reports their errors as I/O failures. These documents are small.
    String text;
    try {
      text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(in.readAllBytes())).toString();
    } catch (CharacterCodingException e) {
      throw new IllegalArgumentException("bad " + what + ": not valid UTF-8", e);
    }
    if (text.startsWith("\uFEFF")) {
      text = text.substring(1);  // a byte-order mark some editors write is not content
    }
    try (JsonParser p = FACTORY.createParser(text)) {
      JsonToken first = p.nextToken();
      if (first == null) {
        throw new IllegalArgumentException("bad " + what + ": the " + what + " is empty: expected a JSON object");
      }
      Object value = value(p, first, what);
      if (p.nextToken() != null) {
        throw new IllegalArgumentException("bad " + what + ": unexpected content after the JSON object " + where(p.currentLocation()));
      }
      return value;
    } catch (JsonProcessingException e) {  // malformed JSON, or past Jackson's limits (nesting, length)
      throw new IllegalArgumentException("bad " + what + ": not valid JSON: " + e.getOriginalMessage() + " "
          + where(e.getLocation()), e);
    }
  }

  /**
   * Reads a knowledge file shipped next to {@code anchor} and turns it into {@code T}. A missing
   * or malformed file is a build defect, not bad input: it fails at class load, naming the file.
   *
   * @param what what the file is ("cue file", "label file"), named in error messages
   * @param parse turns the document into {@code T}; throws IllegalArgumentException on bad content
   * @throws IllegalStateException if the resource is missing, not JSON, or {@code parse} refuses it
   */
  public static <T> T readResource(Class<?> anchor, String resource, String what, Function<Object, T> parse) {
    try (InputStream in = anchor.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + resource);
      }
      return parse.apply(read(in, what));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + resource, e);
    } catch (IllegalArgumentException e) {
      throw new IllegalStateException(resource + ": " + e.getMessage(), e);
    }
  }

  private static Object value(JsonParser p, JsonToken t, String what) throws IOException {
    if (t == null) {
      throw new IllegalArgumentException("bad " + what + ": the JSON ends too early " + where(p.currentLocation()));
    }
    switch (t) {
      case START_OBJECT: {
        Map<String, Object> map = new LinkedHashMap<>();
        while (p.nextToken() == JsonToken.FIELD_NAME) {
          String name = p.currentName();
          map.put(name, value(p, p.nextToken(), what));
        }
        return Collections.unmodifiableMap(map);
      }
      case START_ARRAY: {
        List<Object> list = new ArrayList<>();
        for (JsonToken e = p.nextToken(); e != JsonToken.END_ARRAY; e = p.nextToken()) {
          list.add(value(p, e, what));
        }
        return Collections.unmodifiableList(list);
      }
      case VALUE_STRING:
        return p.getText();
      case VALUE_NUMBER_INT:
      case VALUE_NUMBER_FLOAT:
        return p.getNumberValue();
      case VALUE_TRUE:
        return Boolean.TRUE;
      case VALUE_FALSE:
        return Boolean.FALSE;
      case VALUE_NULL:
        return null;
      default:
        throw new IllegalArgumentException("bad " + what + ": unexpected " + t + " " + where(p.currentLocation()));
    }
  }

  private static String where(JsonLocation l) {
    return l == null ? "" : "(line " + l.getLineNr() + ", column " + l.getColumnNr() + ")";
  }
}
