package org.replyaudit.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.replyaudit.Span;
import org.replyaudit.internal.Bm25ClaimMatcher.Link;

/**
 * Stage 5e: point-by-point replies say which point each part answers. They quote it (a
 * {@code > } line, a passage in quotation marks at the head of a line, "you asked whether …",
 * "the reviewer says …") or repeat its number ("1.", "(2)", "Q3", "Point 4", "R1.2"). Such an
 * anchor names the complaint claim the reply claims after it deal with, however differently they
 * are worded, so their links to that claim are raised until the next anchor.
 *
 * <p>Anchors are read from the original reply: the cleaner blanked {@code > } lines out of what
 * the other stages read, and they are exactly what this stage needs. No span moves; the stage
 * only changes scores. A quote is traced to the complaint claims it copies by shared word pairs
 * (quoted text is copied, so pairs of words survive where a paraphrase's would not); a number is
 * traced to the complaint item with the same number, and when the complaint numbers two lists
 * alike (strengths 1–3, weaknesses 1–5) to the one the reply section is closest to. When only the
 * reply numbers (1..k), section n is traced by position to the n-th of k items of a bulleted list
 * or of the complaint's paragraphs, placed where the sections' claims already match best.
 */
final class StructureAnchors {
  /**
   * How much an anchored link rises: ×(1 + BOOST). On DISAPERE dev P@1 0.5 gave 0.563, 1.0
   * 0.576, 2.0 0.587, but 2.0 lost 0.016 P@1 on dev.jsonl: 1.0 serves both.
   */
  static final double BOOST = 1.0;
  /**
   * The least an anchored link scores, so the named point ranks among the claim's links even
   * when the claim shares no word with it. Low, because an anchor says which point a claim is
   * about, not that it answers it (a quoted question followed by "your complaint will be shared
   * with the team" is still unanswered): that is the trained models' decision.
   */
  static final double FLOOR = 0.10;
  /** Share of a claim's (or of the quote's) word pairs the other must contain to be its source. */
  static final double COPIED = 0.5;
  /**
   * A quote copying more complaint claims than this is a whole letter quoted back, not a point
   * (the most seen in DISAPERE train and dev, and in dev.jsonl, is 10).
   */
  static final int MAX_COPIED = 10;
  /**
   * A numbered item or paragraph holding more complaint claims than this is not one point (the
   * most seen in DISAPERE train, dev and test, dev.jsonl and train.jsonl is 27): it is the rest of
   * a list whose labels the pattern cannot read ("100." onwards), or a letter without paragraphs.
   * It names no point, since linking every claim of its section to all of its claims would make
   * the links quadratic in the length of the letters.
   */
  static final int MAX_ITEM_CLAIMS = 50;
  /** Share of a paraphrase's content words a claim must contain to be what it reports. */
  static final double REPORTED = 0.6;

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
  /** The longest passage in quotation marks (curly pairs, or straight ones paired in order within a line). */
  private static final int MAX_QUOTATION = 2000;
  // Someone's words reported: what follows, to the end of the sentence, names the point.
  // The look-ahead names the first letters of every alternative, so that most positions of the
  // letter are rejected by one character test instead of a dozen case-insensitive branches.
  private static final Pattern REPORTING = Pattern.compile(
      "(?i)(?=[ytrcawi])\\b(?:you|the reviewer|reviewer ?\\d{0,2}|the referee|the complainant)[ \\t]+"
          + "(?:said|says|wrote|write|writes|asked|ask|asks|stated|state|states|mentioned|mention|mentions|"
          + "noted|note|notes|pointed out|point out|points out|raised|raise|raises|suggested|suggest|suggests|"
          + "commented|comment|comments|claimed|claim|claims|argued|argue|argues)\\b"
          + "|(?i)\\b(?:regarding|concerning|as for|as to|with regard to|in response to)[ \\t]+"
          + "(?:your|the reviewer's|the reviewers')[ \\t]+(?:\\w+[ \\t]+)?"
          + "(?:point|comment|question|concern|remark|suggestion|observation|criticism)s?\\b");
  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");
  /** At most this much text (a label such as "Q1", "R:", "> ii)") may stand before a heading quote. */
  private static final int HEAD = 14;
  /** A quote needs this many words to be traced: shorter ones are terms, not points. */
  static final int MIN_QUOTE_WORDS = 4;

  private final boolean enabled;

  StructureAnchors(boolean enabled) {
    this.enabled = enabled;
  }

  /** An anchor: from {@code start} to {@code end} (exclusive), reply claims are about {@code targets}. */
  private record Anchor(int start, int end, boolean heading, Set<Integer> targets, int label) {}

  Bm25ClaimMatcher.Scores adjust(Bm25ClaimMatcher.Scores scores, CleanText complaint, List<Claim> cClaims,
      CleanText reply, List<Claim> rClaims) {
    Objects.requireNonNull(scores, "scores");
    Objects.requireNonNull(complaint, "complaint");
    Objects.requireNonNull(cClaims, "cClaims");
    Objects.requireNonNull(reply, "reply");
    Objects.requireNonNull(rClaims, "rClaims");
    if (!enabled || cClaims.isEmpty() || rClaims.isEmpty()) {
      return scores;
    }
    List<Anchor> anchors = anchors(complaint, cClaims, reply, rClaims, scores);
    if (anchors.isEmpty()) {
      return scores;
    }
    // Reply claim -> the complaint claims its anchor names.
    // Claims and anchors are both in text order: one sweep, so the cost stays linear.
    Map<Integer, Set<Integer>> about = new HashMap<>();
    Anchor heading = null;
    Anchor inline = null;
    int next = 0;
    for (Claim r : rClaims) {
      while (next < anchors.size() && anchors.get(next).start() < r.span().end()) {
        Anchor a = anchors.get(next++);
        if (a.heading()) {
          heading = a;
          inline = null;
        } else {
          inline = a;
        }
      }
      Set<Integer> targets = governing(heading, inline, r.span());
      if (!targets.isEmpty()) {
        about.put(r.index(), targets);
      }
    }
    if (about.isEmpty()) {
      return scores;
    }
    List<Map<Integer, Double>> replyToComplaint = byTarget(scores.replyToComplaint());
    List<Map<Integer, Double>> complaintToReply = byTarget(scores.complaintToReply());
    for (var e : about.entrySet()) {
      int r = e.getKey();
      for (int c : e.getValue()) {
        // Both directions are raised from their own score, so each list keeps its own evidence.
        replyToComplaint.get(r).put(c, raise(replyToComplaint.get(r).getOrDefault(c, 0.0)));
        complaintToReply.get(c).put(r, raise(complaintToReply.get(c).getOrDefault(r, 0.0)));
      }
    }
    List<List<Link>> rc = new ArrayList<>(rClaims.size());
    for (Map<Integer, Double> m : replyToComplaint) {
      rc.add(Link.bestFirst(m));
    }
    List<List<Link>> cr = new ArrayList<>(cClaims.size());
    for (Map<Integer, Double> m : complaintToReply) {
      cr.add(Link.bestFirst(m));
    }
    return new Bm25ClaimMatcher.Scores(cr, rc);
  }

  private static double raise(double score) {
    return Math.min(1.0, Math.max(FLOOR, score * (1 + BOOST)));
  }

  /**
   * The targets of the anchor governing a claim, given the last heading anchor and the last inline
   * one after it that start before the claim ends: the innermost one in force.
   * A heading anchor is in force until the next heading anchor; a quote or reported point inside
   * a paragraph only to the end of that paragraph.
   */
  private static Set<Integer> governing(Anchor heading, Anchor inline, Span claim) {
    if (inline != null && inline.end() > claim.start() && !inline.targets().isEmpty()) {
      return inline.targets();
    }
    return heading == null ? Set.of() : heading.targets();
  }

  /** Each claim's links as a target-to-score map, to be raised in place. */
  private static List<Map<Integer, Double>> byTarget(List<List<Link>> links) {
    List<Map<Integer, Double>> out = new ArrayList<>(links.size());
    for (List<Link> ls : links) {
      Map<Integer, Double> m = new HashMap<>();
      for (Link l : ls) {
        m.put(l.target(), l.score());
      }
      out.add(m);
    }
    return out;
  }

  /** Every anchor of the reply, in text order. */
  private static List<Anchor> anchors(CleanText complaint, List<Claim> cClaims, CleanText reply,
      List<Claim> rClaims, Bm25ClaimMatcher.Scores s) {
    String text = reply.original();
    int[] paragraphs = paragraphEnds(text);
    // Built only for a reply that quotes or reports: most replies do neither.
    Supplier<TermIndex> claimPairs = memoize(() ->
        TermIndex.ofPairs(cClaims.stream().map(Claim::text).toList()));
    Supplier<TermIndex> claimWords = memoize(() ->
        new TermIndex(cClaims.stream().map(c -> (Set<String>) new HashSet<>(words(c.text()))).toList()));
    // Keyed by start so a quote and a label on the same line merge into one anchor.
    TreeMap<Integer, Anchor> byStart = new TreeMap<>();

    // 1. Quoted lines: a run of "> " lines is one quote, standing at the head of its section.
    int[] breaks = lineBreaks(text);
    for (Span block : blocks(reply.quoted(), text)) {
      Set<Integer> targets = copiedFrom(block.of(text), claimPairs.get());
      byStart.put(lineStart(breaks, block.start()), new Anchor(lineStart(breaks, block.start()),
          text.length(), true, targets, -1));
    }
    // 2. Passages in quotation marks, read from the masked text (no URLs or quoted lines).
    String masked = reply.masked();
    for (int[] q : QuotationMarks.find(masked, MAX_QUOTATION)) {
      String quoted = masked.substring(q[2], q[3]);
      if (words(quoted).size() < MIN_QUOTE_WORDS) {
        continue;
      }
      Set<Integer> targets = copiedFrom(quoted, claimPairs.get());
      if (targets.isEmpty()) {
        continue; // a title or a term in quotation marks, not the complaint's words
      }
      int line = lineStart(breaks, q[0]);
      boolean heading = q[0] - line <= HEAD;
      int start = heading ? line : q[0];
      byStart.merge(start, new Anchor(start, heading ? text.length() : paragraphEnd(paragraphs, q[1]),
          heading, targets, -1), StructureAnchors::preferQuote);
    }
    // 3. Reported words: "you asked whether …", "regarding your point about …".
    Matcher rep = REPORTING.matcher(reply.masked());
    while (rep.find()) {
      int end = sentenceEnd(text, rep.end());
      List<String> reported = words(text.substring(rep.end(), end));
      Set<Integer> targets = reportedFrom(reported, claimWords.get());
      if (!targets.isEmpty()) {
        byStart.putIfAbsent(rep.start(), new Anchor(rep.start(), paragraphEnd(paragraphs, rep.end()),
            false, targets, -1));
      }
    }
    // 4. Numbers: reply sections and complaint items with the same label. Only lists count:
    // both letters must number at least two items, or a stray "1." would be taken for one.
    int[] cParagraphs = paragraphEnds(complaint.original());
    List<int[]> itemLabels = labels(complaint.original());
    List<Span> items = items(complaint.original(), itemLabels, cParagraphs);
    Map<Integer, List<Integer>> itemsByLabel = new HashMap<>();
    for (int i = 0; i < items.size(); i++) {
      itemsByLabel.computeIfAbsent(itemLabels.get(i)[1], l -> new ArrayList<>()).add(i);
    }
    List<int[]> sections = labels(text);
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
          byStart.merge(start, new Anchor(start, text.length(), true, targets, label),
              StructureAnchors::preferQuote);
        }
      }
    } else if (itemsByLabel.size() < 2) {
      // 5. Numbered answers to unnumbered points: reply section n answers the n-th item of a
      // bulleted list (or of the complaint's paragraphs), counted from where the answers start.
      for (var e : ordinal(complaint.original(), cParagraphs, cClaims, text, sections, rClaims, s)
          .entrySet()) {
        byStart.merge(e.getKey(), e.getValue(), StructureAnchors::preferQuote);
      }
    }
    return List.copyOf(byStart.values());
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
    lists.add(paragraphs(complaint, paragraphs));
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
    for (int line : lineStarts(text)) {
      if (bullet(text, line)) {
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
          paragraphEnd(paragraphs, start));
      run.add(new Span(start, end));
    }
    if (!run.isEmpty()) {
      out.add(run);
    }
    out.removeIf(l -> l.size() < 2);
    return out;
  }

  /** Whether the line starting at {@code line} starts with a bullet: "- ", "* " or "•". */
  private static boolean bullet(String text, int line) {
    int i = line;
    while (i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
      i++;
    }
    if (i + 1 >= text.length()) {
      return false;
    }
    char ch = text.charAt(i);
    char after = text.charAt(i + 1);
    return ch == '\u2022' ? after != '\n' : (ch == '-' || ch == '*') && (after == ' ' || after == '\t');
  }

  /** The non-blank paragraphs of {@code text}, in order. */
  private static List<Span> paragraphs(String text, int[] ends) {
    List<Span> out = new ArrayList<>();
    int start = 0;
    for (int end : ends) {
      while (start < end && Character.isWhitespace(text.charAt(start))) {
        start++;
      }
      if (start < end) {
        out.add(new Span(start, end));
      }
      start = end;
    }
    return out;
  }

  /** A quote names the claim more precisely than a number does. */
  private static Anchor preferQuote(Anchor a, Anchor b) {
    if (a.targets().isEmpty()) {
      return new Anchor(a.start(), Math.max(a.end(), b.end()), a.heading() || b.heading(), b.targets(), b.label());
    }
    if (a.label() >= 0 && b.label() < 0 && !b.targets().isEmpty()) {
      return new Anchor(a.start(), Math.max(a.end(), b.end()), true, b.targets(), -1);
    }
    return new Anchor(a.start(), Math.max(a.end(), b.end()), a.heading() || b.heading(), a.targets(), a.label());
  }

  /**
   * The complaint claims a quote copies: those most of whose word pairs it contains (it quotes
   * them, perhaps with others), or that contain most of its pairs (it quotes part of one); none
   * when it copies more than {@link #MAX_COPIED}.
   */
  static Set<Integer> copiedFrom(String quote, TermIndex claimPairs) {
    Set<String> quoted = TermIndex.pairs(quote);
    Set<Integer> out = new HashSet<>();
    if (quoted.size() < MIN_QUOTE_WORDS - 1) {
      return out;
    }
    int best = -1;
    double bestShare = 0;
    int[][] shared = claimPairs.shared(quoted);
    for (int i = 0; i < shared[0].length; i++) {
      int c = shared[0][i];
      int own = claimPairs.pairCount(c);
      if (shared[1][i] >= 2 && shared[1][i] >= COPIED * own) {
        out.add(c);
      }
      double ofQuote = shared[1][i] / (double) quoted.size();
      if (ofQuote > bestShare) {
        bestShare = ofQuote;
        best = c;
      }
    }
    // An excerpt of one long claim: only the claim holding most of it.
    if (out.isEmpty() && bestShare >= COPIED) {
      out.add(best);
    }
    // A quote copying more claims than a point has is a whole letter quoted back (an e-mail
    // reply): it names no one point, and linking every claim after it to all of them would make
    // the links quadratic in the length of the letters.
    return out.size() > MAX_COPIED ? new HashSet<>() : out;
  }

  /** The one complaint claim holding most of a paraphrase's content words, if it holds enough. */
  private static Set<Integer> reportedFrom(List<String> reported, TermIndex claimWords) {
    Set<String> content = new HashSet<>();
    for (String w : reported) {
      if (w.length() > 3) {
        content.add(w);
      }
    }
    if (content.size() < 2) {
      return Set.of();
    }
    int best = -1;
    double bestShare = 0;
    boolean tie = false;
    int[][] shared = claimWords.shared(content);
    for (int i = 0; i < shared[0].length; i++) {
      double share = shared[1][i] / (double) content.size();
      if (share > bestShare) {
        bestShare = share;
        best = shared[0][i];
        tie = false;
      } else if (share == bestShare) {
        tie = true;
      }
    }
    return best >= 0 && !tie && bestShare >= REPORTED ? Set.of(best) : Set.of();
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
          paragraphEnd(paragraphs, start));
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
    for (int line : lineStarts(text)) {
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

  /** Runs of quoted lines separated only by blank space, as one span each. */
  private static List<Span> blocks(List<Span> quoted, String text) {
    List<Span> out = new ArrayList<>();
    for (Span line : quoted) {
      if (!out.isEmpty() && text.substring(out.get(out.size() - 1).end(), line.start()).isBlank()) {
        out.set(out.size() - 1, new Span(out.get(out.size() - 1).start(), line.end()));
      } else {
        out.add(line);
      }
    }
    return out;
  }

  /** Where each {@code \n} of {@code text} stands, in order. */
  private static int[] lineBreaks(String text) {
    int count = 0;
    for (int at = text.indexOf('\n'); at >= 0; at = text.indexOf('\n', at + 1)) {
      count++;
    }
    int[] out = new int[count];
    int k = 0;
    for (int at = text.indexOf('\n'); at >= 0; at = text.indexOf('\n', at + 1)) {
      out[k++] = at;
    }
    return out;
  }

  /**
   * The start of the line holding {@code at} ({@code text.lastIndexOf('\n', at - 1) + 1}), by
   * binary search over its line breaks: a rescan per anchor would be quadratic on one long line.
   */
  private static int lineStart(int[] breaks, int at) {
    int i = java.util.Arrays.binarySearch(breaks, at - 1);
    int before = i >= 0 ? i : -i - 2; // the last break at or before at - 1
    return before < 0 ? 0 : breaks[before] + 1;
  }

  /**
   * Where each paragraph of {@code text} ends, in order, then its length: the start of every
   * non-overlapping {@code \n[ \t]*\n}, found with {@code indexOf} rather than a regex tried at
   * every character.
   */
  static int[] paragraphEnds(String text) {
    List<Integer> ends = new ArrayList<>();
    int at = text.indexOf('\n');
    while (at >= 0) {
      int i = at + 1;
      while (i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
        i++;
      }
      if (i < text.length() && text.charAt(i) == '\n') {
        ends.add(at);
        at = text.indexOf('\n', i + 1); // the match ends at i; the next starts after it
      } else {
        at = text.indexOf('\n', at + 1);
      }
    }
    ends.add(text.length());
    return ends.stream().mapToInt(Integer::intValue).toArray();
  }

  /**
   * Where {@code (?m)^} matches in {@code text}: its start and after every line terminator (not
   * between the {@code \r} and {@code \n} of a pair, and not at the very end).
   */
  static List<Integer> lineStarts(String text) {
    List<Integer> out = new ArrayList<>();
    if (!text.isEmpty()) {
      out.add(0);
    }
    for (int i = 0; i < text.length(); i++) {
      char ch = text.charAt(i);
      boolean terminator = ch == '\n' || ch == '\u0085' || ch == '\u2028' || ch == '\u2029'
          || (ch == '\r' && (i + 1 == text.length() || text.charAt(i + 1) != '\n'));
      if (terminator && i + 1 < text.length()) {
        out.add(i + 1);
      }
    }
    return out;
  }

  /** The end of the paragraph holding {@code from}, by binary search (no rescan per anchor). */
  private static int paragraphEnd(int[] ends, int from) {
    int i = java.util.Arrays.binarySearch(ends, from);
    return ends[i >= 0 ? i : -i - 1];
  }

  /**
   * The end of the sentence (or line) that runs on from {@code from}, at most 400 chars on (the
   * segmenter's longest claim), so a text without punctuation is not rescanned per anchor.
   */
  private static int sentenceEnd(String text, int from) {
    int limit = Math.min(text.length(), from + 400);
    for (int i = from; i < limit; i++) {
      char ch = text.charAt(i);
      if (ch == '\n' || ((ch == '.' || ch == '?' || ch == '!' || ch == ';')
          && (i + 1 == text.length() || Character.isWhitespace(text.charAt(i + 1))))) {
        return i;
      }
    }
    return limit;
  }

  static List<String> words(String text) {
    List<String> out = new ArrayList<>();
    Matcher m = WORD.matcher(text);
    while (m.find()) {
      out.add(m.group().toLowerCase(Locale.ROOT));
    }
    return out;
  }

  /**
   * Computes {@code value} on the first {@code get()} and keeps it. For one analysis on one
   * thread, so it needs no locking (and core no Guava for one {@code Suppliers.memoize}).
   */
  private static <T> Supplier<T> memoize(Supplier<T> value) {
    return new Supplier<>() {
      private T computed;

      @Override
      public T get() {
        if (computed == null) {
          computed = value.get();
        }
        return computed;
      }
    };
  }
}
