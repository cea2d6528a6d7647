package org.replyaudit.internal;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.replyaudit.ClaimLink;
import org.replyaudit.Finding;
import org.replyaudit.Label;
import org.replyaudit.Point;
import org.replyaudit.PointKind;
import org.replyaudit.ReplyClaim;
import org.replyaudit.Span;
import org.replyaudit.Status;
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
  private final Map<Label, TrainedModel> labels = new EnumMap<>(Label.class);
  private final double pointThreshold;
  private final double yesThreshold;
  private final double linkThreshold;
  private final Map<Label, Double> labelThresholds = new EnumMap<>(Label.class);

  public LearnedDecisions(ModelSet set) {
    this.set = set;
    this.point = set.model("point");
    this.link = set.model("link");
    // A set without a status model (one being trained) gives every probability but the status.
    this.status = set.models().contains("status") ? set.model("status") : null;
    for (Label l : Label.values()) {
      labels.put(l, set.model("reply-" + l.id()));
      labelThresholds.put(l, set.threshold("label." + l.id()));
    }
    this.pointThreshold = set.threshold("point");
    this.yesThreshold = set.threshold("yes");
    this.linkThreshold = set.threshold("link");
  }

  public ModelSet modelSet() {
    return set;
  }

  /** Everything the models said about one pair, before it is turned into findings. */
  public record Probabilities(double[] point, PointKind[] kind, Map<Label, double[]> labels, double[][] link,
      double[][] status) {}

  /** The four steps' probabilities. */
  public Probabilities probabilities(PairState s, LearnedFeatures.Vectors v) {
    int nc = s.complaint().size();
    int nr = s.reply().size();
    double[] pointP = new double[nc];
    PointKind[] kind = new PointKind[nc];
    for (int i = 0; i < nc; i++) {
      FeatureRow f = LearnedFeatures.point(s, i, v);
      double[] p = point.eval(f.names(), f.values());
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
    Map<Label, double[]> lp = new EnumMap<>(Label.class);
    for (Label l : Label.values()) {
      lp.put(l, new double[nr]);
    }
    for (int j = 0; j < nr; j++) {
      FeatureRow f = LearnedFeatures.reply(s, j, pointP, v);
      String[] names = f.names();
      float[] values = f.values();
      for (Label l : Label.values()) {
        lp.get(l)[j] = labels.get(l).probability("yes", names, values);
      }
    }
    double[][] linkP = new double[nc][nr];
    double[][] st = new double[nc][3];
    for (int i = 0; i < nc; i++) {
      for (int j = 0; j < nr; j++) {
        FeatureRow f = LearnedFeatures.link(s, i, j, v);
        linkP[i][j] = link.probability("yes", f.names(), f.values());
      }
      if (status == null) {
        continue;
      }
      FeatureRow f = LearnedFeatures.status(s, i, kind[i], lp.get(Label.ANSWER), linkP[i], v);
      double[] p = status.eval(f.names(), f.values());
      st[i][0] = p[index(status, "YES")];
      st[i][1] = p[index(status, "PARTLY")];
      st[i][2] = p[index(status, "NO")];
    }
    return new Probabilities(pointP, kind, lp, linkP, st);
  }

  /** The decided points and reply claims of one pair. */
  public record Result(List<Point> points, List<ReplyClaim> replyClaims) {}

  public Result decide(PairState s, LearnedFeatures.Vectors v) {
    Probabilities p = probabilities(s, v);
    int nc = s.complaint().size();
    int nr = s.reply().size();
    List<Map<Label, Finding>> findings = new ArrayList<>(nr);
    boolean[] answering = new boolean[nr];
    for (int j = 0; j < nr; j++) {
      Map<Label, Finding> f = new EnumMap<>(Label.class);
      for (Label l : Label.values()) {
        double prob = p.labels().get(l)[j];
        if (prob >= labelThresholds.get(l) && l != Label.ANSWER) {
          f.put(l, new Finding(l, why(l, prob, s, j, p), compared(l, s, j, p)));
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
      List<ClaimLink> by = new ArrayList<>();
      int best = -1;
      for (int j = 0; j < nr; j++) {
        if (best < 0 || p.link()[i][j] > p.link()[i][best]) {
          best = j;
        }
      }
      List<Integer> order = new ArrayList<>();
      for (int j = 0; j < nr; j++) {
        if (p.link()[i][j] >= linkThreshold) {
          order.add(j);
        }
      }
      double[] links = p.link()[i];
      order.sort((a, b) -> a.equals(b) ? 0 : links[b] != links[a] ? Double.compare(links[b], links[a]) : Integer.compare(a, b));
      for (int j : order) {
        by.add(new ClaimLink(s.reply().get(j).span(), p.link()[i][j]));
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
            + pct(p.link()[i][best]) + " likely to answer it)" : "") + "; " + pct(st[0]) + " likely answered in full";
      } else if (status == Status.PARTLY) {
        why = head + "; only partly answered" + (best >= 0 ? ": \"" + Excerpts.excerpt(s.reply().get(best).text())
            + "\" takes it up (" + pct(p.link()[i][best]) + ")" : "") + leftOpen(c, s, best)
            + "; " + pct(st[1] + st[2]) + " likely not answered in full";
      } else {
        why = head + "; no reply claim answers it" + (best >= 0 ? " (closest \"" + Excerpts.excerpt(s.reply().get(best).text())
            + "\", " + pct(p.link()[i][best]) + ")" : "") + "; " + pct(st[2]) + " likely unanswered";
      }
      if (status != Status.UNANSWERED) {
        for (ClaimLink l : by) {
          int j = indexOf(s.reply(), l.span());
          if (j >= 0 && answering[j]) {
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
        int c = bestComplaint(p, j);
        findings.get(j).put(Label.ANSWER, new Finding(Label.ANSWER, "answers a point ("
            + pct(p.labels().get(Label.ANSWER)[j]) + ")" + (c >= 0 ? "; most likely \""
            + Excerpts.excerpt(s.complaint().get(c).text()) + "\"" : ""),
            c >= 0 ? List.of(s.complaint().get(c).span()) : List.of()));
      }
    }
    List<ReplyClaim> claims = new ArrayList<>(nr);
    for (int j = 0; j < nr; j++) {
      claims.add(new ReplyClaim(s.reply().get(j).span(), s.reply().get(j).text(),
          List.copyOf(findings.get(j).values()), closest(p, s, j)));
    }
    return new Result(points, claims);
  }

  private static int bestComplaint(Probabilities p, int j) {
    int best = -1;
    for (int i = 0; i < p.link().length; i++) {
      if (best < 0 || p.link()[i][j] * p.point()[i] > p.link()[best][j] * p.point()[best]) {
        best = i;
      }
    }
    return best;
  }

  /** The complaint claims a reply claim most likely responds to: its three likeliest links. */
  private static List<ClaimLink> closest(Probabilities p, PairState s, int j) {
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < p.link().length; i++) {
      order.add(i);
    }
    order.sort((a, b) -> {
      int c = Double.compare(p.link()[b][j], p.link()[a][j]);
      return c != 0 ? c : Integer.compare(a, b);
    });
    List<ClaimLink> out = new ArrayList<>(3);
    for (int k = 0; k < Math.min(3, order.size()); k++) {
      int i = order.get(k);
      out.add(new ClaimLink(s.complaint().get(i).span(), p.link()[i][j]));
    }
    return out;
  }

  private static int indexOf(List<Claim> claims, Span span) {
    for (Claim c : claims) {
      if (c.span().equals(span)) {
        return c.index();
      }
    }
    return -1;
  }

  private static String why(Label l, double prob, PairState s, int j, Probabilities p) {
    LabelDefinitions.Definition d = LabelDefinitions.of(l);
    StringBuilder b = new StringBuilder(d.message()).append(" (").append(pct(prob)).append(")");
    String cues = cues(s, j);
    if (!cues.isEmpty()) {
      b.append("; wording: ").append(cues);
    }
    if (d.quotesClosestComplaint()) {
      int c = bestComplaint(p, j);
      if (c >= 0) {
        b.append("; closest in the complaint \"").append(Excerpts.excerpt(s.complaint().get(c).text())).append("\"");
      }
    }
    return b.toString();
  }

  private static List<Span> compared(Label l, PairState s, int j, Probabilities p) {
    if (!LabelDefinitions.of(l).pointsToComplaint()) {
      return List.of();
    }
    int c = bestComplaint(p, j);
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
