package org.replyaudit.internal.matching;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.replyaudit.internal.matching.Bm25ClaimMatcher.Link;
import org.replyaudit.internal.text.Claim;
import org.replyaudit.internal.text.Segment;

/**
 * Pipeline stage {@code paragraph-continuity}: a reply paragraph deals with one point. Its first sentence usually names the point
 * ("Regarding the delay to your refund…") and the sentences after it go on about it in their own
 * words ("This was because…", "We have now…"). So a reply claim inherits, at {@link #CARRY} of
 * their strength, the links of the claim before it in the same paragraph, for at most
 * {@link #REACH} claims; its own links are never lowered.
 */
public final class ParagraphContinuity {
  /**
   * The share of the previous claim's links a claim inherits: less than its own words weigh, so
   * a claim that names another point keeps it (how it was chosen: docs/how-it-works.md, "Where
   * the constants come from").
   */
  static final double CARRY = 0.6;
  static final int REACH = 3;

  private final boolean enabled;

  public ParagraphContinuity(boolean enabled) {
    this.enabled = enabled;
  }

  public Bm25ClaimMatcher.Scores adjust(Bm25ClaimMatcher.Scores s, List<Claim> complaint, List<Claim> reply) {
    if (!enabled || reply.size() < 2) {
      return s;
    }
    List<List<Link>> replyToComplaint = carry(s.replyToComplaint(), reply);
    // The other direction gets the same carried links, scored from the complaint claim's side.
    List<List<Link>> complaintToReply = new ArrayList<>(complaint.size());
    for (int c = 0; c < complaint.size(); c++) {
      complaintToReply.add(carryFor(s.complaintToReply().get(c), reply));
    }
    return new Bm25ClaimMatcher.Scores(complaintToReply, replyToComplaint);
  }

  /** Reply-side lists: claim r takes CARRY times each link of claim r-1 (already carried). */
  private static List<List<Link>> carry(List<List<Link>> links, List<Claim> reply) {
    List<List<Link>> out = new ArrayList<>(links.size());
    int run = 0;
    for (int r = 0; r < links.size(); r++) {
      run = continues(reply, r) ? run + 1 : 0;
      if (run == 0 || run > REACH) {
        out.add(links.get(r));
        continue;
      }
      Map<Integer, Double> merged = new HashMap<>();
      for (Link l : links.get(r)) {
        merged.merge(l.target(), l.score(), Math::max);
      }
      for (Link l : out.get(r - 1)) {
        if (l.score() * CARRY > 0) {
          merged.merge(l.target(), l.score() * CARRY, Math::max);
        }
      }
      out.add(Link.bestFirst(merged));
    }
    return out;
  }

  /** One complaint claim's list over reply claims, carried forward along each paragraph. */
  private static List<Link> carryFor(List<Link> links, List<Claim> reply) {
    if (links.isEmpty()) {
      return links;
    }
    Map<Integer, Double> merged = new HashMap<>();
    for (Link l : links) {
      merged.put(l.target(), l.score());
    }
    for (Link l : links) {
      double score = l.score();
      for (int r = l.target() + 1, step = 1; r < reply.size() && step <= REACH && continues(reply, r);
          r++, step++) {
        score *= CARRY;
        if (score > 0) {
          merged.merge(r, score, Math::max);
        }
      }
    }
    return Link.bestFirst(merged);
  }

  private static boolean continues(List<Claim> reply, int r) {
    return r > 0 && reply.get(r).role() == Segment.Role.BODY
        && reply.get(r - 1).role() == Segment.Role.BODY
        && reply.get(r).segment().paragraph() == reply.get(r - 1).segment().paragraph();
  }

}
