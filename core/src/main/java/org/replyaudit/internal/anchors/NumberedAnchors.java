package org.replyaudit.internal.anchors;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.replyaudit.Span;
import org.replyaudit.internal.anchors.StructureAnchors.Anchor;
import org.replyaudit.internal.matching.Bm25ClaimMatcher.Link;
import org.replyaudit.internal.matching.Bm25ClaimMatcher;
import org.replyaudit.internal.text.Claim;
import org.replyaudit.internal.text.TextLayout;

/**
 * The numbered anchors of {@link StructureAnchors}: a reply section labelled "1.", "(2)", "Q3",
 * "Point 4" or "R1.2" answers the complaint item with the same label; when the complaint numbers
 * two lists alike (strengths 1–3, weaknesses 1–5), the one the section is closest to. When only
 * the reply numbers (1..k), section n is traced by position to the n-th of k items of a bulleted
 * list or of the complaint's paragraphs, placed where the sections' claims already match best.
 */
final class NumberedAnchors {
  /**
   * A numbered item or paragraph holding more complaint claims than this is not one point (the
   * most seen in DISAPERE train, dev and test, dev.jsonl and train.jsonl is 27): it is the rest of
   * a list whose labels the pattern cannot read ("100." onwards), or a letter without paragraphs.
   * It names no point, since linking every claim of its section to all of its claims would make
   * the links quadratic in the length of the letters.
   */
  static final int MAX_ITEM_CLAIMS = 50;

  // A numbered label at the head of a line, after an optional bullet or quote marker: "1.",
  // "2)", "(3)", "4:", "Q5", "A5", "W2", "Point 6", "Comment #7", "R1.2" (reviewer 1, point 2).
  // A bare number needs its punctuation ("3 participants" is prose); "1.2" is a section number.
  // Matched with lookingAt() at each line start (see labels()), not find() with (?m)^, which
  // would try every character of the letter.
  private static final Pattern LABEL = Pattern.compile(
      "[ \\t]*(?:>[ \\t]*)?(?:[-*•][ \\t]*)?(?:"
          + "\\((\\d{1,2})\\)"
          + "|(\\d{1,2})[.):](?!\\d)"
          + "|[QAWCR](\\d{1,2})\\b(?![.\\-]\\d)"
          + "|R\\d{1,2}[.\\-](\\d{1,2})\\b"
          + "|(?:[Pp]oint|[Cc]omment|[Qq]uestion|[Cc]oncern|[Ii]ssue|[Rr]emark|[Ww]eakness)[ \\t]*#?[ \\t]*(\\d{1,2})\\b)");

  private NumberedAnchors() {}

  /**
   * The anchors of the reply's numbered sections, by start, in the order they are to be merged
   * with the other anchors.
   */
  static Map<Integer, Anchor> find(String complaint, List<Claim> cClaims, String text, List<Claim> rClaims,
      Bm25ClaimMatcher.Scores s) {
    // Reply sections and complaint items with the same label. Only lists count:
    // both letters must number at least two items, or a stray "1." would be taken for one.
    int[] cParagraphs = TextLayout.paragraphEnds(complaint);
    List<int[]> itemLabels = labels(complaint);
    List<Span> items = items(complaint, itemLabels, cParagraphs);
    Map<Integer, List<Integer>> itemsByLabel = new HashMap<>();
    for (int i = 0; i < items.size(); i++) {
      itemsByLabel.computeIfAbsent(itemLabels.get(i)[1], l -> new ArrayList<>()).add(i);
    }
    List<int[]> sections = labels(text);
    Map<Integer, Anchor> out = new LinkedHashMap<>();
    if (itemsByLabel.size() >= 2 && sections.stream().mapToInt(l -> l[1]).distinct().count() >= 2) {
      ItemClaims itemClaims = new ItemClaims(items, itemLabels, cClaims);
      for (int i = 0; i < sections.size(); i++) {
        int start = sections.get(i)[0];
        int label = sections.get(i)[1];
        List<Integer> candidates = itemsByLabel.get(label);
        if (candidates == null) {
          continue;
        }
        int end = i + 1 < sections.size() ? sections.get(i + 1)[0] : text.length();
        Set<Integer> targets = item(candidates, label, new Span(start, end), itemClaims, rClaims, s);
        if (!targets.isEmpty()) {
          out.put(start, new Anchor(start, text.length(), true, targets, label));
        }
      }
    } else if (itemsByLabel.size() < 2) {
      // Numbered answers to unnumbered points: reply section n answers the n-th item of a
      // bulleted list (or of the complaint's paragraphs), counted from where the answers start.
      return ordinal(complaint, cParagraphs, cClaims, text, sections, rClaims, s);
    }
    return out;
  }

  /**
   * Anchors, by start, for reply sections numbered 1..k (k at least 2, in order; a label may
   * repeat, as "Q1" and "A1" do) answering a complaint that does not number its points. The
   * complaint's candidate lists are its runs of bulleted items and its paragraphs; a list with
   * at least k items may be answered from any of its items on (paragraph lists start with a
   * summary). Of these placings, the one whose items the sections' claims are already linked to
   * most strongly wins; none when no placing has any such link.
   */
  private static Map<Integer, Anchor> ordinal(String complaint, int[] paragraphs, List<Claim> cClaims,
      String text, List<int[]> sections, List<Claim> rClaims, Bm25ClaimMatcher.Scores s) {
    int k = 0;
    for (int[] l : sections) {
      if (l[1] < 1 || l[1] != k && l[1] != k + 1) {
        return Map.of(); // a restart or a jump: not one run of answers
      }
      k = l[1];
    }
    if (k < 2) {
      return Map.of();
    }
    List<List<Span>> lists = bulletLists(complaint, paragraphs);
    lists.add(TextLayout.paragraphs(complaint, paragraphs));
    // The section (label - 1) each reply claim falls in, or -1 before the first.
    int[] sectionOf = new int[rClaims.size()];
    int next = 0;
    int current = -1;
    for (Claim r : rClaims) {
      while (next < sections.size() && sections.get(next)[0] < r.span().end()) {
        current = sections.get(next++)[1] - 1;
      }
      sectionOf[r.index()] = current;
    }
    // Each qualifying list's item of each complaint claim, listed by claim: a claim lies in the
    // paragraph list and in at most a bullet list or two, so this costs the letter's length once,
    // not once per list (a complaint of a thousand two-item lists has a thousand lists).
    List<List<Span>> qualifying = new ArrayList<>();
    List<List<int[]>> membership = new ArrayList<>(cClaims.size()); // {list, item} per claim
    for (int c = 0; c < cClaims.size(); c++) {
      membership.add(new ArrayList<>(2));
    }
    for (List<Span> list : lists) {
      if (list.size() < k) {
        continue;
      }
      int which = qualifying.size();
      qualifying.add(list);
      int i = 0;
      for (int c = firstEndingAfter(cClaims, list.get(0).start());
          c < cClaims.size() && cClaims.get(c).span().start() < list.get(list.size() - 1).end(); c++) {
        Span claim = cClaims.get(c).span();
        while (i < list.size() && list.get(i).end() <= claim.start()) {
          i++;
        }
        if (i < list.size() && claim.overlap(list.get(i)) > 0) {
          membership.get(c).add(new int[] {which, i});
        }
      }
    }
    // links: for each list, (section n, item i) -> how strongly section n+1's claims are linked
    // to the list's item i, keyed n * size + i so that the keys run by section, then item. Only
    // linked cells are kept; each cell adds its scores in the order a dense walk would.
    List<java.util.TreeMap<Long, Double>> links = new ArrayList<>();
    for (int q = 0; q < qualifying.size(); q++) {
      links.add(new java.util.TreeMap<>());
    }
    for (Claim r : rClaims) {
      if (sectionOf[r.index()] < 0) {
        continue;
      }
      for (Link l : s.replyToComplaint().get(r.index())) {
        for (int[] m : membership.get(l.target())) {
          long key = (long) sectionOf[r.index()] * qualifying.get(m[0]).size() + m[1];
          links.get(m[0]).merge(key, l.score(), Double::sum);
        }
      }
    }
    List<Span> bestList = null;
    int bestOffset = -1;
    double bestScore = 0;
    int placings = 0;
    for (int q = 0; q < qualifying.size(); q++) {
      List<Span> list = qualifying.get(q);
      // The placing from item o sums cells (0, o), (1, o + 1), …, (k - 1, o + k - 1), in that order.
      double[] sums = new double[list.size() - k + 1];
      for (var cell : links.get(q).entrySet()) {
        int n = (int) (cell.getKey() / list.size());
        int o = (int) (cell.getKey() % list.size()) - n;
        if (o >= 0 && o < sums.length) {
          sums[o] += cell.getValue();
        }
      }
      for (int o = 0; o < sums.length; o++) {
        placings++;
        if (bestList == null || sums[o] > bestScore) {
          bestScore = sums[o];
          bestList = list;
          bestOffset = o;
        }
      }
    }
    if (bestList == null || placings > 1 && bestScore <= 0) {
      return Map.of();
    }
    Map<Integer, Set<Integer>> claimsOf = new HashMap<>();
    int[] itemOf = itemOf(bestList, cClaims);
    for (Claim c : cClaims) {
      if (itemOf[c.index()] >= 0) {
        claimsOf.computeIfAbsent(itemOf[c.index()], i -> new HashSet<>()).add(c.index());
      }
    }
    Map<Integer, Anchor> out = new HashMap<>();
    for (int[] l : sections) {
      Set<Integer> targets = claimsOf.get(bestOffset + l[1] - 1);
      if (targets != null && targets.size() <= MAX_ITEM_CLAIMS) {
        out.put(l[0], new Anchor(l[0], text.length(), true, Set.copyOf(targets), l[1]));
      }
    }
    return out;
  }

  /** The item of {@code list} each complaint claim overlaps (the first), or -1: one sweep. */
  private static int[] itemOf(List<Span> list, List<Claim> cClaims) {
    int[] out = new int[cClaims.size()];
    int i = 0;
    for (Claim c : cClaims) {
      while (i < list.size() && list.get(i).end() <= c.span().start()) {
        i++;
      }
      out[c.index()] = i < list.size() && c.span().overlap(list.get(i)) > 0 ? i : -1;
    }
    return out;
  }

  /**
   * Runs of bulleted items ("- ", "* ", "•" at the head of a line): each item runs to the next
   * bullet or the end of its paragraph; a run ends where other text stands between two items.
   */
  private static List<List<Span>> bulletLists(String text, int[] paragraphs) {
    List<List<Span>> out = new ArrayList<>();
    if (text.indexOf('\n') < 0) {
      return out;
    }
    List<Integer> bullets = new ArrayList<>();
    for (int line : TextLayout.lineStarts(text)) {
      if (TextLayout.bullet(text, line)) {
        bullets.add(line);
      }
    }
    List<Span> run = new ArrayList<>();
    for (int b = 0; b < bullets.size(); b++) {
      int start = bullets.get(b);
      if (!run.isEmpty() && !text.substring(run.get(run.size() - 1).end(), start).isBlank()) {
        out.add(run);
        run = new ArrayList<>();
      }
      int end = Math.min(b + 1 < bullets.size() ? bullets.get(b + 1) : text.length(),
          TextLayout.paragraphEnd(paragraphs, start));
      run.add(new Span(start, end));
    }
    if (!run.isEmpty()) {
      out.add(run);
    }
    out.removeIf(l -> l.size() < 2);
    return out;
  }

  /**
   * The complaint claims of the item a numbered reply section answers. With one candidate item,
   * its claims; with several (two lists numbered alike), the item the section's claims are
   * already linked to most strongly, or none when nothing tells them apart; none when the item
   * holds more than {@link #MAX_ITEM_CLAIMS} claims. Costs the section's claims' links, not the
   * letters' length: a reply answering 2,000 items must not walk every claim per section.
   *
   * @param candidates indexes into {@code items} of the items with the section's label, in order
   * @param label the section's label
   */
  private static Set<Integer> item(List<Integer> candidates, int label, Span section, ItemClaims items,
      List<Claim> rClaims, Bm25ClaimMatcher.Scores s) {
    int chosen = candidates.get(0);
    if (candidates.size() > 1) {
      // Each candidate's sum gets the same scores in the same order as a walk candidate by
      // candidate would add them, so the sums are equal to the bit; only linked items are seen.
      Map<Integer, Double> sums = new HashMap<>();
      for (int r = firstEndingAfter(rClaims, section.start());
          r < rClaims.size() && rClaims.get(r).span().start() < section.end(); r++) {
        Claim claim = rClaims.get(r);
        if (claim.span().overlap(section) <= 0) {
          continue;
        }
        for (Link l : s.replyToComplaint().get(claim.index())) {
          for (int item : items.itemsOf(l.target())) {
            if (items.label(item) == label) {
              sums.merge(item, l.score(), Double::sum);
            }
          }
        }
      }
      // The first candidate in text order with the highest sum, if that is above 0.
      double bestScore = 0;
      chosen = -1;
      for (var e : sums.entrySet()) {
        if (e.getValue() > bestScore || e.getValue() == bestScore && chosen >= 0 && e.getKey() < chosen) {
          bestScore = e.getValue();
          chosen = e.getKey();
        }
      }
      if (chosen < 0) {
        return Set.of();
      }
    }
    List<Integer> claims = items.claimsOf(chosen);
    return claims.size() > MAX_ITEM_CLAIMS ? Set.of() : new HashSet<>(claims);
  }

  /** The index of the first claim ending after {@code at} (claims are in text order, disjoint). */
  private static int firstEndingAfter(List<Claim> claims, int at) {
    int lo = 0;
    int hi = claims.size();
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (claims.get(mid).span().end() <= at) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  /**
   * Which complaint claims overlap which numbered items, both ways, found in one sweep: items are
   * disjoint and in text order, and so are claims.
   */
  private static final class ItemClaims {
    private final List<List<Integer>> claimsOfItem = new ArrayList<>();
    private final List<List<Integer>> itemsOfClaim = new ArrayList<>();
    private final List<int[]> labels;

    ItemClaims(List<Span> items, List<int[]> labels, List<Claim> cClaims) {
      this.labels = labels;
      for (int i = 0; i < items.size(); i++) {
        claimsOfItem.add(new ArrayList<>(2));
      }
      int first = 0;
      for (Claim c : cClaims) {
        while (first < items.size() && items.get(first).end() <= c.span().start()) {
          first++;
        }
        List<Integer> of = new ArrayList<>(1);
        for (int i = first; i < items.size() && items.get(i).start() < c.span().end(); i++) {
          if (c.span().overlap(items.get(i)) > 0) {
            of.add(i);
            claimsOfItem.get(i).add(c.index());
          }
        }
        itemsOfClaim.add(of);
      }
    }

    List<Integer> claimsOf(int item) {
      return claimsOfItem.get(item);
    }

    List<Integer> itemsOf(int claim) {
      return itemsOfClaim.get(claim);
    }

    int label(int item) {
      return labels.get(item)[1];
    }
  }

  /**
   * The complaint's numbered items, one per label of {@code labels}: each runs from its label to
   * the next label or the end of its paragraph, whichever comes first.
   */
  private static List<Span> items(String text, List<int[]> labels, int[] paragraphs) {
    List<Span> out = new ArrayList<>(labels.size());
    for (int i = 0; i < labels.size(); i++) {
      int start = labels.get(i)[0];
      int end = Math.min(i + 1 < labels.size() ? labels.get(i + 1)[0] : text.length(),
          TextLayout.paragraphEnd(paragraphs, start));
      out.add(new Span(start, end));
    }
    return out;
  }

  /** {line start, label number} of every labelled line, in order. */
  private static List<int[]> labels(String text) {
    List<int[]> out = new ArrayList<>();
    if (text.indexOf('\n') < 0) {
      return out; // one line: no list
    }
    Matcher m = LABEL.matcher(text);
    for (int line : TextLayout.lineStarts(text)) {
      if (!m.region(line, text.length()).lookingAt()) {
        continue;
      }
      for (int g = 1; g <= m.groupCount(); g++) {
        if (m.group(g) != null) {
          out.add(new int[] {m.start(), Integer.parseInt(m.group(g))});
          break;
        }
      }
    }
    return out;
  }
}
