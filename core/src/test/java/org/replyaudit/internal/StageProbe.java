package org.replyaudit.internal;

import java.util.EnumSet;
import java.util.List;
import org.replyaudit.MatchingSignal;
import org.replyaudit.internal.matching.Bm25ClaimMatcher.Link;
import org.replyaudit.internal.text.Claim;

/**
 * The stages before the decisions, with chosen matching signals, and what their scores say: for
 * tests that show a signal changing the scores it exists for.
 */
public final class StageProbe {
  private final Pipeline pipeline;

  private StageProbe(EnumSet<MatchingSignal> signals) {
    this.pipeline = new Pipeline(new Settings(List.of(), 2_000_000, signals));
  }

  /** The default signals. */
  public static StageProbe defaults() {
    return new StageProbe(EnumSet.copyOf(MatchingSignal.defaults()));
  }

  /** The default signals but {@code off}. */
  public static StageProbe without(MatchingSignal... off) {
    EnumSet<MatchingSignal> s = EnumSet.copyOf(MatchingSignal.defaults());
    s.removeAll(List.of(off));
    return new StageProbe(s);
  }

  /** The default signals and {@code on}. */
  public static StageProbe with(MatchingSignal... on) {
    EnumSet<MatchingSignal> s = EnumSet.copyOf(MatchingSignal.defaults());
    s.addAll(List.of(on));
    return new StageProbe(s);
  }

  public PairState state(String complaint, String reply) {
    return pipeline.state(complaint, reply, List.of());
  }

  /**
   * The text of the complaint claim the reply claim containing {@code replyClaim} responds to
   * most (the last matching stage's best link), or "" when it has none.
   */
  public String closestTo(String complaint, String reply, String replyClaim) {
    PairState s = state(complaint, reply);
    List<Link> links = s.responds().replyToComplaint().get(reply(s, replyClaim));
    return links.isEmpty() ? "" : s.complaint().get(links.get(0).target()).text();
  }

  /** The best score of that link (0 when it has none). */
  public double closestScore(String complaint, String reply, String replyClaim) {
    PairState s = state(complaint, reply);
    List<Link> links = s.responds().replyToComplaint().get(reply(s, replyClaim));
    return links.isEmpty() ? 0 : links.get(0).score();
  }

  /** The best score any reply claim reaches for the first complaint claim after typed evidence and order. */
  public double bestForFirstPoint(String complaint, String reply) {
    List<Link> links = state(complaint, reply).stages().ordered().complaintToReply().get(0);
    return links.isEmpty() ? 0 : links.get(0).score();
  }

  /** The best score for the complaint claim containing {@code point} after typed evidence and order. */
  public double bestFor(String complaint, String reply, String point) {
    PairState s = state(complaint, reply);
    for (Claim c : s.complaint()) {
      if (c.text().contains(point)) {
        List<Link> links = s.stages().ordered().complaintToReply().get(c.index());
        return links.isEmpty() ? 0 : links.get(0).score();
      }
    }
    throw new AssertionError("no complaint claim contains \"" + point + "\"");
  }

  private static int reply(PairState s, String text) {
    for (Claim c : s.reply()) {
      if (c.text().contains(text)) {
        return c.index();
      }
    }
    throw new AssertionError("no reply claim contains \"" + text + "\": " + s.reply());
  }
}
