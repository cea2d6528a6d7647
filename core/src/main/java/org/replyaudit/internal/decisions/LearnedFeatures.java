package org.replyaudit.internal.decisions;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.replyaudit.PointKind;
import org.replyaudit.SentenceEncoder;
import org.replyaudit.internal.PairState;
import org.replyaudit.internal.cues.Cue;
import org.replyaudit.internal.cues.PointClassifier;
import org.replyaudit.internal.cues.ReplyActClassifier.Act;
import org.replyaudit.internal.cues.TypedEvidence;
import org.replyaudit.internal.matching.Bm25ClaimMatcher.Link;
import org.replyaudit.internal.text.Claim;
import org.replyaudit.models.SentenceFeatures;

/**
 * The features of the three learned decisions: is a complaint claim a point (and of which kind),
 * what does a reply claim do, and how far is a point answered. Training and analysis both call
 * these, so the two cannot drift apart.
 *
 * <p>The cue classifiers' hits are inputs here, never verdicts: the model weighs them with
 * everything else.
 */
public final class LearnedFeatures {
  private static final double[] SCORE_BINS = {0.1, 0.15, 0.25, 0.4, 0.6};
  private static final double[] COSINE_BINS = {0.5, 0.6, 0.7, 0.8, 0.9};

  private LearnedFeatures() {}

  /** Sentence embeddings of both letters' claims, or null in lexical mode. */
  public record Vectors(float[][] complaint, float[][] reply) {
    double cos(int c, int r) {
      return SentenceEncoder.dot(complaint[c], reply[r]);
    }
  }

  /** Prepares one pair's features: see {@link FeatureContext}. */
  public static FeatureContext prepare(PairState s, Vectors v) {
    return new FeatureContext(s, v);
  }

  /** Is complaint claim {@code i} a point, and of which kind. */
  public static FeatureRow point(FeatureContext p, int i) {
    PairState s = p.state();
    Vectors v = p.vectors();
    FeatureRow f = new FeatureRow();
    f.add("bias");
    Claim c = s.complaint().get(i);
    f.addAll("s:", p.complaintWords[i]);
    PointClassifier.Decision d = s.kinds().get(i);
    f.add("rk=" + d.kind().id());
    d.cue().ifPresent(h -> f.add("rc=" + h.cue()));
    structure(f, c, s.complaint());
    if (i > 0) {
      f.add("prev=" + s.kinds().get(i - 1).kind().id());
      neighbour(f, "prev:", p.complaintWords[i - 1]);
    }
    if (i + 1 < s.complaint().size()) {
      f.add("next=" + s.kinds().get(i + 1).kind().id());
      neighbour(f, "next:", p.complaintWords[i + 1]);
    }
    // What else the paragraph does: a narrative sentence in a paragraph of requests reads differently.
    int[] inParagraph = p.paragraphKinds[i];
    int own = s.kinds().get(i).kind().ordinal();
    for (PointKind k : PointKind.values()) {
      if (inParagraph[k.ordinal()] - (k.ordinal() == own ? 1 : 0) > 0) {
        f.add("para=" + k.id());
      }
    }
    if (v != null) {
      embedding(f, "e", v.complaint()[i]);
    }
    return f;
  }

  /**
   * What reply claim {@code j} does.
   *
   * @param pointProbability for each complaint claim, how likely it is a point needing an answer
   */
  public static FeatureRow reply(FeatureContext pr, int j, double[] pointProbability) {
    PairState s = pr.state();
    Vectors v = pr.vectors();
    FeatureRow f = new FeatureRow();
    f.add("bias");
    Claim c = s.reply().get(j);
    f.addAll("s:", pr.replyWords[j]);
    f.add("role=" + c.role());
    for (Map.Entry<Act, Cue.Hit> e : s.acts().get(j).entrySet()) {
      f.add("act=" + e.getKey());
      f.add("actcue=" + e.getValue().cue());
    }
    structure(f, c, s.reply());
    f.add(j == 0 ? "first" : j == s.reply().size() - 1 ? "last" : "middle");
    if (Parties.replyAboutRespondent(c, s.respondent())) {
      f.add("aboutRespondent");
    }
    // How close it comes to the complaint: to what needs an answer, and to the background.
    double toPoint = 0;
    double toContext = 0;
    double weighted = 0;
    for (Link l : s.stages().ordered().replyToComplaint().get(j)) {
      double p = pointProbability[l.target()];
      weighted = Math.max(weighted, l.score() * p);
      toContext = Math.max(toContext, l.score() * (1 - p));
      toPoint = Math.max(toPoint, p >= 0.5 ? l.score() : 0);
    }
    List<Link> links = s.stages().ordered().replyToComplaint().get(j);
    f.addBinned("bm25", links.isEmpty() ? 0 : links.get(0).score(), SCORE_BINS);
    f.addBinned("bm25point", weighted, SCORE_BINS);
    f.addBinned("bm25context", toContext, SCORE_BINS);
    f.addBinned("bm25pointOnly", toPoint, SCORE_BINS);
    if (v != null) {
      double best = -1;
      double bestPoint = -1;
      double bestContext = -1;
      for (int i = 0; i < s.complaint().size(); i++) {
        double cos = pr.cos(i, j);
        best = Math.max(best, cos);
        if (pointProbability[i] >= 0.5) {
          bestPoint = Math.max(bestPoint, cos);
        } else {
          bestContext = Math.max(bestContext, cos);
        }
      }
      f.addBinned("cos", Math.max(0, best), COSINE_BINS);
      f.addBinned("cospoint", Math.max(0, bestPoint), COSINE_BINS);
      f.addBinned("coscontext", Math.max(0, bestContext), COSINE_BINS);
      embedding(f, "e", v.reply()[j]);
    }
    return f;
  }

  /**
   * How far point {@code i} is answered.
   *
   * @param kind the point's kind
   * @param answerProbability for each reply claim, how likely it answers some point
   * @param answeringClaims how many reply claims likely answer some point
   * @param linkProbability for each of the point's {@linkplain FeatureContext#candidates candidates},
   *     how likely it answers this point
   */
  public static FeatureRow status(FeatureContext pr, int i, PointKind kind, double[] answerProbability, int answeringClaims,
      double[] linkProbability) {
    PairState s = pr.state();
    FeatureRow f = new FeatureRow();
    f.add("bias");
    int[] cand = pr.candidates(i);
    double p1 = 0;
    double p2 = 0;
    double sum = 0;
    int linked = -1;
    for (int k = 0; k < cand.length; k++) {
      double p = linkProbability[k];
      sum += p;
      if (p > p1) {
        p2 = p1;
        p1 = p;
        linked = cand[k];
      } else if (p > p2) {
        p2 = p;
      }
    }
    f.addBinned("link1", p1, 0.1, 0.2, 0.3, 0.5, 0.7, 0.9);
    f.addBinned("link2", p2, 0.1, 0.3, 0.5);
    f.addBinned("linkSum", Math.min(3, sum), 0.5, 1, 1.5, 2);
    if (linked >= 0) {
      for (Act a : s.acts().get(linked).keySet()) {
        f.add("link1act=" + a);
      }
      for (TypedEvidence.Want w : pr.wants.get(i)) {
        if (TypedEvidence.gives(s.complaint().get(i), s.reply().get(linked), w)) {
          f.add("link1gives=" + w);
        }
      }
    }
    f.add("kind=" + kind.id());
    Claim point = s.complaint().get(i);
    for (TypedEvidence.Want w : pr.wants.get(i)) {
      f.add("wants=" + w);
    }
    List<Link> lexical = s.stages().lexical().complaintToReply().get(i);
    List<Link> responds = s.responds().complaintToReply().get(i);
    List<Link> carried = s.stages().carried().complaintToReply().get(i);
    f.addBinned("lex1", score(lexical, 0), SCORE_BINS);
    f.addBinned("lex2", score(lexical, 1), SCORE_BINS);
    f.addBinned("carried1", score(carried, 0), SCORE_BINS);
    f.addBinned("responds1", score(responds, 0), SCORE_BINS);
    // The best link through a claim that answers something, and what the best-linked claim does.
    double answering = 0;
    for (Link l : carried) {
      answering = Math.max(answering, l.score() * answerProbability[l.target()]);
    }
    f.addBinned("answering", answering, SCORE_BINS);
    if (!carried.isEmpty()) {
      int r = carried.get(0).target();
      f.addBinned("bestAnswerP", answerProbability[r], 0.3, 0.5, 0.7);
      for (Act a : s.acts().get(r).keySet()) {
        f.add("bestact=" + a);
      }
      for (TypedEvidence.Want w : pr.wants.get(i)) {
        if (TypedEvidence.gives(point, s.reply().get(r), w)) {
          f.add("gives=" + w);
        }
      }
      // Is this point what its best reply claim is mostly about?
      List<Link> back = s.stages().carried().replyToComplaint().get(r);
      if (!back.isEmpty() && back.get(0).target() == i) {
        f.add("mutualBest");
      }
    }
    f.addBinned("replyAnswers", answeringClaims, 1, 2, 4, 8);
    f.addBinned("replyClaims", s.reply().size(), 3, 6, 12, 24);
    if (pr.semantic()) {
      double best = 0;
      double bestAnswering = 0;
      int bestR = -1;
      for (int r = 0; r < s.reply().size(); r++) {
        double cos = Math.max(0, pr.cos(i, r));
        if (cos > best) {
          best = cos;
          bestR = r;
        }
        bestAnswering = Math.max(bestAnswering, cos * answerProbability[r]);
      }
      f.addBinned("cos1", best, COSINE_BINS);
      f.addBinned("cosAnswering", bestAnswering, COSINE_BINS);
      if (bestR >= 0) {
        f.addBinned("cosBestAnswerP", answerProbability[bestR], 0.3, 0.5, 0.7);
      }
      if (!carried.isEmpty()) {
        f.addBinned("cosOfBm25Best", Math.max(0, pr.cos(i, carried.get(0).target())), COSINE_BINS);
      }
    }
    return f;
  }

  /**
   * Does reply claim {@code j} answer complaint claim {@code i}: how close the two are (each
   * matching stage's score, their ranks both ways, meaning if encoded), what the reply claim's
   * wording does, whether it gives what the point asks for, and where the two stand.
   */
  public static FeatureRow link(FeatureContext pr, int i, int j) {
    PairState s = pr.state();
    FeatureRow f = new FeatureRow();
    f.add("bias");
    Claim point = s.complaint().get(i);
    Claim reply = s.reply().get(j);
    double lex = scoreOf(s.stages().lexical().complaintToReply().get(i), j);
    double ord = scoreOf(s.stages().ordered().complaintToReply().get(i), j);
    double car = scoreOf(s.stages().carried().complaintToReply().get(i), j);
    double res = scoreOf(s.responds().complaintToReply().get(i), j);
    f.addBinned("lex", lex, SCORE_BINS);
    f.addBinned("ord", ord, SCORE_BINS);
    f.addBinned("car", car, SCORE_BINS);
    f.add("anchored", res > car + 1e-9 ? 1 : 0);
    f.add("carriedOnly", car > ord + 1e-9 ? 1 : 0);
    // Rank of j among the point's links, and of i among the reply claim's.
    f.add("rankFwd=" + Math.min(3, rankOf(s.stages().carried().complaintToReply().get(i), j)));
    List<Link> back = s.stages().carried().replyToComplaint().get(j);
    f.add("rankBack=" + Math.min(3, rankOf(back, i)));
    double bestBack = back.isEmpty() ? 0 : back.get(0).score();
    f.addBinned("share", bestBack > 0 ? car / bestBack : 0, 0.5, 0.8, 0.99);
    f.add("rk=" + s.kinds().get(i).kind().id());
    f.add("role=" + reply.role());
    for (Map.Entry<Act, Cue.Hit> e : s.acts().get(j).entrySet()) {
      f.add("act=" + e.getKey());
    }
    for (TypedEvidence.Want w : pr.wants.get(i)) {
      f.add("wants=" + w);
      if (TypedEvidence.gives(point, reply, w)) {
        f.add("gives=" + w);
      }
    }
    double pi = s.complaint().size() <= 1 ? 0 : (double) i / (s.complaint().size() - 1);
    double pj = s.reply().size() <= 1 ? 0 : (double) j / (s.reply().size() - 1);
    f.addBinned("posGap", Math.abs(pi - pj), 0.1, 0.25, 0.5);
    if (pr.semantic()) {
      double cos = pr.cos(i, j);
      f.addBinned("cos", Math.max(0, cos), COSINE_BINS);
      int fwd = 0;
      for (int r = 0; r < s.reply().size(); r++) {
        if (pr.cos(i, r) > cos) {
          fwd++;
        }
      }
      int bwd = 0;
      for (int c = 0; c < s.complaint().size(); c++) {
        if (pr.cos(c, j) > cos) {
          bwd++;
        }
      }
      f.add("cosRankFwd=" + Math.min(3, fwd));
      f.add("cosRankBack=" + Math.min(3, bwd));
    }
    return f;
  }

  private static double scoreOf(List<Link> links, int target) {
    for (Link l : links) {
      if (l.target() == target) {
        return l.score();
      }
    }
    return 0;
  }

  private static int rankOf(List<Link> links, int target) {
    for (int k = 0; k < links.size(); k++) {
      if (links.get(k).target() == target) {
        return k;
      }
    }
    return links.size() + 1;
  }

  // Where a claim stands, as a share of its letter's claims rather than of its characters: white
  // space between sentences then moves no claim.
  static double from(int index, int claims) {
    return (double) index / Math.max(1, claims);
  }

  static double to(int index, int claims) {
    return (double) (index + 1) / Math.max(1, claims);
  }

  private static double score(List<Link> links, int rank) {
    return links.size() > rank ? links.get(rank).score() : 0;
  }

  /** The first two words and the cue classes of a neighbouring claim. */
  private static void neighbour(FeatureRow f, String prefix, String[] words) {
    for (String x : words) {
      if (x.startsWith("w1=") || x.startsWith("cue=") || x.startsWith("p=") || x.equals("q") || x.startsWith("qform")) {
        f.add(prefix + x);
      }
    }
  }

  private static void structure(FeatureRow f, Claim c, List<Claim> claims) {
    if (c.segment().item()) {
      f.add("item");
    }
    if (c.segment().listIntro() != null) {
      f.add("underIntro");
    }
    if (PointClassifier.introducesList(c)) {
      f.add("introducesList");
    }
    if (!c.firstOfSegment()) {
      f.add("continuesSentence");
    }
    if (c.segment().paragraph() == 0) {
      f.add("firstParagraph");
    }
    if (c.index() == claims.size() - 1) {
      f.add("lastClaim");
    }
  }

  /** Experiments: whether the point and reply models read the vectors' components themselves. */
  static final double DIMS = Double.parseDouble(System.getProperty("replyaudit.dims", "0"));

  private static void embedding(FeatureRow f, String prefix, float[] vector) {
    if (DIMS == 0) {
      return;
    }
    for (int k = 0; k < vector.length; k++) {
      f.add(prefix + k, vector[k] * DIMS);
    }
  }

  /** The acts a claim's cues showed, for callers outside the package. */
  public static Set<Act> acts(PairState s, int j) {
    return s.acts().get(j).keySet();
  }
}
