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

  // Typed access to a read document, for the readers of profiles, labels and cue files. Each
  // failure is an IllegalArgumentException naming where the value is ("elements[2].match[1]").

  /** {@code json} as an object, or a failure saying {@code what} must be one. */
  @SuppressWarnings("unchecked")
  public static Map<String, Object> object(Object json, String what) {
    if (!(json instanceof Map)) {
      throw new IllegalArgumentException(what + " must be a JSON object");
    }
    return (Map<String, Object>) json;
  }

  /** {@code json} as an array, or a failure saying {@code what} must be one. */
  @SuppressWarnings("unchecked")
  public static List<Object> list(Object json, String what) {
    if (!(json instanceof List)) {
      throw new IllegalArgumentException(what + " must be a JSON array");
    }
    return (List<Object>) json;
  }

  /** {@code json} as an array of non-empty strings. */
  public static List<String> strings(Object json, String what) {
    List<String> out = new ArrayList<>();
    List<Object> l = list(json, what);
    for (int i = 0; i < l.size(); i++) {
      if (!(l.get(i) instanceof String s) || s.isBlank()) {
        throw new IllegalArgumentException(what + "[" + i + "] must be a non-empty string");
      }
      out.add(s);
    }
    return out;
  }

  /**
   * A string field of {@code m}; null when optional and absent.
   *
   * @param where where {@code m} is, ending in "." to read "where.field", else "where field"
   */
  public static String text(Map<String, Object> m, String field, String where, boolean required) {
    Object v = m.get(field);
    if (v == null) {
      if (required) {
        throw new IllegalArgumentException(where + (where.endsWith(".") ? "" : " ") + field + " is missing");
      }
      return null;
    }
    if (!(v instanceof String s) || (required && s.isBlank())) {
      throw new IllegalArgumentException(where + (where.endsWith(".") ? "" : " ") + field + " must be a non-empty string");
    }
    return s;
  }

  /** A true/false field of {@code m}, {@code absent} when missing (null: required). */
  public static boolean flag(Map<String, Object> m, String field, String where, Boolean absent) {
    Object v = m.get(field);
    if (v == null && absent != null) {
      return absent;
    }
    if (!(v instanceof Boolean b)) {
      throw new IllegalArgumentException(where + (where.endsWith(".") ? "" : " ") + field + " must be true or false");
    }
    return b;
  }

  /** Fails on a field of {@code m} not in {@code allowed}: a misspelt field would otherwise be ignored. */
  public static void fields(Map<String, Object> m, java.util.Set<String> allowed, String where) {
    for (String k : m.keySet()) {
      if (!allowed.contains(k)) {
        throw new IllegalArgumentException(where + ": unknown field \"" + k + "\"; the fields are "
            + String.join(", ", allowed.stream().sorted().toList()));
      }
    }
  }
}
