package org.replyaudit.corpus;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.replyaudit.Span;

/**
 * One complaint, its reply and the gold annotation, with every quote resolved to a span.
 *
 * @param id unique within its file or dataset split
 * @param domain free-text description of the setting (may be empty)
 * @param respondent the names the responding organisation uses for itself in this pair
 * @param complaint the complaint text; point spans index it
 * @param reply the reply text; reply item and {@code by} spans index it
 * @param points the annotated complaint points in file order
 * @param replyItems the annotated reply sentences in file order
 * @param alignments gold links from reply sentences to complaint spans, for the alignment metric
 */
public record AnnotatedCase(
    String id,
    String domain,
    List<String> respondent,
    String complaint,
    String reply,
    List<GoldPoint> points,
    List<GoldReplyItem> replyItems,
    List<GoldAlignment> alignments) {
  public AnnotatedCase {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(domain, "domain");
    respondent = List.copyOf(Objects.requireNonNull(respondent, "respondent"));
    Objects.requireNonNull(complaint, "complaint");
    Objects.requireNonNull(reply, "reply");
    points = List.copyOf(Objects.requireNonNull(points, "points"));
    replyItems = List.copyOf(Objects.requireNonNull(replyItems, "replyItems"));
    alignments = List.copyOf(Objects.requireNonNull(alignments, "alignments"));
    // A span past the end of its text would make every later comparison meaningless.
    for (GoldPoint p : points) {
      within(p.span(), complaint, "point");
      p.by().forEach(s -> within(s, reply, "by"));
    }
    replyItems.forEach(r -> within(r.span(), reply, "reply item"));
    for (GoldAlignment a : alignments) {
      within(a.reply(), reply, "alignment reply");
      a.complaint().forEach(s -> within(s, complaint, "alignment complaint"));
    }
  }

  /**
   * An annotated case whose alignments are derived from the points' {@code by} links: each
   * distinct reply span that addresses some point, linked to every point it addresses.
   */
  public static AnnotatedCase withAlignmentsFromBy(
      String id, String domain, List<String> respondent, String complaint, String reply,
      List<GoldPoint> points, List<GoldReplyItem> replyItems) {
    Objects.requireNonNull(points, "points");
    Map<Span, List<Span>> links = new LinkedHashMap<>();
    for (GoldPoint p : points) {
      for (Span by : p.by()) {
        links.computeIfAbsent(by, k -> new ArrayList<>()).add(p.span());
      }
    }
    List<GoldAlignment> alignments = links.entrySet().stream()
        .map(e -> new GoldAlignment(e.getKey(), e.getValue()))
        .toList();
    return new AnnotatedCase(id, domain, respondent, complaint, reply, points, replyItems,
        alignments);
  }

  private static void within(Span span, String text, String what) {
    if (span.end() > text.length()) {
      throw new IllegalArgumentException(
          what + " span " + span + " runs past the end of its text (" + text.length() + " chars)");
    }
  }
}
