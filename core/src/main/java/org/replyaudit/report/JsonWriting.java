package org.replyaudit.report;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import org.replyaudit.ClaimLink;

/** What the JSON writers share: one generator per document, links and scores written one way. */
final class JsonWriting {
  private static final JsonFactory FACTORY = new JsonFactory();

  private JsonWriting() {}

  /** Writes one JSON document's content. */
  interface Body {
    void write(JsonGenerator g) throws IOException;
  }

  /**
   * The document, on one line or indented. A lone surrogate in a letter cannot be written as UTF-8
   * (the writer would fail and lose the output): U+FFFD stands in for it, as for invalid UTF-8 on
   * input.
   */
  static String render(boolean pretty, Body body) {
    StringWriter out = new StringWriter();
    try (JsonGenerator g = FACTORY.createGenerator(out)) {
      if (pretty) {
        g.useDefaultPrettyPrinter();
      }
      body.write(g);
    } catch (IOException e) {
      throw new UncheckedIOException(e); // a StringWriter does not fail
    }
    return Report.wellFormed(out.toString());
  }

  /** Each link as {@code {"start", "end", "score"}}, the score to three decimals. */
  static void links(JsonGenerator g, String field, List<ClaimLink> links) throws IOException {
    g.writeArrayFieldStart(field);
    for (ClaimLink l : links) {
      g.writeStartObject();
      g.writeNumberField("start", l.span().start());
      g.writeNumberField("end", l.span().end());
      g.writeNumberField("score", round(l.score()));
      g.writeEndObject();
    }
    g.writeEndArray();
  }

  static double round(double x) {
    return Math.round(x * 1000) / 1000.0;
  }
}
