package org.replyaudit.checklist;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;
import org.replyaudit.Analysis;
import org.replyaudit.ReplyClaim;
import org.replyaudit.Span;

/**
 * What element checks read: one analysis (only its public outputs: reply claims, their labels,
 * the points and their statuses) and the items decided so far, in profile order. Phrases are
 * looked for in each reply claim on its own; the reply's {@code > } quotes of the complaint are
 * not claims, so the complainant's own words never count as the reply's.
 */
final class ReplyEvidence {
  private final Analysis analysis;
  private final Map<String, ChecklistItem> decided = new LinkedHashMap<>();

  ReplyEvidence(Analysis analysis) {
    this.analysis = Objects.requireNonNull(analysis, "analysis");
  }

  /** A reply claim some pattern of a cue set matched, and the hit. */
  record Found(ReplyClaim claim, CueSet.Hit hit) {}

  Analysis analysis() {
    return analysis;
  }

  /** The reply claims {@code set} matches, in text order, each with the first pattern that matched. */
  List<Found> find(CueSet set) {
    List<Found> found = new ArrayList<>();
    for (ReplyClaim c : analysis.replyClaims()) {
      set.find(c.text()).ifPresent(h -> found.add(new Found(c, h)));
    }
    return found;
  }

  void decide(ChecklistItem item) {
    decided.put(item.element(), item);
  }

  Optional<ChecklistItem> decided(String element) {
    return Optional.ofNullable(decided.get(element));
  }

  List<ChecklistItem> items() {
    return List.copyOf(decided.values());
  }

  /** The distinct spans of these claims, in text order. */
  static List<Span> spans(List<Found> found) {
    TreeSet<Span> spans = new TreeSet<>();
    found.forEach(f -> spans.add(f.claim().span()));
    return List.copyOf(spans);
  }

  /** "“We have not upheld your complaint.” (upheld: “not upheld”)", at most two, then how many more. */
  static String describe(List<Found> found) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < found.size() && i < 2; i++) {
      Found f = found.get(i);
      b.append(i == 0 ? "" : "; ").append(quote(f.claim().text())).append(" (").append(f.hit()).append(')');
    }
    if (found.size() > 2) {
      b.append("; and ").append(found.size() - 2).append(" more");
    }
    return b.toString();
  }

  /** Letter text on one line between curly quotes, cut at 100 chars. */
  static String quote(String text) {
    String t = text.strip().replaceAll("\\s+", " ");
    if (t.length() > 100) {
      t = t.substring(0, 99).stripTrailing() + "\u2026";
    }
    return "\u201C" + t + "\u201D";
  }
}
