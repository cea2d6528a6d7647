package org.replyaudit.report;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.replyaudit.Analysis;
import org.replyaudit.ClaimLink;
import org.replyaudit.Diagnostic;
import org.replyaudit.Finding;
import org.replyaudit.Label;
import org.replyaudit.Point;
import org.replyaudit.Quote;
import org.replyaudit.ReplyClaim;
import org.replyaudit.Span;
import org.replyaudit.Status;
import org.replyaudit.Verdict;
import org.replyaudit.checklist.ChecklistItem;

/**
 * One self-contained HTML page: the summary on top, the complaint and the reply side by side
 * with every point and reply claim highlighted in place, a detail panel that follows the
 * selection, and the full evidence below. Inline CSS and script only, so the file can be mailed,
 * archived or opened offline; nothing is fetched.
 *
 * <p>The letters are rendered by walking the spans in text order and wrapping each covered range
 * in an element, so the page's text content of each letter equals the letter exactly (status
 * icons and labels come from CSS, not from inserted text). Every character from a letter goes
 * through {@link #escape}, so a letter cannot inject markup or script.
 *
 * <p>Element contract (used by the browser test and available to anyone styling the page):
 * {@code [data-point="pN"]} for point N (1-based, text order) with {@code data-status},
 * {@code data-kind}, {@code data-answered-by} and {@code data-related} (space-separated claim
 * ids); {@code [data-claim="cN"]} for reply claim N with {@code data-labels}, {@code data-answers}
 * and {@code data-compared} (point ids); {@code #detail-pN}/{@code #detail-cN} the evidence entry;
 * {@code #detail-body} the panel. Selecting a point adds {@code is-answer} to the claims that
 * answer it and {@code is-related} to those that were compared with it. With a checklist,
 * {@code [data-checklist-item="ELEMENT"]} for each element with {@code data-status} (present,
 * absent, not_applicable) and {@code data-claims} (the claim ids that show it).
 */
final class HtmlReport {
  private final Analysis a;
  private final String title;
  private final Summary summary;
  private final List<Set<Integer>> answeredBy = new ArrayList<>(); // per point: claim indexes
  private final List<Set<Integer>> related = new ArrayList<>();    // per point: claim indexes
  private final List<Set<Integer>> answers = new ArrayList<>();    // per claim: point indexes
  private final List<Set<Integer>> compared = new ArrayList<>();   // per claim: point indexes
  private final StringBuilder b = new StringBuilder(32_768);

  private HtmlReport(Analysis a, String title) {
    this.a = a;
    this.title = title;
    this.summary = Summary.of(a);
    link();
  }

  static String render(Analysis a, String title) {
    Objects.requireNonNull(a, "analysis");
    Objects.requireNonNull(title, "title");
    // A lone surrogate in a letter cannot be written as UTF-8: U+FFFD stands in for it.
    return Report.wellFormed(new HtmlReport(a, title).write());
  }

  /** Resolves the spans in the analysis to element ids, in both directions. */
  private void link() {
    for (int i = 0; i < a.points().size(); i++) {
      answeredBy.add(new LinkedHashSet<>());
      related.add(new LinkedHashSet<>());
    }
    for (int i = 0; i < a.replyClaims().size(); i++) {
      answers.add(new LinkedHashSet<>());
      compared.add(new LinkedHashSet<>());
    }
    for (int p = 0; p < a.points().size(); p++) {
      for (ClaimLink l : a.points().get(p).answeredBy()) {
        int c = bestMatch(claimSpans(), l.span());
        if (c >= 0) {
          answeredBy.get(p).add(c);
          answers.get(c).add(p);
        }
      }
    }
    for (int c = 0; c < a.replyClaims().size(); c++) {
      for (Finding f : a.replyClaims().get(c).findings()) {
        for (Span s : f.comparedWith()) {
          int p = bestMatch(pointSpans(), s);
          if (p >= 0 && !answeredBy.get(p).contains(c)) {
            related.get(p).add(c);
            compared.get(c).add(p);
          }
        }
      }
    }
  }

  private List<Span> claimSpans() {
    return a.replyClaims().stream().map(ReplyClaim::span).toList();
  }

  private List<Span> pointSpans() {
    return a.points().stream().map(Point::span).toList();
  }

  /** The index of the span equal to {@code target}, else the one overlapping it most, else -1. */
  private static int bestMatch(List<Span> spans, Span target) {
    int best = -1;
    int bestOverlap = 0;
    for (int i = 0; i < spans.size(); i++) {
      if (spans.get(i).equals(target)) {
        return i;
      }
      int o = spans.get(i).overlap(target);
      if (o > bestOverlap) {
        best = i;
        bestOverlap = o;
      }
    }
    return best;
  }

  private String write() {
    b.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        // No network: the policy forbids every fetch and allows only this page's own inline code.
        .append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; ")
        .append("style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:\">\n")
        .append("<meta name=\"generator\" content=\"ReplyAudit\">\n")
        .append("<title>").append(escape(title)).append("</title>\n<style>").append(CSS).append("</style>\n");
    if (a.checklist().isPresent()) {
      // Only with a checklist, so a report without one stays exactly as it was.
      b.append("<style>").append(CHECKLIST_CSS).append("</style>\n");
    }
    b.append("</head>\n<body>\n");
    header();
    legend();
    letters();
    evidence();
    b.append("<footer class=\"foot\">Generated by ReplyAudit. Highlights mark the exact character ranges ")
        .append("the findings rest on; the letters are reproduced unaltered.</footer>\n");
    b.append("<script>").append(SCRIPT).append("</script>\n</body>\n</html>\n");
    return b.toString();
  }

  private void coverage() {
    String pct = Summary.percent(a.coverage());
    b.append("<div class=\"coverage\"><small>Coverage</small><strong>").append(pct)
        .append("</strong><span class=\"bar\" role=\"img\" aria-label=\"").append(pct)
        .append(" covered\"><span style=\"width:").append(pct).append("\"></span></span><span class=\"of\">of ")
        .append(summary.needing()).append(" point").append(summary.needing() == 1 ? "" : "s")
        .append(" needing an answer</span></div>\n");
  }

  private void header() {
    Status v = Summary.status(a.verdict());
    b.append("<header class=\"top\">\n<p class=\"kicker\">ReplyAudit report</p>\n<h1>")
        .append(escape(title)).append("</h1>\n");
    b.append("<section class=\"summary\" aria-label=\"Summary\">\n");
    b.append("<div class=\"verdict st-").append(v.id()).append("\" id=\"verdict\" data-verdict=\"")
        .append(a.verdict().id()).append("\"><span class=\"icon\" aria-hidden=\"true\">")
        .append(Summary.icon(v)).append("</span><span><small>Verdict</small>")
        .append(Summary.words(a.verdict())).append("</span></div>\n");
    if (a.verdict() == Verdict.NOT_APPLICABLE) {
      // Nothing was asked: a "100%" bar would read as a full answer.
      b.append("<div class=\"coverage\"><small>Coverage</small><strong>\u2014</strong>")
          .append("<span class=\"of\">no point of the complaint needs an answer</span></div>\n");
    } else {
      coverage();
    }
    b.append("<div class=\"counts\"><small>Complaint points</small><ul>");
    for (Status s : Status.values()) {
      b.append("<li class=\"chip st-").append(s.id()).append("\" data-count-status=\"").append(s.id())
          .append("\"><span class=\"icon\" aria-hidden=\"true\">").append(Summary.icon(s)).append("</span>")
          .append(s == Status.NOT_REQUIRED ? "Context" : Summary.words(s)).append(" <b>")
          .append(summary.count(s)).append("</b></li>");
    }
    b.append("</ul></div>\n");
    b.append("<div class=\"counts\"><small>Findings in the reply</small><ul>");
    for (Label l : summary.labels()) {
      b.append("<li class=\"chip ").append(labelClass(l)).append(summary.count(l) == 0 ? " zero" : "")
          .append("\" data-count-label=\"").append(l.id()).append("\">").append(Summary.words(l)).append(" <b>")
          .append(summary.count(l)).append("</b></li>");
    }
    b.append("</ul></div>\n</section>\n");
    List<Point> open = summary.open();
    b.append("<section class=\"open\" aria-labelledby=\"open-h\">\n<h2 id=\"open-h\">");
    if (open.isEmpty()) {
      b.append("Every point that needed an answer was answered</h2>\n");
    } else {
      b.append("Not answered <span class=\"n\">").append(summary.count(Status.UNANSWERED))
          .append(" unanswered, ").append(summary.count(Status.PARTLY)).append(" partly</span></h2>\n<ol>\n");
      for (Point p : open) {
        int index = a.points().indexOf(p);
        String id = pointId(index);
        // Numbered by point, as the badges in the letter are, not by position in this list.
        b.append("<li value=\"").append(index + 1).append("\" class=\"st-").append(p.status().id()).append("\"><a href=\"#").append(id)
            .append("\" data-goto=\"").append(id).append("\"><span class=\"icon\" aria-hidden=\"true\">")
            .append(Summary.icon(p.status())).append("</span><span class=\"sr\">")
            .append(Summary.words(p.status())).append(": </span><span class=\"kind\">").append(p.kind().id())
            .append("</span> ").append(escape(Summary.oneLine(p.text(), 170))).append("</a></li>\n");
      }
      b.append("</ol>\n");
    }
    b.append("</section>\n");
    checklist();
    b.append("</header>\n");
  }

  /** Each element of the profile with its status, the reply claims that show it and why. */
  private void checklist() {
    if (a.checklist().isEmpty()) {
      return;
    }
    var c = a.checklist().get();
    b.append("<section class=\"checklist\" aria-labelledby=\"checklist-h\" data-profile=\"").append(escape(c.profile()))
        .append("\" data-passed=\"").append(c.passed()).append("\">\n<h2 id=\"checklist-h\">Checklist: ")
        .append(escape(c.profileName())).append(" <span class=\"n\">").append(escape(Summary.outcome(c)))
        .append("</span></h2>\n<ul>\n");
    for (ChecklistItem i : c.items()) {
      List<Integer> shown = new ArrayList<>();
      for (Span s : i.spans()) {
        int claim = bestMatch(claimSpans(), s);
        if (claim >= 0 && !shown.contains(claim)) {
          shown.add(claim);
        }
      }
      b.append("<li class=\"ck ck-").append(i.status().id()).append("\" data-checklist-item=\"").append(escape(i.element()))
          .append("\" data-status=\"").append(i.status().id()).append("\" data-claims=\"")
          .append(ids("c", new LinkedHashSet<>(shown))).append("\"><span class=\"icon\" aria-hidden=\"true\">")
          .append(Summary.icon(i.status())).append("</span><span class=\"sr\">").append(Summary.words(i.status()))
          .append(": </span><b>").append(escape(i.name())).append("</b>");
      for (int claim : shown) {
        b.append(" <a href=\"#").append(claimId(claim)).append("\" data-goto=\"").append(claimId(claim))
            .append("\">reply claim ").append(claim + 1).append("</a>");
      }
      b.append("<span class=\"why\">").append(escape(i.why())).append("</span></li>\n");
    }
    b.append("</ul>\n</section>\n");
  }

  private void legend() {
    b.append("<section class=\"legend\" aria-label=\"Key\"><span class=\"lg-title\">Key</span>");
    for (Status s : Status.values()) {
      b.append("<span class=\"pt st-").append(s.id()).append("\" data-badge=\"").append(Summary.icon(s))
          .append("\">").append(s == Status.NOT_REQUIRED ? "context" : Summary.words(s).toLowerCase(Locale.ROOT))
          .append("</span>");
    }
    b.append("<span class=\"sep\" aria-hidden=\"true\"></span>")
        .append("<span class=\"cl lb-answer\" data-badge=\"answer\">answers a point</span>")
        .append("<span class=\"cl lb-fault\" data-badge=\"evasion\">said though nobody asked</span>")
        .append("<span class=\"cl lb-courtesy\" data-badge=\"courtesy\">courtesy</span>")
        .append("<span class=\"hint\">Select a highlighted point (click, or Tab then Enter) to see what answers it.</span>")
        .append("</section>\n");
  }

  private void letters() {
    b.append("<main class=\"letters\">\n");
    b.append("<section class=\"letter\" aria-labelledby=\"complaint-h\"><h2 id=\"complaint-h\">Complaint</h2>")
        .append("<div class=\"text\" id=\"complaint-text\">");
    List<String> pointOpen = new ArrayList<>();
    for (int i = 0; i < a.points().size(); i++) {
      pointOpen.add(pointTag(i));
    }
    spans(a.complaint(), pointSpans(), pointOpen);
    b.append("</div></section>\n");
    b.append("<section class=\"letter\" aria-labelledby=\"reply-h\"><h2 id=\"reply-h\">Reply</h2>")
        .append("<div class=\"text\" id=\"reply-text\">");
    // Claims and quotes never overlap (quotes are not claims): merged into one list in text order.
    Map<Span, Integer> pointAt = new HashMap<>();
    for (int i = 0; i < a.points().size(); i++) {
      pointAt.put(a.points().get(i).span(), i);
    }
    List<Span> replySpans = new ArrayList<>();
    List<String> replyOpen = new ArrayList<>();
    int q = 0;
    for (int i = 0; i <= a.replyClaims().size(); i++) {
      Span next = i < a.replyClaims().size() ? a.replyClaims().get(i).span() : null;
      while (q < a.quotes().size() && (next == null || a.quotes().get(q).span().start() < next.start())) {
        Quote quote = a.quotes().get(q++);
        Integer point = pointAt.get(quote.source().get(0).span());
        replySpans.add(quote.span());
        replyOpen.add("<span class=\"qt\" title=\"Quoted from the complaint"
            + (point != null ? " (point " + (point + 1) + ")" : "") + "\">");
      }
      if (next != null) {
        replySpans.add(next);
        replyOpen.add(claimTag(i));
      }
    }
    spans(a.reply(), replySpans, replyOpen);
    b.append("</div></section>\n");
    b.append("<aside class=\"panel\" aria-label=\"Selection\"><h2>Details</h2>")
        .append("<div id=\"detail-body\" aria-live=\"polite\"><p class=\"muted\">Select a point in the complaint ")
        .append("to see the reply claims that answer it and why it was judged as it was; select a reply ")
        .append("claim to see what it was compared with.</p></div></aside>\n");
    b.append("</main>\n");
  }

  /**
   * Copies {@code text} with each span wrapped in its element, in order. Spans are assumed in
   * text order; one that overlaps its predecessor is clipped to start after it, so no character
   * is written twice and none is lost.
   */
  private void spans(String text, List<Span> spans, List<String> openTags) {
    int cursor = 0;
    for (int i = 0; i < spans.size(); i++) {
      int start = Math.min(Math.max(spans.get(i).start(), cursor), text.length());
      int end = Math.min(Math.max(spans.get(i).end(), start), text.length());
      b.append(escape(text.substring(cursor, start)));
      b.append(openTags.get(i)).append(escape(text.substring(start, end))).append("</span>");
      cursor = end;
    }
    b.append(escape(text.substring(cursor)));
  }

  private String pointTag(int i) {
    Point p = a.points().get(i);
    String id = pointId(i);
    return "<span class=\"pt st-" + p.status().id() + "\" id=\"" + id + "\" data-point=\"" + id
        + "\" data-status=\"" + p.status().id() + "\" data-kind=\"" + p.kind().id()
        + "\" data-answered-by=\"" + ids("c", answeredBy.get(i)) + "\" data-related=\"" + ids("c", related.get(i))
        + "\" data-badge=\"" + Summary.icon(p.status()) + " " + (i + 1)
        + "\" tabindex=\"0\" role=\"button\" aria-pressed=\"false\" aria-describedby=\"detail-" + id
        + "\" title=\"Point " + (i + 1) + ": " + Summary.words(p.status()).toLowerCase(Locale.ROOT) + " " + p.kind().id()
        + "\">";
  }

  private String claimTag(int i) {
    ReplyClaim c = a.replyClaims().get(i);
    String id = claimId(i);
    String labels = String.join(" ", c.labels().stream().map(Label::id).toList());
    String badge = c.labels().isEmpty() ? "" : String.join(" \u00B7 ", c.labels().stream().map(Summary::words).toList());
    return "<span class=\"cl " + claimClass(c) + "\" id=\"" + id + "\" data-claim=\"" + id + "\" data-labels=\""
        + labels + "\" data-answers=\"" + ids("p", answers.get(i)) + "\" data-compared=\""
        + ids("p", compared.get(i)) + "\" data-badge=\"" + badge
        + "\" tabindex=\"0\" role=\"button\" aria-pressed=\"false\" aria-describedby=\"detail-" + id
        + "\" title=\"Reply claim " + (i + 1) + (labels.isEmpty() ? "" : ": " + badge) + "\">";
  }

  /** The evidence for every point and claim, always visible: for print, and for the panel to copy. */
  private void evidence() {
    b.append("<section class=\"evidence\">\n<div class=\"col\">\n<h2>Complaint points in detail</h2>\n<ol class=\"entries\">\n");
    for (int i = 0; i < a.points().size(); i++) {
      Point p = a.points().get(i);
      b.append("<li class=\"entry st-").append(p.status().id()).append("\" id=\"detail-").append(pointId(i))
          .append("\"><p class=\"head\"><span class=\"tag st-").append(p.status().id())
          .append("\"><span aria-hidden=\"true\">").append(Summary.icon(p.status())).append("</span> ")
          .append(Summary.words(p.status())).append("</span> <span class=\"meta\">Point ").append(i + 1)
          .append(" \u00B7 ").append(p.kind().id()).append("</span></p>")
          .append("<blockquote>").append(escape(Summary.oneLine(p.text(), 600))).append("</blockquote>")
          .append("<p class=\"why\"><b>Why:</b> ").append(escape(p.why())).append("</p>");
      if (p.kind().needsAnswer()) {
        b.append("<p class=\"sub\">Answered by</p>");
        claimList(answeredBy.get(i), p);
      }
      if (!related.get(i).isEmpty()) {
        b.append("<p class=\"sub\">Reply claims compared with it</p>");
        claimList(related.get(i), null);
      }
      b.append("</li>\n");
    }
    b.append("</ol>\n</div>\n<div class=\"col\">\n<h2>Reply claims in detail</h2>\n<ol class=\"entries\">\n");
    for (int i = 0; i < a.replyClaims().size(); i++) {
      ReplyClaim c = a.replyClaims().get(i);
      b.append("<li class=\"entry\" id=\"detail-").append(claimId(i)).append("\"><p class=\"head\">");
      if (c.findings().isEmpty()) {
        b.append("<span class=\"tag lb-none\">no finding</span>");
      }
      for (Label l : c.labels()) {
        b.append("<span class=\"tag ").append(labelClass(l)).append("\" data-finding=\"").append(l.id())
            .append("\">").append(l.isFault() ? "<span aria-hidden=\"true\">\u2691</span> " : "")
            .append(Summary.words(l)).append("</span> ");
      }
      b.append("<span class=\"meta\">Reply claim ").append(i + 1).append("</span></p>")
          .append("<blockquote>").append(escape(Summary.oneLine(c.text(), 600))).append("</blockquote>");
      for (Finding f : c.findings()) {
        // Some whys already open with the label ("courtesy: greeting"); don't say it twice.
        String name = Summary.words(f.label());
        String why = f.why().startsWith(f.label().id() + ": ") ? f.why().substring(f.label().id().length() + 2) : f.why();
        b.append("<p class=\"why\"><b>").append(name).append(":</b> ").append(escape(why)).append("</p>");
      }
      if (!answers.get(i).isEmpty()) {
        b.append("<p class=\"sub\">Answers</p>");
        pointList(answers.get(i));
      }
      if (!compared.get(i).isEmpty()) {
        b.append("<p class=\"sub\">Compared with</p>");
        pointList(compared.get(i));
      }
      checklistShownBy(i);
      b.append("</li>\n");
    }
    b.append("</ol>\n</div>\n</section>\n");
    followUp();
    if (!a.diagnostics().isEmpty()) {
      b.append("<section class=\"notes\"><h2>Notes on the input</h2><ul>");
      for (Diagnostic d : a.diagnostics()) {
        b.append("<li><code>").append(escape(d.code())).append("</code> ").append(escape(d.message())).append("</li>");
      }
      b.append("</ul></section>\n");
    }
  }

  /** The checklist elements reply claim {@code i} shows, if any. */
  private void checklistShownBy(int i) {
    if (a.checklist().isEmpty()) {
      return;
    }
    List<ChecklistItem> items = a.checklist().get().items().stream()
        .filter(item -> item.spans().stream().anyMatch(s -> bestMatch(claimSpans(), s) == i)).toList();
    if (items.isEmpty()) {
      return;
    }
    b.append("<p class=\"sub\">Checklist</p><ul class=\"links\">");
    for (ChecklistItem item : items) {
      b.append("<li>").append(escape(item.name())).append("</li>");
    }
    b.append("</ul>");
  }

  private void followUp() {
    List<FollowUp.Question> questions = FollowUp.questions(a);
    if (questions.isEmpty()) {
      return;
    }
    b.append("<section class=\"followup\" aria-labelledby=\"followup-h\"><h2 id=\"followup-h\">Follow-up questions</h2>")
        .append("<p class=\"muted\">What a follow-up complaint would repeat: the unanswered points, then the partly ")
        .append("answered ones, in the complainant's own words.</p><ol id=\"followup\">");
    for (FollowUp.Question q : questions) {
      b.append("<li>").append(escape(q.text())).append("</li>");
    }
    b.append("</ol></section>\n");
  }

  private void claimList(Set<Integer> claims, Point scoredFor) {
    if (claims.isEmpty()) {
      b.append("<p class=\"none\">No reply claim answers it.</p>");
      return;
    }
    b.append("<ul class=\"links\">");
    for (int c : claims) {
      ReplyClaim claim = a.replyClaims().get(c);
      b.append("<li><a href=\"#").append(claimId(c)).append("\" data-goto=\"").append(claimId(c)).append("\">Reply claim ")
          .append(c + 1).append("</a>");
      if (scoredFor != null) {
        scoredFor.answeredBy().stream().filter(l -> l.span().equals(claim.span())).findFirst()
            .ifPresent(l -> b.append(String.format(Locale.ROOT, " <span class=\"score\">score %.2f</span>", l.score())));
      }
      if (!claim.labels().isEmpty()) {
        b.append(" <span class=\"meta\">").append(String.join(", ", claim.labels().stream().map(Summary::words).toList()))
            .append("</span>");
      }
      b.append(": ").append(escape(Summary.oneLine(claim.text(), 200))).append("</li>");
    }
    b.append("</ul>");
  }

  private void pointList(Set<Integer> points) {
    b.append("<ul class=\"links\">");
    for (int p : points) {
      Point point = a.points().get(p);
      b.append("<li><a href=\"#").append(pointId(p)).append("\" data-goto=\"").append(pointId(p)).append("\">Point ")
          .append(p + 1).append("</a> <span class=\"meta\">").append(Summary.words(point.status()).toLowerCase(Locale.ROOT))
          .append("</span>: ").append(escape(Summary.oneLine(point.text(), 200))).append("</li>");
    }
    b.append("</ul>");
  }

  private static String pointId(int i) {
    return "p" + (i + 1);
  }

  private static String claimId(int i) {
    return "c" + (i + 1);
  }

  private static String ids(String prefix, Set<Integer> indexes) {
    return String.join(" ", indexes.stream().map(i -> prefix + (i + 1)).toList());
  }

  /** One class for a claim's highlight: an evasion outranks an answer, which outranks courtesy. */
  private static String claimClass(ReplyClaim c) {
    for (String cls : Label.REPORT_CLASSES) {
      if (c.labels().stream().anyMatch(l -> labelClass(l).equals(cls))) {
        return cls;
      }
    }
    return "lb-none";
  }

  private static String labelClass(Label l) {
    return l.reportClass();
  }

  /**
   * Escapes text for HTML element content and quoted attribute values alike. Also replaces NUL,
   * which HTML parsers turn into U+FFFD anyway, so the output is the same in every browser.
   */
  static String escape(String s) {
    StringBuilder out = new StringBuilder(s.length() + 16);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        case '\0' -> out.append('\uFFFD');
        default -> out.append(c);
      }
    }
    return out.toString();
  }

  // Palette from Okabe & Ito (2008), chosen to stay distinguishable with colour-vision
  // deficiencies; every status also has its own icon and underline style.
  private static final String CSS = """
      :root{--ink:#1d2329;--muted:#5b6670;--line:#d9dde1;--paper:#fff;--bg:#f4f4f1;
      --ans:#0072b2;--ans-bg:#dcecf7;--part:#b07800;--part-bg:#fdf0c8;--un:#c0440a;--un-bg:#fbe1d3;
      --ctx:#8a949c;--fault:#a8417f;--fault-bg:#f6e1ee;--court:#6b7680;--court-bg:#eceff1;--sel:#1d2329}
      *{box-sizing:border-box}
      html{-webkit-print-color-adjust:exact;print-color-adjust:exact}
      body{margin:0;background:var(--bg);color:var(--ink);font:15px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif}
      h1,h2{font-weight:600;letter-spacing:-.01em}
      .top{background:var(--paper);border-bottom:1px solid var(--line);padding:20px 32px 18px}
      .kicker{margin:0;color:var(--muted);font-size:12px;text-transform:uppercase;letter-spacing:.08em}
      h1{margin:2px 0 14px;font-size:22px}
      small{display:block;color:var(--muted);font-size:11px;text-transform:uppercase;letter-spacing:.06em}
      .summary{display:flex;flex-wrap:wrap;gap:14px 28px;align-items:flex-start}
      .verdict{display:flex;gap:10px;align-items:center;padding:8px 14px 8px 10px;border-radius:8px;border:2px solid;font-size:18px;font-weight:600}
      .verdict .icon{font-size:24px;line-height:1;width:32px;height:32px;display:grid;place-items:center;border-radius:50%;color:#fff}
      .verdict.st-answered{border-color:var(--ans);background:var(--ans-bg)}.verdict.st-answered .icon{background:var(--ans)}
      .verdict.st-partly{border-color:var(--part);background:var(--part-bg)}.verdict.st-partly .icon{background:var(--part)}
      .verdict.st-unanswered{border-color:var(--un);background:var(--un-bg)}.verdict.st-unanswered .icon{background:var(--un)}
      .coverage strong{font-size:22px;margin-right:8px}
      .bar{display:inline-block;width:120px;height:8px;border-radius:4px;background:var(--line);vertical-align:middle;overflow:hidden}
      .bar span{display:block;height:100%;background:var(--ans)}
      .of{display:block;color:var(--muted);font-size:13px}
      .counts ul{list-style:none;margin:4px 0 0;padding:0;display:flex;flex-wrap:wrap;gap:6px;max-width:560px}
      .chip{border:1px solid var(--line);border-radius:999px;padding:1px 10px;font-size:13px;background:var(--paper)}
      .chip .icon{margin-right:4px}
      .chip.st-answered{border-color:var(--ans)}.chip.st-partly{border-color:var(--part)}.chip.st-unanswered{border-color:var(--un)}
      .chip.lb-fault{border-color:var(--fault);background:var(--fault-bg)}.chip.lb-answer{border-color:var(--ans)}
      .chip.zero{opacity:.55;background:none;border-color:var(--line)}
      .open{margin-top:16px;border-top:1px solid var(--line);padding-top:12px}
      .open h2{font-size:16px;margin:0 0 6px}.open h2 .n{font-weight:400;color:var(--muted);font-size:14px;margin-left:6px}
      .open ol{margin:0;padding-left:28px;columns:2 520px;column-gap:40px;font-size:14px;line-height:1.45}
      .open li{break-inside:avoid;margin:2px 0}
      .open a{color:var(--ink);text-decoration:none}.open a:hover,.open a:focus{text-decoration:underline}
      .open .icon{display:inline-block;width:1.2em;font-weight:700}
      .open li.st-unanswered .icon{color:var(--un)}.open li.st-partly .icon{color:var(--part)}
      .kind{font-size:12px;color:var(--muted);text-transform:uppercase;letter-spacing:.04em}
      .sr{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0)}
      .legend{display:flex;flex-wrap:wrap;gap:8px 14px;align-items:center;padding:10px 32px;font-size:13px;border-bottom:1px solid var(--line);background:#fafaf8}
      .lg-title{font-weight:600;color:var(--muted)}.sep{width:1px;height:18px;background:var(--line)}
      .hint{color:var(--muted);margin-left:auto}
      .letters{display:grid;grid-template-columns:minmax(0,1fr) minmax(0,1fr) 330px;gap:20px;padding:20px 32px;align-items:start}
      .letter{background:var(--paper);border:1px solid var(--line);border-radius:8px;padding:6px 22px 20px}
      .letter h2{font-size:13px;text-transform:uppercase;letter-spacing:.08em;color:var(--muted);margin:10px 0 8px}
      .text{white-space:pre-wrap;overflow-wrap:anywhere;font:16px/1.75 Georgia,"Iowan Old Style","Palatino Linotype",serif}
      .pt,.cl{border-radius:3px;padding:1px 0;cursor:pointer;-webkit-box-decoration-break:clone;box-decoration-break:clone}
      .pt::before,.cl::before{content:attr(data-badge);font:600 11px/1 system-ui,sans-serif;padding:2px 5px;border-radius:3px;margin-right:4px;vertical-align:2px;white-space:nowrap}
      .cl[data-badge=""]::before{display:none}
      .qt{font-style:italic;color:var(--muted,#555);border-left:3px solid currentColor;padding-left:4px}
      .pt.st-answered{background:var(--ans-bg);border-bottom:2px solid var(--ans)}.pt.st-answered::before{background:var(--ans);color:#fff}
      .pt.st-partly{background:var(--part-bg);border-bottom:2px dashed var(--part)}.pt.st-partly::before{background:var(--part);color:#fff}
      .pt.st-unanswered{background:var(--un-bg);border-bottom:3px double var(--un)}.pt.st-unanswered::before{background:var(--un);color:#fff}
      .pt.st-not_required{border-bottom:1px dotted var(--ctx);color:#39424a}.pt.st-not_required::before{background:var(--court-bg);color:var(--muted)}
      .cl.lb-answer{background:var(--ans-bg);border-bottom:2px solid var(--ans)}.cl.lb-answer::before{background:var(--ans);color:#fff}
      .cl.lb-fault{background:var(--fault-bg);border-bottom:2px dashed var(--fault)}.cl.lb-fault::before{background:var(--fault);color:#fff}
      .cl.lb-courtesy{border-bottom:1px dotted var(--court)}.cl.lb-courtesy::before{background:var(--court-bg);color:var(--muted)}
      .cl.lb-none{border-bottom:1px dotted var(--line)}
      .pt:hover,.cl:hover{filter:brightness(.96)}
      .pt:focus-visible,.cl:focus-visible{outline:3px solid var(--sel);outline-offset:2px}
      .is-selected{outline:3px solid var(--sel);outline-offset:2px}
      .is-answer,.is-answered{outline:3px solid var(--ans);outline-offset:2px;box-shadow:0 0 0 6px rgba(0,114,178,.18)}
      .is-answer::after,.is-answered::after{content:" \\2190 answers";font:600 11px system-ui,sans-serif;color:var(--ans)}
      .is-answered::after{content:" \\2192 answered by selection"}
      .is-related{outline:2px dashed var(--fault);outline-offset:2px}
      .is-related::after{content:" \\2194 compared";font:600 11px system-ui,sans-serif;color:var(--fault)}
      .panel{position:sticky;top:12px;background:var(--paper);border:1px solid var(--line);border-radius:8px;padding:6px 16px 14px;max-height:calc(100vh - 24px);overflow:auto;font-size:14px}
      .panel h2{font-size:13px;text-transform:uppercase;letter-spacing:.08em;color:var(--muted);margin:10px 0 8px}
      .muted{color:var(--muted)}
      .head{margin:0 0 4px}
      .tag{display:inline-block;font-size:12px;font-weight:600;padding:1px 8px;border-radius:999px;border:1px solid var(--line);margin-right:4px}
      .tag.st-answered{background:var(--ans);border-color:var(--ans);color:#fff}.tag.st-partly{background:var(--part);border-color:var(--part);color:#fff}
      .tag.st-unanswered{background:var(--un);border-color:var(--un);color:#fff}.tag.st-not_required{background:var(--court-bg)}
      .tag.lb-fault{background:var(--fault);border-color:var(--fault);color:#fff}.tag.lb-answer{background:var(--ans);border-color:var(--ans);color:#fff}
      .tag.lb-courtesy,.tag.lb-none{background:var(--court-bg)}
      .meta{color:var(--muted);font-size:12px}
      blockquote{margin:6px 0;padding:2px 0 2px 12px;border-left:3px solid var(--line);font-family:Georgia,serif}
      .why{margin:4px 0}.sub{margin:8px 0 2px;font-size:12px;font-weight:600;color:var(--muted);text-transform:uppercase;letter-spacing:.05em}
      .none{margin:2px 0;color:var(--un);font-weight:600}
      .links{margin:0;padding-left:18px}.links a{color:var(--ans)}
      .score{font-variant-numeric:tabular-nums;color:var(--muted);font-size:12px}
      .evidence{display:grid;grid-template-columns:1fr 1fr;gap:20px;padding:0 32px}
      .evidence h2,.followup h2,.notes h2{font-size:17px;margin:18px 0 8px}
      .entries{list-style:none;margin:0;padding:0}
      .entry{background:var(--paper);border:1px solid var(--line);border-left:4px solid var(--line);border-radius:6px;padding:10px 14px;margin:0 0 10px;font-size:14px;break-inside:avoid}
      .entry.st-answered{border-left-color:var(--ans)}.entry.st-partly{border-left:4px dashed var(--part)}.entry.st-unanswered{border-left:4px double var(--un)}
      .entry:target{outline:2px solid var(--sel)}
      .followup,.notes{padding:0 32px}
      .followup ol{background:var(--paper);border:1px solid var(--line);border-radius:8px;padding:12px 16px 12px 40px;font-family:Georgia,serif}
      .followup li{margin:4px 0}
      .foot{padding:20px 32px 32px;color:var(--muted);font-size:12px}
      @media (max-width:1100px){.letters{grid-template-columns:1fr}.panel{position:static;max-height:none}.evidence{grid-template-columns:1fr}}
      @media print{body{background:#fff;font-size:10pt}.top,.legend{padding:8px 0}.letters,.evidence,.followup,.notes,.foot{padding-left:0;padding-right:0}
      .letters{grid-template-columns:1fr 1fr}.panel,.hint{display:none}.letter,.entry{border-color:#999}.text{font-size:10.5pt;line-height:1.6}
      .open ol{columns:1}a{color:inherit;text-decoration:none}.evidence{display:block}.entry{page-break-inside:avoid}}
      @media (prefers-reduced-motion:no-preference){html{scroll-behavior:smooth}}
      """;

  private static final String CHECKLIST_CSS = """
      .checklist{margin-top:16px;border-top:1px solid var(--line);padding-top:12px}
      .checklist h2{font-size:16px;margin:0 0 6px}.checklist h2 .n{font-weight:400;color:var(--muted);font-size:14px;margin-left:6px}
      .checklist ul{list-style:none;margin:0;padding:0;font-size:14px;line-height:1.45}
      .checklist li{margin:4px 0;padding-left:1.6em;text-indent:-1.6em}
      .checklist .icon{display:inline-block;width:1.6em;text-indent:0;font-weight:700}
      .ck-present .icon{color:var(--ans)}.ck-absent .icon{color:var(--un)}.ck-not_applicable .icon{color:var(--ctx)}
      .checklist a{color:var(--ans);font-size:13px}
      .checklist .why{display:block;color:var(--muted);font-size:13px;text-indent:0}
      """;

  // Selection lives in classes only; the evidence shown in the panel is a DOM copy of the
  // always-present entry below, so nothing is ever re-parsed from strings.
  private static final String SCRIPT = """
      (function(){'use strict';
      var panel=document.getElementById('detail-body');var empty=Array.from(panel.childNodes);var pinned=null;
      var marks=['is-selected','is-answer','is-related','is-answered'];
      function list(el,attr){var v=el.getAttribute(attr);return v?v.split(' '):[];}
      function mark(sel,cls){document.querySelectorAll(sel).forEach(function(e){e.classList.add(cls);});}
      function clear(){marks.forEach(function(c){document.querySelectorAll('.'+c).forEach(function(e){e.classList.remove(c);});});
      document.querySelectorAll('[aria-pressed="true"]').forEach(function(e){e.setAttribute('aria-pressed','false');});}
      function show(el){clear();
      if(!el){panel.replaceChildren.apply(panel,empty);return;}
      el.classList.add('is-selected');el.setAttribute('aria-pressed','true');
      var id=el.getAttribute('data-point')||el.getAttribute('data-claim');
      if(el.hasAttribute('data-point')){
      list(el,'data-answered-by').forEach(function(c){mark('#reply-text [data-claim="'+c+'"]','is-answer');});
      list(el,'data-related').forEach(function(c){mark('#reply-text [data-claim="'+c+'"]','is-related');});
      }else{
      list(el,'data-answers').forEach(function(p){mark('#complaint-text [data-point="'+p+'"]','is-answered');});
      list(el,'data-compared').forEach(function(p){mark('#complaint-text [data-point="'+p+'"]','is-related');});}
      var src=document.getElementById('detail-'+id);
      panel.replaceChildren.apply(panel,src?Array.from(src.childNodes).map(function(n){return n.cloneNode(true);}):[]);}
      function target(e){return e.target.closest?e.target.closest('.letters [data-point],.letters [data-claim]'):null;}
      document.addEventListener('click',function(e){var t=target(e);
      if(t){pinned=t;show(t);return;}
      var g=e.target.closest?e.target.closest('[data-goto]'):null;
      if(g){var el=document.querySelector('.letters [id="'+g.getAttribute('data-goto')+'"]');
      if(el){e.preventDefault();pinned=el;show(el);el.focus({preventScroll:true});el.scrollIntoView({block:'center'});
      history.replaceState(null,'','#'+g.getAttribute('data-goto'));}}});
      document.addEventListener('keydown',function(e){var t=target(e);
      if(t&&(e.key==='Enter'||e.key===' ')){e.preventDefault();pinned=t;show(t);}
      else if(e.key==='Escape'){pinned=null;show(null);}});
      document.addEventListener('focusin',function(e){var t=target(e);if(t){pinned=t;show(t);}});
      document.addEventListener('mouseover',function(e){var t=target(e);if(t)show(t);});
      document.addEventListener('mouseout',function(e){var t=target(e);if(t&&!(e.relatedTarget&&t.contains(e.relatedTarget)))show(pinned);});
      var h=location.hash.slice(1);
      if(/^[pc][0-9]+$/.test(h)){var s=document.querySelector('.letters [id="'+h+'"]');if(s){pinned=s;show(s);}}
      })();
      """;
}
