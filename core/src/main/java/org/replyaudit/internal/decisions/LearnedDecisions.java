package org.replyaudit.internal.decisions;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.replyaudit.ClaimLink;
import org.replyaudit.Finding;
import org.replyaudit.Label;
import org.replyaudit.Point;
import org.replyaudit.PointKind;
import org.replyaudit.ReplyClaim;
import org.replyaudit.Span;
import org.replyaudit.Status;
import org.replyaudit.checklist.CueSet;
import org.replyaudit.internal.PairState;
import org.replyaudit.internal.cues.Cue;
import org.replyaudit.internal.text.Claim;
import org.replyaudit.internal.text.Excerpts;
import org.replyaudit.models.ModelBank;
import org.replyaudit.models.ModelSet;
import org.replyaudit.models.TrainedModel;

/**
 * The decisions, made by the trained models of a {@link ModelSet} in four steps, each reading
 * the ones before it: which complaint claims are points, and of which kind; what each reply
 * claim does; which reply claims answer which point; how far each point is answered. Every
 * decision's {@code why} names its probability and the evidence that weighed most.
 */
public final class LearnedDecisions {
  /** Point kinds in the point model's terms; context is "not a point". */
  private static final PointKind[] KINDS = {PointKind.REQUEST, PointKind.QUESTION, PointKind.ALLEGATION,
      PointKind.GRIEVANCE};

  private final ModelSet set;
  private final TrainedModel point;
  private final TrainedModel link;
  private final TrainedModel status;
  /** The built-in labels' models, in label order. */
  private final Map<Label, TrainedModel> labels = new LinkedHashMap<>();
  /** Labels added by data, each decided by its cue. */
  private final List<Label> added;
  private final double pointThreshold;
  private final double yesThreshold;
  private final double linkThreshold;
  private final Map<Label, Double> labelThresholds = new LinkedHashMap<>();
  /**
   * The set's models over one predicate dictionary: each row's feature names are looked up once
   * for all the models that read it (nine for a reply claim), the same probabilities as each
   * model's own evaluation at a fraction of the cost.
   */
  private final ModelBank bank;
  private final int pointModel;
  private final int linkModel;
  private final int statusModel;
  /** The built-in labels' models in the bank, in {@link Label#values()} order. */
  private final int[] labelModels;
  /** Where each label model puts "yes" (-1 if it has none: probability 0, as TrainedModel says). */
  private final int[] labelYes;
  private final int linkYes;

  /** Decisions by the models of {@code set}, with the built-in labels only. */
  public LearnedDecisions(ModelSet set) {
    this(set, List.of());
  }

  /**
   * Decisions by the models of {@code set}, and the labels {@code added} by data, each decided by
   * its cue ({@link Label#load}).
   *
   * @throws IllegalArgumentException if an added label has no cue (a built-in label, say)
   */
  public LearnedDecisions(ModelSet set, List<Label> added) {
    this.set = set;
    this.added = List.copyOf(added);
    for (Label l : this.added) {
      if (l.cue().isEmpty()) {
        throw new IllegalArgumentException(l.id() + " has no cue: only labels read with Label.load can be added");
      }
    }
    this.point = set.model("point");
    this.link = set.model("link");
    // A set without a status model (one being trained) gives every probability but the status.
    this.status = set.models().contains("status") ? set.model("status") : null;
    for (Label l : Label.values()) {
      labels.put(l, set.model("reply-" + l.id()));
      labelThresholds.put(l, set.threshold("label." + l.id()));
    }
    this.bank = set.bank();
    this.pointModel = bank.index("point");
    this.linkModel = bank.index("link");
    this.statusModel = status == null ? -1 : bank.index("status");
    Label[] all = Label.values();
    this.labelModels = new int[all.length];
    this.labelYes = new int[all.length];
    for (int k = 0; k < all.length; k++) {
      labelModels[k] = bank.index("reply-" + all[k].id());
      labelYes[k] = labels.get(all[k]).maxent().getIndex("yes");
    }
    this.linkYes = link.maxent().getIndex("yes");
    this.pointThreshold = set.threshold("point");
    this.yesThreshold = set.threshold("yes");
    this.linkThreshold = set.threshold("link");
  }

  public ModelSet modelSet() {
    return set;
  }

  /**
   * Everything the models said about one pair, before it is turned into findings.
   *
   * @param candidates for each complaint claim, the reply claims its links were scored for
   *     ({@link FeatureContext#candidates}); every other pair's link probability is 0
   * @param link for each complaint claim, the link probability of each of its candidates
   */
  public record Probabilities(double[] point, PointKind[] kind, Map<Label, double[]> labels, int[][] candidates,
      double[][] link, double[][] status) {}

  /** The four steps' probabilities. */
  public Probabilities probabilities(FeatureContext pr) {
    PairState s = pr.state();
    int nc = s.complaint().size();
    int nr = s.reply().size();
    double[] pointP = new double[nc];
    PointKind[] kind = new PointKind[nc];
    for (int i = 0; i < nc; i++) {
      FeatureRow f = LearnedFeatures.point(pr, i);
      double[] p = bank.eval(pointModel, bank.row(f.names(), f.values()));
      pointP[i] = 1 - p[index(point, "context")];
      PointKind best = PointKind.GRIEVANCE;
      double bestP = -1;
      for (PointKind k : KINDS) {
        int idx = point.maxent().getIndex(k.id());
        if (idx >= 0 && p[idx] > bestP) {
          bestP = p[idx];
          best = k;
        }
      }
      kind[i] = best;
    }
    Map<Label, double[]> lp = new LinkedHashMap<>();
    for (Label l : Label.values()) {
      lp.put(l, new double[nr]);
    }
    for (int j = 0; j < nr; j++) {
      FeatureRow f = LearnedFeatures.reply(pr, j, pointP);
      ModelBank.Row row = bank.row(f.names(), f.values());
      int k = 0;
      for (Label l : Label.values()) {
        lp.get(l)[j] = labelYes[k] < 0 ? 0 : bank.eval(labelModels[k], row)[labelYes[k]];
        k++;
      }
    }
    double[] answerP = lp.get(Label.ANSWER);
    int answering = 0;
    for (double p : answerP) {
      answering += p >= 0.5 ? 1 : 0;
    }
    int[][] candidates = new int[nc][];
    double[][] linkP = new double[nc][];
    double[][] st = new double[nc][3];
    for (int i = 0; i < nc; i++) {
      candidates[i] = pr.candidates(i);
      linkP[i] = new double[candidates[i].length];
      for (int k = 0; k < candidates[i].length; k++) {
        FeatureRow f = LearnedFeatures.link(pr, i, candidates[i][k]);
        linkP[i][k] = linkYes < 0 ? 0 : bank.eval(linkModel, bank.row(f.names(), f.values()))[linkYes];
      }
      if (status == null) {
        continue;
      }
      FeatureRow f = LearnedFeatures.status(pr, i, kind[i], answerP, answering, linkP[i]);
      double[] p = bank.eval(statusModel, bank.row(f.names(), f.values()));
      st[i][0] = p[index(status, "YES")];
      st[i][1] = p[index(status, "PARTLY")];
      st[i][2] = p[index(status, "NO")];
    }
    return new Probabilities(pointP, kind, lp, candidates, linkP, st);
  }

  /** The decided points and reply claims of one pair. */
  public record Result(List<Point> points, List<ReplyClaim> replyClaims) {}

  public Result decide(FeatureContext pr) {
    PairState s = pr.state();
    Probabilities p = probabilities(pr);
    int nc = s.complaint().size();
    int nr = s.reply().size();
    Backward back = new Backward(p, nr);
    List<Map<Label, Finding>> findings = new ArrayList<>(nr);
    boolean[] answering = new boolean[nr];
    for (int j = 0; j < nr; j++) {
      Map<Label, Finding> f = new TreeMap<>();
      for (Label l : Label.values()) {
        double prob = p.labels().get(l)[j];
        if (prob >= labelThresholds.get(l) && l != Label.ANSWER) {
          f.put(l, new Finding(l, why(l, "(" + pct(prob) + ")", cues(s, j), s, j, back), compared(l, s, j, back)));
        }
      }
      for (Label l : added) {
        Optional<CueSet.Hit> hit = l.cue().orElseThrow().find(s.reply().get(j).text());
        if (hit.isPresent()) {
          String wording = hit.get().cue() + " (\"" + hit.get().words() + "\")";
          f.put(l, new Finding(l, why(l, "(its cue)", wording, s, j, back), compared(l, s, j, back)));
        }
      }
      answering[j] = p.labels().get(Label.ANSWER)[j] >= labelThresholds.get(Label.ANSWER);
      findings.add(f);
    }
    List<Point> points = new ArrayList<>(nc);
    for (int i = 0; i < nc; i++) {
      Claim c = s.complaint().get(i);
      boolean isPoint = p.point()[i] >= pointThreshold;
      if (!isPoint) {
        points.add(new Point(c.span(), c.text(), PointKind.CONTEXT, Status.NOT_REQUIRED, List.of(),
            "background: " + pct(1 - p.point()[i]) + " likely to need no answer"));
        continue;
      }
      PointKind kind = p.kind()[i];
      int[] cand = p.candidates()[i];
      double[] links = p.link()[i];
      // Candidates are ascending, so the first of equal probabilities is the earliest claim.
      int bestK = -1;
      for (int k = 0; k < cand.length; k++) {
        if (bestK < 0 || links[k] > links[bestK]) {
          bestK = k;
        }
      }
      int best = bestK < 0 ? -1 : cand[bestK];
      double bestLink = bestK < 0 ? 0 : links[bestK];
      List<Integer> order = new ArrayList<>();
      for (int k = 0; k < cand.length; k++) {
        if (links[k] >= linkThreshold) {
          order.add(k);
        }
      }
      order.sort((a, b) -> links[b] != links[a] ? Double.compare(links[b], links[a]) : Integer.compare(a, b));
      List<ClaimLink> by = new ArrayList<>();
      List<Integer> byIndex = new ArrayList<>();
      for (int k : order) {
        by.add(new ClaimLink(s.reply().get(cand[k]).span(), links[k]));
        byIndex.add(cand[k]);
      }
      double[] st = p.status()[i];
      // Answered or partly answered means some reply claim takes the point up: with no link
      // above the bar there is nothing to show for either, whatever the status model says.
      Status status = by.isEmpty() ? Status.UNANSWERED
          : st[0] >= yesThreshold ? Status.ANSWERED : st[2] >= st[1] ? Status.UNANSWERED : Status.PARTLY;
      String head = kind.id() + " (" + pct(p.point()[i]) + " likely a point)";
      String why;
      if (status == Status.ANSWERED) {
        why = head + "; answered" + (best >= 0 ? " by \"" + Excerpts.excerpt(s.reply().get(best).text()) + "\" ("
            + pct(bestLink) + " likely to answer it)" : "") + "; " + pct(st[0]) + " likely answered in full";
      } else if (status == Status.PARTLY) {
        why = head + "; only partly answered" + (best >= 0 ? ": \"" + Excerpts.excerpt(s.reply().get(best).text())
            + "\" takes it up (" + pct(bestLink) + ")" : "") + leftOpen(c, s, best)
            + "; " + pct(st[1] + st[2]) + " likely not answered in full";
      } else {
        why = head + "; no reply claim answers it" + (best >= 0 ? " (closest \"" + Excerpts.excerpt(s.reply().get(best).text())
            + "\", " + pct(bestLink) + ")" : "") + "; " + pct(st[2]) + " likely unanswered";
      }
      if (status != Status.UNANSWERED) {
        for (int b = 0; b < by.size(); b++) {
          ClaimLink l = by.get(b);
          int j = byIndex.get(b);
          if (answering[j]) {
            findings.get(j).putIfAbsent(Label.ANSWER, new Finding(Label.ANSWER, "answers the " + kind.id() + " \""
                + Excerpts.excerpt(c.text()) + "\" (" + pct(l.score()) + ")", List.of(c.span())));
          }
        }
      }
      points.add(new Point(c.span(), c.text(), kind, status, status == Status.UNANSWERED ? List.of() : by, why));
    }
    // A reply claim the answer model is sure of answers something even when no point's link
    // cleared the bar: say what it most likely answers.
    for (int j = 0; j < nr; j++) {
      if (answering[j] && !findings.get(j).containsKey(Label.ANSWER)) {
        int c = back.bestComplaint(j);
        findings.get(j).put(Label.ANSWER, new Finding(Label.ANSWER, "answers a point ("
            + pct(p.labels().get(Label.ANSWER)[j]) + ")" + (c >= 0 ? "; most likely \""
            + Excerpts.excerpt(s.complaint().get(c).text()) + "\"" : ""),
            c >= 0 ? List.of(s.complaint().get(c).span()) : List.of()));
      }
    }
    List<ReplyClaim> claims = new ArrayList<>(nr);
    for (int j = 0; j < nr; j++) {
      claims.add(new ReplyClaim(s.reply().get(j).span(), s.reply().get(j).text(),
          List.copyOf(findings.get(j).values()), back.closest(s, j)));
    }
    return new Result(points, claims);
  }

  /**
   * The links read from the reply's side: for each reply claim, the complaint claims that have it
   * among their candidates, with the probability of each link.
   */
  private static final class Backward {
    private final Probabilities p;
    private final List<List<int[]>> into;

    Backward(Probabilities p, int nr) {
      this.p = p;
      into = new ArrayList<>(nr);
      for (int j = 0; j < nr; j++) {
        into.add(new ArrayList<>(2));
      }
      for (int i = 0; i < p.candidates().length; i++) {
        int[] cand = p.candidates()[i];
        for (int k = 0; k < cand.length; k++) {
          into.get(cand[k]).add(new int[] {i, k});
        }
      }
    }

    private double link(int[] ik) {
      return p.link()[ik[0]][ik[1]];
    }

    /** The complaint claim reply claim {@code j} most likely answers, weighing how likely each is a point. */
    int bestComplaint(int j) {
      int best = -1;
      double bestScore = -1;
      for (int[] ik : into.get(j)) {
        double score = link(ik) * p.point()[ik[0]];
        if (score > bestScore || score == bestScore && ik[0] < best) {
          best = ik[0];
          bestScore = score;
        }
      }
      return best;
    }

    /** The complaint claims a reply claim most likely responds to: its three likeliest links. */
    List<ClaimLink> closest(PairState s, int j) {
      List<int[]> order = new ArrayList<>(into.get(j));
      order.sort((a, b) -> {
        int c = Double.compare(link(b), link(a));
        return c != 0 ? c : Integer.compare(a[0], b[0]);
      });
      List<ClaimLink> out = new ArrayList<>(3);
      for (int k = 0; k < Math.min(3, order.size()); k++) {
        out.add(new ClaimLink(s.complaint().get(order.get(k)[0]).span(), link(order.get(k))));
      }
      return out;
    }
  }

  /**
   * A finding's why: the label's message, how sure ("(p 0.80)", or "(its cue)" for a label
   * decided by its cue), the wording that fired, and for some labels the closest complaint claim.
   */
  private static String why(Label l, String sure, String cues, PairState s, int j, Backward back) {
    StringBuilder b = new StringBuilder(l.message()).append(' ').append(sure);
    if (!cues.isEmpty()) {
      b.append("; wording: ").append(cues);
    }
    if (l.quotesClosestComplaint()) {
      int c = back.bestComplaint(j);
      if (c >= 0) {
        b.append("; closest in the complaint \"").append(Excerpts.excerpt(s.complaint().get(c).text())).append("\"");
      }
    }
    return b.toString();
  }

  private static List<Span> compared(Label l, PairState s, int j, Backward back) {
    if (!l.pointsToComplaint()) {
      return List.of();
    }
    int c = back.bestComplaint(j);
    return c >= 0 ? List.of(s.complaint().get(c).span()) : List.of();
  }

  /** The cues that fired on a reply claim, as "cue (\"words\")". */
  private static String cues(PairState s, int j) {
    StringBuilder b = new StringBuilder();
    for (Cue.Hit h : s.acts().get(j).values()) {
      if (b.length() > 0) {
        b.append(", ");
      }
      b.append(h);
    }
    return b.toString();
  }

  /** What the point asks that the reply claim taking it up does not mention. */
  private static String leftOpen(Claim point, PairState s, int best) {
    if (best < 0) {
      return "";
    }
    String reply = " " + s.reply().get(best).cue() + " ";
    List<String> missing = new ArrayList<>();
    for (String w : point.cue().strip().split(" ")) {
      if (w.length() > 3 && !STOP.contains(w) && !reply.contains(" " + w + " ") && !missing.contains(w)
          && Character.isLetterOrDigit(w.charAt(0))) {
        missing.add(w);
      }
    }
    if (missing.isEmpty()) {
      return "";
    }
    return "; left open: " + String.join(", ", missing.subList(0, Math.min(5, missing.size())));
  }

  private static final java.util.Set<String> STOP = java.util.Set.of("that", "this", "with", "have", "from",
      "they", "them", "were", "been", "would", "could", "should", "your", "what", "when", "which", "there",
      "their", "about", "also", "will", "into", "then", "than", "just", "very", "please", "because");

  private static int index(TrainedModel m, String label) {
    int k = m.maxent().getIndex(label);
    if (k < 0) {
      throw new IllegalStateException("model " + m.name() + " has no label " + label);
    }
    return k;
  }

  static String pct(double p) {
    return String.format(Locale.ROOT, "p %.2f", p);
  }
}
