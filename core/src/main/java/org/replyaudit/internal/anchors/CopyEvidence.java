package org.replyaudit.internal.anchors;

import java.util.HashSet;
import java.util.Set;

/**
 * Whether reply text copies the complaint, measured one way for every stage that asks: by the
 * word pairs the two share ({@link TermIndex#pairs}). Quoted text is copied, so pairs of words
 * survive where a paraphrase's would not. Three questions are asked of that evidence, and each
 * divides by what it is about:
 * <ul>
 *   <li>{@link #copiesText}: does a run of quoted lines copy the complaint at all (the run's own
 *       pairs found anywhere in the complaint: {@link QuotedLineCheck});
 *   <li>{@link #share}: how much does a quoted sentence and a complaint claim have in common
 *       (the shorter side's pairs: either may quote part of the other; {@link QuoteTracer});
 *   <li>{@link #copiedFrom}: which claims does a quote standing for a point name (the claims it
 *       mostly contains, else the one claim holding most of it; {@link StructureAnchors}).
 * </ul>
 * The threshold, the least a quote must hold and the most claims one quote may name are
 * defined here once.
 */
final class CopyEvidence {
  /** Share of a claim's (or of the quote's) word pairs the other must contain to be its source. */
  static final double COPIED = 0.5;

  /**
   * A quote copying more complaint claims than this is a whole letter quoted back, not a point
   * (the most seen in DISAPERE train and dev, and in dev.jsonl, is 10).
   */
  static final int MAX_COPIED = 10;

  /** A quote needs this many words to be traced: shorter ones are terms, not points. */
  static final int MIN_QUOTE_WORDS = 4;

  private CopyEvidence() {}

  /** Whether {@code pairs} are too few to tell a quote ("> 2.", "> Comment 5"): a heading, not a point. */
  static boolean tooShort(Set<String> pairs) {
    return pairs.size() < MIN_QUOTE_WORDS - 1;
  }

  /** Whether at least {@link #COPIED} of {@code pairs} occur in {@code source}. */
  static boolean copiesText(Set<String> pairs, Set<String> source) {
    return pairs.stream().filter(source::contains).count() >= COPIED * pairs.size();
  }

  /**
   * The share of the shorter side's pairs that a quote and a claim have in common, or 0 when
   * they share fewer than two pairs (one shared pair is a phrase, not a copy); at least
   * {@link #COPIED} when one copies the other.
   */
  static double share(int shared, int quotePairs, int claimPairs) {
    return shared < 2 ? 0 : shared / (double) Math.min(quotePairs, claimPairs);
  }

  /**
   * The complaint claims a quote copies: those most of whose word pairs it contains (it quotes
   * them, perhaps with others), or that contain most of its pairs (it quotes part of one); none
   * when it copies more than {@link #MAX_COPIED}.
   */
  static Set<Integer> copiedFrom(String quote, TermIndex claimPairs) {
    Set<String> quoted = TermIndex.pairs(quote);
    Set<Integer> out = new HashSet<>();
    if (tooShort(quoted)) {
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
}
