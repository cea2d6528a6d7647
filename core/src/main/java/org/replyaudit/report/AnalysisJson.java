package org.replyaudit.report;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.util.Objects;
import org.replyaudit.Analysis;
import org.replyaudit.Diagnostic;
import org.replyaudit.Finding;
import org.replyaudit.Label;
import org.replyaudit.Point;
import org.replyaudit.Quote;
import org.replyaudit.ReplyClaim;
import org.replyaudit.Span;
import org.replyaudit.checklist.Checklist;
import org.replyaudit.checklist.ChecklistItem;

/**
 * The JSON form of an {@link Analysis}, one object per pair, as {@code batch} writes it:
 * {@code {"id", "verdict", "coverage", "points": [...], "replyFindings": [...], "quotes": [...],
 * "diagnostics": [...]}}, and {@code "checklist": {...}} last when the analyzer had a profile
 * (without one the output is exactly what it was before profiles existed). Offsets are Java
 * {@code char} offsets into the original complaint (points, a quote's source) and reply
 * (findings, answeredBy, quotes, checklist spans).
 *
 * <p>Written with Jackson's streaming generator (jackson-core only: the library carries no data
 * binding).
 */
public final class AnalysisJson {
  private AnalysisJson() {}

  /**
   * The analysis as one line of JSON; {@code id} may be null.
   *
   * @param id the pair's id, written first; may be null
   * @param a the analysis
   * @return one line of JSON, without a line break
   */
  public static String toJsonLine(String id, Analysis a) {
    return write(id, a, false);
  }

  /**
   * The analysis as indented JSON; {@code id} may be null.
   *
   * @param id the pair's id, written first; may be null
   * @param a the analysis
   * @return the same object as {@link #toJsonLine}, indented
   */
  public static String toPrettyJson(String id, Analysis a) {
    return write(id, a, true);
  }

  private static String write(String id, Analysis a, boolean pretty) {
    Objects.requireNonNull(a, "analysis");
    return JsonWriting.render(pretty, g -> write(g, id, a));
  }

  private static void write(JsonGenerator g, String id, Analysis a) throws IOException {
    g.writeStartObject();
    g.writeStringField("id", id);
    g.writeStringField("verdict", a.verdict().id());
    g.writeNumberField("coverage", JsonWriting.round(a.coverage()));
    g.writeArrayFieldStart("points");
    for (Point p : a.points()) {
      spanned(g, p.span(), p.text());
      g.writeStringField("kind", p.kind().id());
      g.writeStringField("status", p.status().id());
      JsonWriting.links(g, "answeredBy", p.answeredBy());
      g.writeStringField("why", p.why());
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeArrayFieldStart("replyFindings");
    for (ReplyClaim c : a.replyFindings()) {
      spanned(g, c.span(), c.text());
      g.writeArrayFieldStart("labels");
      for (Label l : c.labels()) {
        g.writeString(l.id());
      }
      g.writeEndArray();
      g.writeStringField("why", String.join("; ", c.findings().stream().map(Finding::why).toList()));
      JsonWriting.links(g, "closest", c.closest());
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeArrayFieldStart("quotes");
    for (Quote q : a.quotes()) {
      spanned(g, q.span(), q.text());
      JsonWriting.links(g, "source", q.source());
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeArrayFieldStart("diagnostics");
    for (Diagnostic d : a.diagnostics()) {
      g.writeStartObject();
      g.writeStringField("code", d.code());
      g.writeStringField("message", d.message());
      g.writeEndObject();
    }
    g.writeEndArray();
    if (a.checklist().isPresent()) {
      checklist(g, a.reply(), a.checklist().get());
    }
    g.writeEndObject();
  }

  /**
   * {@code "checklist": {"profile", "name", "passed", "items": [{"element", "name", "status",
   * "spans": [{"start", "end", "text"}], "why"}]}}.
   */
  private static void checklist(JsonGenerator g, String reply, Checklist c) throws IOException {
    g.writeObjectFieldStart("checklist");
    g.writeStringField("profile", c.profile());
    g.writeStringField("name", c.profileName());
    g.writeBooleanField("passed", c.passed());
    g.writeArrayFieldStart("items");
    for (ChecklistItem i : c.items()) {
      g.writeStartObject();
      g.writeStringField("element", i.element());
      g.writeStringField("name", i.name());
      g.writeStringField("status", i.status().id());
      g.writeArrayFieldStart("spans");
      for (Span s : i.spans()) {
        spanned(g, s, s.of(reply));
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeStringField("why", i.why());
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  /** Opens an object with the span's offsets and its text; the caller closes it. */
  private static void spanned(JsonGenerator g, Span span, String text) throws IOException {
    g.writeStartObject();
    g.writeNumberField("start", span.start());
    g.writeNumberField("end", span.end());
    g.writeStringField("text", text);
  }
}
