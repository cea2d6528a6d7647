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
   * when the claim shares no word with it. Below the partly threshold (0.15): an anchor says
   * which point a claim is about, not that it answers it (a quoted question followed by "your
   * complaint will be shared with the team" is still unanswered).
   */
  static final double FLOOR = 0.10;
  /** Share of a claim's (or of the quote's) word pairs the other must contain to be its source. */
  static final double COPIED = 0.5;
  /**
   * A quote copying more complaint claims than this is a whole letter quoted back, not a point
   * (the most seen in DISAPERE train and dev, and in dev.jsonl, is 10).
   */
  static final int MAX_COPIED = 10;
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
  // Quotation marks: curly pairs, or straight ones paired in order within a line.
  private static final Pattern QUOTED = Pattern.compile("“([^”\\n]{1,2000})”|\"([^\"\\n]{1,2000})\"");
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
    for (Span block : blocks(reply.quoted(), text)) {
      Set<Integer> targets = copiedFrom(block.of(text), claimPairs.get());
      byStart.put(lineStart(text, block.start()), new Anchor(lineStart(text, block.start()),
          text.length(), true, targets, -1));
    }
    // 2. Passages in quotation marks, read from the masked text (no URLs or quoted lines).
    String masked = reply.masked();
    Matcher q = QUOTED.matcher(masked);
    boolean marks = masked.indexOf('"') >= 0 || masked.indexOf('\u201c') >= 0;
    while (marks && q.find()) {
      int from = q.group(1) != null ? q.start(1) : q.start(2);
      String quoted = q.group(1) != null ? q.group(1) : q.group(2);
      if (words(quoted).size() < MIN_QUOTE_WORDS) {
        continue;
      }
      Set<Integer> targets = copiedFrom(quoted, claimPairs.get());
      if (targets.isEmpty()) {
        continue; // a title or a term in quotation marks, not the complaint's words
      }
      int line = lineStart(text, q.start());
      boolean heading = q.start() - line <= HEAD;
      int start = heading ? line : q.start();
      byStart.merge(start, new Anchor(start, heading ? text.length() : paragraphEnd(paragraphs, q.end()),
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
    Map<Integer, List<Span>> items = items(complaint.original(), cParagraphs);
    List<int[]> sections = labels(text);
    if (items.size() >= 2 && sections.stream().mapToInt(l -> l[1]).distinct().count() >= 2) {
      for (int i = 0; i < sections.size(); i++) {
        int start = sections.get(i)[0];
        int label = sections.get(i)[1];
        List<Span> candidates = items.get(label);
        if (candidates == null) {
          continue;
        }
        int end = i + 1 < sections.size() ? sections.get(i + 1)[0] : text.length();
        Set<Integer> targets = item(candidates, new Span(start, end), cClaims, rClaims, s);
        if (!targets.isEmpty()) {
          byStart.merge(start, new Anchor(start, text.length(), true, targets, label),
              StructureAnchors::preferQuote);
        }
      }
    } else if (items.size() < 2) {
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
    List<Span> bestList = null;
    int bestOffset = -1;
    double bestScore = 0;
    int placings = 0;
    for (List<Span> list : lists) {
      if (list.size() < k) {
        continue;
      }
      int[] itemOf = itemOf(list, cClaims);
      // links[n][i]: how strongly section n+1's claims are linked to the list's item i.
      double[][] links = new double[k][list.size()];
      for (Claim r : rClaims) {
        if (sectionOf[r.index()] < 0) {
          continue;
        }
        for (Link l : s.replyToComplaint().get(r.index())) {
          if (itemOf[l.target()] >= 0) {
            links[sectionOf[r.index()]][itemOf[l.target()]] += l.score();
          }
        }
      }
      for (int o = 0; o + k <= list.size(); o++) {
        placings++;
        double sum = 0;
        for (int n = 0; n < k; n++) {
          sum += links[n][o + n];
        }
        if (bestList == null || sum > bestScore) {
          bestScore = sum;
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
      if (targets != null) {
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
   * already linked to most strongly, or none when nothing tells them apart.
   */
  private static Set<Integer> item(List<Span> candidates, Span section, List<Claim> cClaims,
      List<Claim> rClaims, Bm25ClaimMatcher.Scores s) {
    Span chosen = candidates.get(0);
    if (candidates.size() > 1) {
      double bestScore = 0;
      chosen = null;
      for (Span item : candidates) {
        double sum = 0;
        for (Claim r : rClaims) {
          if (r.span().overlap(section) > 0) {
            for (Link l : s.replyToComplaint().get(r.index())) {
              if (cClaims.get(l.target()).span().overlap(item) > 0) {
                sum += l.score();
              }
            }
          }
        }
        if (sum > bestScore) {
          bestScore = sum;
          chosen = item;
        }
      }
      if (chosen == null) {
        return Set.of();
      }
    }
    Set<Integer> out = new HashSet<>();
    for (Claim c : cClaims) {
      if (c.span().overlap(chosen) > 0) {
        out.add(c.index());
      }
    }
    return out;
  }

  /**
   * The complaint's numbered items by label: each runs from its label to the next label or the
   * end of its paragraph, whichever comes first.
   */
  private static Map<Integer, List<Span>> items(String text, int[] paragraphs) {
    List<int[]> labels = labels(text);
    Map<Integer, List<Span>> out = new HashMap<>();
    for (int i = 0; i < labels.size(); i++) {
      int start = labels.get(i)[0];
      int end = Math.min(i + 1 < labels.size() ? labels.get(i + 1)[0] : text.length(),
          paragraphEnd(paragraphs, start));
      out.computeIfAbsent(labels.get(i)[1], k -> new ArrayList<>()).add(new Span(start, end));
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

  private static int lineStart(String text, int at) {
    return text.lastIndexOf('\n', at - 1) + 1;
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
