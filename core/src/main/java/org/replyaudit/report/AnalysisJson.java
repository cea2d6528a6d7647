package org.replyaudit.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Objects;
import org.replyaudit.Analysis;
import org.replyaudit.ClaimLink;
import org.replyaudit.Diagnostic;
import org.replyaudit.Finding;
import org.replyaudit.Label;
import org.replyaudit.Point;
import org.replyaudit.Quote;
import org.replyaudit.ReplyClaim;
import org.replyaudit.Span;

/**
 * The JSON form of an {@link Analysis}, one object per pair, as {@code batch} writes it:
 * {@code {"id", "verdict", "coverage", "points": [...], "replyFindings": [...], "quotes": [...],
 * "diagnostics": [...]}}. Offsets are Java {@code char} offsets into the original complaint (points,
 * a quote's source) and reply (findings, answeredBy, quotes).
 */
public final class AnalysisJson {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private AnalysisJson() {}

  /** The analysis as a JSON tree; {@code id} may be null. */
  public static ObjectNode toTree(String id, Analysis a) {
    Objects.requireNonNull(a, "analysis");
    ObjectNode root = MAPPER.createObjectNode();
    if (id != null) {
      root.put("id", id);
    } else {
      root.putNull("id");
    }
    root.put("verdict", a.verdict().id());
    root.put("coverage", Math.round(a.coverage() * 1000) / 1000.0);
    ArrayNode points = root.putArray("points");
    for (Point p : a.points()) {
      ObjectNode n = spanned(points, p.span(), p.text());
      n.put("kind", p.kind().id());
      n.put("status", p.status().id());
      links(n.putArray("answeredBy"), p.answeredBy());
      n.put("why", p.why());
    }
    ArrayNode findings = root.putArray("replyFindings");
    for (ReplyClaim c : a.replyFindings()) {
      ObjectNode n = spanned(findings, c.span(), c.text());
      ArrayNode labels = n.putArray("labels");
      c.labels().stream().map(Label::id).forEach(labels::add);
      n.put("why", String.join("; ", c.findings().stream().map(Finding::why).toList()));
    }
    ArrayNode quotes = root.putArray("quotes");
    for (Quote q : a.quotes()) {
      links(spanned(quotes, q.span(), q.text()).putArray("source"), q.source());
    }
    ArrayNode diagnostics = root.putArray("diagnostics");
    for (Diagnostic d : a.diagnostics()) {
      diagnostics.addObject().put("code", d.code()).put("message", d.message());
    }
    return root;
  }

  /** A new object in {@code array} with the span's offsets and its text. */
  private static ObjectNode spanned(ArrayNode array, Span span, String text) {
    return array.addObject().put("start", span.start()).put("end", span.end()).put("text", text);
  }

  /** Each link as {@code {"start", "end", "score"}}, the score to three decimals. */
  private static void links(ArrayNode array, List<ClaimLink> links) {
    for (ClaimLink l : links) {
      array.addObject().put("start", l.span().start()).put("end", l.span().end())
          .put("score", Math.round(l.score() * 1000) / 1000.0);
    }
  }

  /** The analysis as one line of JSON. */
  public static String toJsonLine(String id, Analysis a) {
    return toTree(id, a).toString();
  }

  /** The analysis as indented JSON. */
  public static String toPrettyJson(String id, Analysis a) {
    return toTree(id, a).toPrettyString();
  }
}
