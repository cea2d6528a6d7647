package org.replyaudit.internal.anchors;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.replyaudit.Span;
import org.replyaudit.internal.cues.CueFile;
import org.replyaudit.internal.matching.Bm25ClaimMatcher.Link;
import org.replyaudit.internal.matching.Bm25ClaimMatcher;
import org.replyaudit.internal.text.Claim;
import org.replyaudit.internal.text.CleanText;
import org.replyaudit.internal.text.QuotationMarks;
import org.replyaudit.internal.text.TextLayout;

/**
 * Pipeline stage {@code structure-anchors}: point-by-point replies say which point each part answers. They quote it (a
 * {@code > } line, a passage in quotation marks at the head of a line, "you asked whether …",
 * "the reviewer says …") or repeat its number ("1.", "(2)", "Q3", "Point 4", "R1.2"). Such an
 * anchor names the complaint claim the reply claims after it deal with, however differently they
 * are worded, so their links to that claim are raised until the next anchor.
 *
 * <p>Anchors are read from the original reply: the cleaner blanked {@code > } lines out of what
 * the other stages read, and they are exactly what this stage needs. No span moves; the stage
 * only changes scores. A quote is traced to the complaint claims it copies
 * ({@link CopyEvidence#copiedFrom}); a number to the complaint item with the same number, or by
 * position when only the reply numbers ({@link NumberedAnchors}).
 */
public final class StructureAnchors {
  /**
   * How much an anchored link rises: ×(1 + BOOST). Enough to put the named point first among
   * links of similar wording, not so much that it buries a better-worded link (how it was chosen:
   * docs/how-it-works.md, "Where the constants come from").
   */
  static final double BOOST = 1.0;
  /**
   * The least an anchored link scores, so the named point ranks among the claim's links even
   * when the claim shares no word with it. Low, because an anchor says which point a claim is
   * about, not that it answers it (a quoted question followed by "your complaint will be shared
   * with the team" is still unanswered): that is the trained models' decision.
   */
  static final double FLOOR = 0.10;
  /** Share of a paraphrase's content words a claim must contain to be what it reports. */
  static final double REPORTED = 0.6;

  /** The longest passage in quotation marks (curly pairs, or straight ones paired in order within a line). */
  private static final int MAX_QUOTATION = 2000;
  /**
   * Someone's words reported ("you asked whether", "regarding your comment"): what follows, to
   * the end of the sentence, names the point. From {@code cues/structure-anchors.json}, with its
   * examples; only where each match starts and ends is read.
   */
  private static final Pattern REPORTING = CueFile.load("structure-anchors.json").only("REPORTING").pattern();
  /** At most this much text (a label such as "Q1", "R:", "> ii)") may stand before a heading quote. */
  private static final int HEAD = 14;

  private final boolean enabled;

  public StructureAnchors(boolean enabled) {
    this.enabled = enabled;
  }

  /** An anchor: from {@code start} to {@code end} (exclusive), reply claims are about {@code targets}. */
  record Anchor(int start, int end, boolean heading, Set<Integer> targets, int label) {}

  public Bm25ClaimMatcher.Scores adjust(Bm25ClaimMatcher.Scores scores, CleanText complaint, List<Claim> cClaims,
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
    int[] paragraphs = TextLayout.paragraphEnds(text);
    // Built only for a reply that quotes or reports: most replies do neither.
    Supplier<TermIndex> claimPairs = memoize(() ->
        TermIndex.ofPairs(cClaims.stream().map(Claim::text).toList()));
    Supplier<TermIndex> claimWords = memoize(() ->
        new TermIndex(cClaims.stream().map(c -> (Set<String>) new HashSet<>(TextLayout.words(c.text()))).toList()));
    // Keyed by start so a quote and a label on the same line merge into one anchor.
    TreeMap<Integer, Anchor> byStart = new TreeMap<>();

    // 1. Quoted lines: a run of "> " lines is one quote, standing at the head of its section.
    int[] breaks = TextLayout.lineBreaks(text);
    for (Span block : TextLayout.blocks(reply.quoted(), text)) {
      Set<Integer> targets = CopyEvidence.copiedFrom(block.of(text), claimPairs.get());
      byStart.put(TextLayout.lineStart(breaks, block.start()), new Anchor(TextLayout.lineStart(breaks, block.start()),
          text.length(), true, targets, -1));
    }
    // 2. Passages in quotation marks, read from the masked text (no URLs or quoted lines).
    String masked = reply.masked();
    for (int[] q : QuotationMarks.find(masked, MAX_QUOTATION)) {
      String quoted = masked.substring(q[2], q[3]);
      if (TextLayout.words(quoted).size() < CopyEvidence.MIN_QUOTE_WORDS) {
        continue;
      }
      Set<Integer> targets = CopyEvidence.copiedFrom(quoted, claimPairs.get());
      if (targets.isEmpty()) {
        continue; // a title or a term in quotation marks, not the complaint's words
      }
      int line = TextLayout.lineStart(breaks, q[0]);
      boolean heading = q[0] - line <= HEAD;
      int start = heading ? line : q[0];
      byStart.merge(start, new Anchor(start, heading ? text.length() : TextLayout.paragraphEnd(paragraphs, q[1]),
          heading, targets, -1), StructureAnchors::preferQuote);
    }
    // 3. Reported words: "you asked whether …", "regarding your point about …".
    Matcher rep = REPORTING.matcher(reply.masked());
    while (rep.find()) {
      int end = TextLayout.sentenceEnd(text, rep.end());
      List<String> reported = TextLayout.words(text.substring(rep.end(), end));
      Set<Integer> targets = reportedFrom(reported, claimWords.get());
      if (!targets.isEmpty()) {
        byStart.putIfAbsent(rep.start(), new Anchor(rep.start(), TextLayout.paragraphEnd(paragraphs, rep.end()),
            false, targets, -1));
      }
    }
    // 4. Numbers: reply sections and complaint items with the same label, or numbered answers to
    // unnumbered points (NumberedAnchors).
    for (var e : NumberedAnchors.find(complaint.original(), cClaims, text, rClaims, s).entrySet()) {
      byStart.merge(e.getKey(), e.getValue(), StructureAnchors::preferQuote);
    }
    return List.copyOf(byStart.values());
  }






  /** A quote names the claim more precisely than a number does. */
  static Anchor preferQuote(Anchor a, Anchor b) {
    if (a.targets().isEmpty()) {
      return new Anchor(a.start(), Math.max(a.end(), b.end()), a.heading() || b.heading(), b.targets(), b.label());
    }
    if (a.label() >= 0 && b.label() < 0 && !b.targets().isEmpty()) {
      return new Anchor(a.start(), Math.max(a.end(), b.end()), true, b.targets(), -1);
    }
    return new Anchor(a.start(), Math.max(a.end(), b.end()), a.heading() || b.heading(), a.targets(), a.label());
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
