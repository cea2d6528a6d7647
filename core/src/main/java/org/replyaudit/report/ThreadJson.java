package org.replyaudit.report;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.replyaudit.Span;
import org.replyaudit.checklist.ChecklistItem;
import org.replyaudit.thread.Contradiction;
import org.replyaudit.thread.Exchange;
import org.replyaudit.thread.Message;
import org.replyaudit.thread.Raise;
import org.replyaudit.thread.RoundStatus;
import org.replyaudit.thread.ThreadAnalysis;
import org.replyaudit.thread.ThreadPoint;

/**
 * The JSON form of a {@link ThreadAnalysis}, one object per thread, as {@code batch} writes it for
 * a line with {@code messages}:
 *
 * <pre>{@code
 * {"id": "…", "messages": [{"from": "complainant", "chars": 812}, …],
 *  "rounds": [{"round": 1, "message": 1, "open": [1, 2], "checklist": {…}}],
 *  "points": [{"number": 1, "message": 0, "start": 120, "end": 163, "text": "…", "kind": "request",
 *              "status": "unanswered", "answeredIn": null,
 *              "history": [{"round": 1, "message": 1, "status": "partly", "answeredBy": [{"start", "end", "score"}]}],
 *              "reraised": [{"message": 2, "start", "end", "text", "overlap": 0.667}],
 *              "contradiction": null, "why": "…"}],
 *  "open": [2], "followUp": "Dear Sir or Madam, …"}
 * }</pre>
 *
 * A point's offsets index the message it was first raised in; {@code answeredBy} offsets index
 * that round's reply; a re-raise's offsets index its own message. A round's {@code checklist}
 * (the reply against the complainant message just before it) is there only when the analyzer
 * had a profile.
 */
public final class ThreadJson {
  private ThreadJson() {}

  /**
   * The thread as one line of JSON; {@code id} may be null.
   *
   * @param id the thread's id, or null
   * @param t the thread analysis
   * @return the JSON object on one line
   * @throws NullPointerException if {@code t} is null
   */
  public static String toJsonLine(String id, ThreadAnalysis t) {
    return write(id, t, false);
  }

  /**
   * The thread as indented JSON; {@code id} may be null.
   *
   * @param id the thread's id, or null
   * @param t the thread analysis
   * @return the JSON object, indented
   * @throws NullPointerException if {@code t} is null
   */
  public static String toPrettyJson(String id, ThreadAnalysis t) {
    return write(id, t, true);
  }

  private static String write(String id, ThreadAnalysis t, boolean pretty) {
    Objects.requireNonNull(t, "thread");
    return JsonWriting.render(pretty, g -> write(g, id, t));
  }

  private static void write(JsonGenerator g, String id, ThreadAnalysis t) throws IOException {
    g.writeStartObject();
    g.writeStringField("id", id);
    g.writeArrayFieldStart("messages");
    for (Message m : t.messages()) {
      g.writeStartObject();
      g.writeStringField("from", m.from().id());
      g.writeNumberField("chars", m.text().length());
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeArrayFieldStart("rounds");
    List<Integer> replies = t.replies();
    for (int k = 1; k <= replies.size(); k++) {
      int r = replies.get(k - 1);
      g.writeStartObject();
      g.writeNumberField("round", k);
      g.writeNumberField("message", r);
      g.writeArrayFieldStart("open");
      for (ThreadPoint p : t.openAfter(k)) {
        g.writeNumber(p.number());
      }
      g.writeEndArray();
      Optional<Exchange> e = t.exchangeFor(r);
      if (e.isPresent() && e.get().analysis().checklist().isPresent()) {
        var c = e.get().analysis().checklist().get();
        g.writeObjectFieldStart("checklist");
        g.writeNumberField("complaintMessage", e.get().complaintMessage());
        g.writeStringField("profile", c.profile());
        g.writeBooleanField("passed", c.passed());
        g.writeArrayFieldStart("items");
        for (ChecklistItem i : c.items()) {
          g.writeStartObject();
          g.writeStringField("element", i.element());
          g.writeStringField("status", i.status().id());
          g.writeArrayFieldStart("spans");
          for (Span s : i.spans()) {
            g.writeStartObject();
            g.writeNumberField("start", s.start());
            g.writeNumberField("end", s.end());
            g.writeEndObject();
          }
          g.writeEndArray();
          g.writeStringField("why", i.why());
          g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
      }
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeArrayFieldStart("points");
    for (ThreadPoint p : t.points()) {
      g.writeStartObject();
      g.writeNumberField("number", p.number());
      g.writeNumberField("message", p.message());
      g.writeNumberField("start", p.point().span().start());
      g.writeNumberField("end", p.point().span().end());
      g.writeStringField("text", p.point().text());
      g.writeStringField("kind", p.point().kind().id());
      g.writeStringField("status", p.status().id());
      if (p.answeredIn().isPresent()) {
        g.writeObjectFieldStart("answeredIn");
        g.writeNumberField("round", replies.indexOf(p.answeredIn().get()) + 1);
        g.writeNumberField("message", p.answeredIn().get());
        g.writeEndObject();
      } else {
        g.writeNullField("answeredIn");
      }
      g.writeArrayFieldStart("history");
      for (RoundStatus r : p.rounds()) {
        g.writeStartObject();
        g.writeNumberField("round", r.round());
        g.writeNumberField("message", r.message());
        g.writeStringField("status", r.status().id());
        JsonWriting.links(g, "answeredBy", r.answeredBy());
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeArrayFieldStart("reraised");
      for (Raise r : p.reraised()) {
        g.writeStartObject();
        g.writeNumberField("message", r.message());
        g.writeNumberField("start", r.span().start());
        g.writeNumberField("end", r.span().end());
        g.writeStringField("text", r.text());
        g.writeNumberField("overlap", JsonWriting.round(r.overlap()));
        g.writeEndObject();
      }
      g.writeEndArray();
      if (p.contradiction().isPresent()) {
        Contradiction c = p.contradiction().get();
        g.writeObjectFieldStart("contradiction");
        sentence(g, "earlier", c.earlierMessage(), c.earlier(), c.earlierText());
        sentence(g, "later", c.laterMessage(), c.later(), c.laterText());
        g.writeStringField("why", c.why());
        g.writeEndObject();
      } else {
        g.writeNullField("contradiction");
      }
      g.writeStringField("why", p.why());
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeArrayFieldStart("open");
    for (ThreadPoint p : t.open()) {
      g.writeNumber(p.number());
    }
    g.writeEndArray();
    g.writeStringField("followUp", FollowUp.letter(t));
    g.writeEndObject();
  }

  private static void sentence(JsonGenerator g, String field, int message, Span span, String text) throws IOException {
    g.writeObjectFieldStart(field);
    g.writeNumberField("message", message);
    g.writeNumberField("start", span.start());
    g.writeNumberField("end", span.end());
    g.writeStringField("text", text);
    g.writeEndObject();
  }
}
