package org.replyaudit.internal.matching;

import java.util.ArrayList;
import java.util.List;
import org.replyaudit.internal.matching.Bm25ClaimMatcher.Link;

/**
 * Pipeline stage {@code order-prior}: replies usually take the complaint's points in order. A link between claims at
 * similar relative positions in their letters is raised by up to {@link #WEIGHT} of its score;
 * links far apart are left as they are. Only links that already share words are touched.
 */
public final class OrderPrior {
  static final double WEIGHT = 0.25;
  /** Relative distance at which the raise has fallen to about a third. */
  static final double SCALE = 0.20;

  private final boolean enabled;

  public OrderPrior(boolean enabled) {
    this.enabled = enabled;
  }

  public Bm25ClaimMatcher.Scores adjust(Bm25ClaimMatcher.Scores s, int complaintClaims, int replyClaims) {
    if (!enabled || complaintClaims < 2 || replyClaims < 2) {
      return s;
    }
    return new Bm25ClaimMatcher.Scores(raise(s.complaintToReply(), complaintClaims, replyClaims),
        raise(s.replyToComplaint(), replyClaims, complaintClaims));
  }

  private static List<List<Link>> raise(List<List<Link>> links, int from, int to) {
    List<List<Link>> out = new ArrayList<>(links.size());
    for (int q = 0; q < links.size(); q++) {
      double pq = q / (double) (from - 1);
      List<Link> raised = new ArrayList<>(links.get(q).size());
      for (Link l : links.get(q)) {
        double distance = Math.abs(pq - l.target() / (double) (to - 1));
        double factor = 1 + WEIGHT * Math.exp(-distance / SCALE);
        raised.add(new Link(l.target(), Math.min(1.0, l.score() * factor)));
      }
      raised.sort(Link.BEST_FIRST);
      out.add(List.copyOf(raised));
    }
    return out;
  }
}
