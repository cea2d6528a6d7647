package org.replyaudit.corpus.learn;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import opennlp.tools.ml.model.MaxentModel;
import org.replyaudit.Label;
import org.replyaudit.MatchingSignal;
import org.replyaudit.PointKind;
import org.replyaudit.Span;
import org.replyaudit.corpus.Addressed;
import org.replyaudit.corpus.AnnotatedCase;
import org.replyaudit.corpus.CaseReader;
import org.replyaudit.corpus.Evaluator;
import org.replyaudit.corpus.GoldPoint;
import org.replyaudit.corpus.GoldReplyItem;
import org.replyaudit.corpus.Prf;
import org.replyaudit.corpus.SpanMatch;
import org.replyaudit.internal.Claim;
import org.replyaudit.internal.FeatureRow;
import org.replyaudit.internal.LearnedFeatures;
import org.replyaudit.internal.PairState;
import org.replyaudit.internal.Pipeline;
import org.replyaudit.internal.Settings;

/** Throwaway: domain-held-out cross-validation of learned decisions. */
public final class LearnExperiment {
  static final List<String> KINDS = List.of("context", "request", "question", "allegation", "grievance");

  static boolean TUNE = !"0".equals(System.getProperty("tune"));
  static boolean STACK = !"0".equals(System.getProperty("stack"));
  static boolean DUMP = Boolean.getBoolean("dump");
  static boolean DIRECT = Boolean.getBoolean("direct");
  static boolean LINKS = !"0".equals(System.getProperty("links"));
  static String ORACLE = System.getProperty("oracle", "");

  /** Decision thresholds: point, status yes, and one per label. */
  record Thresholds(double point, double yes, Map<Label, Double> labels) {
    static final Thresholds DEFAULT = new Thresholds(0.5, 0.5, defaults());

    static Map<Label, Double> defaults() {
      Map<Label, Double> m = new LinkedHashMap<>();
      for (Label l : Label.values()) {
        m.put(l, 0.5);
      }
      return m;
    }

    static final double[] GRID = {0.15, 0.2, 0.25, 0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6, 0.65, 0.7};

    static Thresholds fit(List<CaseData> cases, Map<CaseData, Prediction> oof) {
      double bestF = -1;
      double bp = 0.5;
      double by = 0.5;
      for (double tp : GRID) {
        for (double ty : GRID) {
          Metrics m = new Metrics();
          Thresholds t = new Thresholds(tp, ty, defaults());
          for (CaseData d : cases) {
            m.add(d, oof.get(d), t);
          }
          if (m.nfa.f1() > bestF + 1e-9) {
            bestF = m.nfa.f1();
            bp = tp;
            by = ty;
          }
        }
      }
      Map<Label, Double> labels = new LinkedHashMap<>();
      for (Label l : Label.values()) {
        double best = -1;
        double bt = 0.5;
        for (double t : GRID) {
          Map<Label, Double> one = defaults();
          one.put(l, t);
          Metrics m = new Metrics();
          for (CaseData d : cases) {
            m.add(d, oof.get(d), new Thresholds(0.5, 0.5, one));
          }
          if (m.labels.get(l).f1() > best + 1e-9) {
            best = m.labels.get(l).f1();
            bt = t;
          }
        }
        labels.put(l, bt);
      }
      return new Thresholds(bp, by, labels);
    }

    @Override
    public String toString() {
      StringBuilder b = new StringBuilder(String.format(Locale.ROOT, "point %.2f yes %.2f", point, yes));
      labels.forEach((l, t) -> b.append(String.format(Locale.ROOT, " %s %.2f", l.id(), t)));
      return b.toString();
    }
  }

  record CaseData(AnnotatedCase c, String group, PairState s, String[] pointLabel, Addressed[] addressed,
      List<Set<Label>> replyLabels, LearnedFeatures.Vectors v, GoldPoint[] gold) {
    boolean links(int i, int j) {
      return gold[i] != null && SpanMatch.matchesAny(s.reply().get(j).span(), gold[i].by());
    }
  }

  static org.replyaudit.SentenceEncoder encoder() throws Exception {
    String id = System.getProperty("encoder", "");
    if (id.isEmpty()) {
      return null;
    }
    Class<?> model = Class.forName("org.replyaudit.semantic.EncoderModel");
    Object m = model.getMethod("fromId", String.class).invoke(null, id);
    return (org.replyaudit.SentenceEncoder) Class.forName("org.replyaudit.semantic.OnnxSentenceEncoder")
        .getMethod("of", model).invoke(null, m);
  }

  static final Map<String, float[]> CACHE = new HashMap<>();
  static java.nio.file.Path cacheFile;

  static float[][] embed(org.replyaudit.SentenceEncoder enc, List<Claim> claims) throws Exception {
    if (cacheFile == null) {
      cacheFile = java.nio.file.Path.of("/tmp/emb-" + enc.id() + ".bin");
      if (java.nio.file.Files.exists(cacheFile)) {
        try (var in = new java.io.DataInputStream(new java.io.BufferedInputStream(java.nio.file.Files.newInputStream(cacheFile)))) {
          int n = in.readInt();
          for (int i = 0; i < n; i++) {
            String t = in.readUTF();
            float[] v = new float[in.readInt()];
            for (int k = 0; k < v.length; k++) {
              v[k] = in.readFloat();
            }
            CACHE.put(t, v);
          }
        }
      }
    }
    List<String> missing = new ArrayList<>();
    for (Claim c : claims) {
      if (!CACHE.containsKey(c.text()) && !missing.contains(c.text())) {
        missing.add(c.text());
      }
    }
    if (!missing.isEmpty()) {
      float[][] v = enc.encode(missing);
      for (int i = 0; i < v.length; i++) {
        CACHE.put(missing.get(i), v[i]);
      }
    }
    float[][] out = new float[claims.size()][];
    for (int i = 0; i < out.length; i++) {
      out[i] = CACHE.get(claims.get(i).text());
    }
    return out;
  }

  static void saveCache() throws Exception {
    if (cacheFile == null) {
      return;
    }
    try (var out = new java.io.DataOutputStream(new java.io.BufferedOutputStream(java.nio.file.Files.newOutputStream(cacheFile)))) {
      out.writeInt(CACHE.size());
      for (var e : CACHE.entrySet()) {
        out.writeUTF(e.getKey());
        out.writeInt(e.getValue().length);
        for (float x : e.getValue()) {
          out.writeFloat(x);
        }
      }
    }
  }

  public static void main(String[] args) throws Exception {
    Path shared = Path.of(args.length > 0 ? args[0] : "../shared");
    List<AnnotatedCase> cases = new ArrayList<>(CaseReader.read(shared.resolve("cases/train.jsonl")));
    cases.addAll(CaseReader.read(shared.resolve("cases/dev.jsonl")));
    Pipeline pipeline = new Pipeline(new Settings(List.of(), 0.25, 0.15, 2_000_000, MatchingSignal.defaults()),
        (org.replyaudit.internal.ModelStages) null);
    List<CaseData> data = new ArrayList<>();
    org.replyaudit.SentenceEncoder enc = encoder();
    for (AnnotatedCase c : cases) {
      PairState st = pipeline.state(c.complaint(), c.reply(), c.respondent());
      LearnedFeatures.Vectors v = enc == null ? null
          : new LearnedFeatures.Vectors(embed(enc, st.complaint()), embed(enc, st.reply()));
      data.add(prepare(c, st, v));
    }
    saveCache();
    Map<String, Integer> fold = DomainFolds.assign(data.stream().map(CaseData::group).toList(),
        data.stream().map(d -> 1).toList(), 5);
    double l2 = args.length > 1 ? Double.parseDouble(args[1]) : 1.0;
    Metrics m = new Metrics();
    for (int f = 0; f < 5; f++) {
      List<CaseData> train = new ArrayList<>();
      List<CaseData> test = new ArrayList<>();
      for (CaseData d : data) {
        (fold.get(d.group()) == f ? test : train).add(d);
      }
      long t0 = System.nanoTime();
      Map<CaseData, Prediction> oof = new HashMap<>();
      for (int once = 0; (TUNE || STACK) && once < 1; once++) {
      Map<String, Integer> inner = DomainFolds.assign(train.stream().map(CaseData::group).toList(),
          train.stream().map(d -> 1).toList(), 4);
      for (int g = 0; g < 4; g++) {
        List<CaseData> itrain = new ArrayList<>();
        List<CaseData> itest = new ArrayList<>();
        for (CaseData d : train) {
          (inner.get(d.group()) == g ? itest : itrain).add(d);
        }
        Models im = Models.fit(itrain, l2);
        for (CaseData d : itest) {
          oof.put(d, im.predict(d));
        }
      }
      }
      Thresholds th = TUNE ? Thresholds.fit(train, oof) : Thresholds.DEFAULT;
      Models models = Models.fit(train, l2, STACK ? oof : null);
      for (CaseData d : test) {
        m.add(d, models.predict(d), th);
      }
      System.err.printf(Locale.ROOT, "fold %d: %.1f s, thresholds %s%n", f, (System.nanoTime() - t0) / 1e9, th);
    }
    m.print();
  }

  static String group(AnnotatedCase c) {
    return DomainFolds.group(c.id(), c.domain());
  }

  static CaseData prepare(AnnotatedCase c, PairState s, LearnedFeatures.Vectors v) {
    GoldPoint[] golds = new GoldPoint[s.complaint().size()];
    String[] pointLabel = new String[s.complaint().size()];
    Addressed[] addressed = new Addressed[s.complaint().size()];
    for (int i = 0; i < pointLabel.length; i++) {
      GoldPoint g = best(s.complaint().get(i).span(), c.points());
      golds[i] = g;
      pointLabel[i] = g == null ? "context" : g.kind().id();
      addressed[i] = g == null || !g.needsAnswer() ? null : g.addressed();
    }
    List<Set<Label>> replyLabels = new ArrayList<>();
    for (Claim r : s.reply()) {
      Set<Label> labels = EnumSet.noneOf(Label.class);
      for (GoldReplyItem g : c.replyItems()) {
        if (SpanMatch.matches(r.span(), g.span())) {
          labels.addAll(g.labels());
        }
      }
      replyLabels.add(labels);
    }
    return new CaseData(c, group(c), s, pointLabel, addressed, replyLabels, v, golds);
  }

  static GoldPoint best(Span span, List<GoldPoint> points) {
    GoldPoint best = null;
    int overlap = 0;
    for (GoldPoint g : points) {
      if (SpanMatch.matches(span, g.span()) && span.overlap(g.span()) > overlap) {
        best = g;
        overlap = span.overlap(g.span());
      }
    }
    return best;
  }

  /** Predictions for one case. */
  record Prediction(double[] pointP, PointKind[] kind, double[][] status, Map<Label, double[]> labels,
      double[][] link, double[] nfa) {}

  static final class Models {
    MaxentModel point;
    Map<Label, MaxentModel> labels = new LinkedHashMap<>();
    MaxentModel status;
    MaxentModel link;
    MaxentModel nfa;

    double[][] linkProbabilities(CaseData d) {
      double[][] p = new double[d.s().complaint().size()][d.s().reply().size()];
      for (int i = 0; i < p.length; i++) {
        for (int j = 0; j < p[i].length; j++) {
          FeatureRow f = LearnedFeatures.link(d.s(), i, j, d.v());
          p[i][j] = Maxent.probability(link, "yes", f.names(), f.values());
        }
      }
      return p;
    }

    static FeatureRow nfaRow(CaseData d, int i, PointKind kind, double[] answerP, double[] linkP) {
      FeatureRow f = new FeatureRow();
      FeatureRow a = LearnedFeatures.point(d.s(), i, d.v());
      FeatureRow b = LearnedFeatures.status(d.s(), i, kind, answerP, linkP, d.v());
      String[] an = a.names();
      float[] av = a.values();
      for (int k = 0; k < an.length; k++) {
        f.add("p:" + an[k], av[k]);
      }
      String[] bn = b.names();
      float[] bv = b.values();
      for (int k = 0; k < bn.length; k++) {
        f.add("s:" + bn[k], bv[k]);
      }
      return f;
    }

    static Models fit(List<CaseData> train, double l2) {
      return fit(train, l2, null);
    }

    /** @param oof out-of-fold predictions for the training cases (upstream inputs), or null for in-sample */
    static Models fit(List<CaseData> train, double l2, Map<CaseData, Prediction> oof) {
      Models m = new Models();
      List<Maxent.Row> rows = new ArrayList<>();
      for (CaseData d : train) {
        for (int i = 0; i < d.s().complaint().size(); i++) {
          FeatureRow f = LearnedFeatures.point(d.s(), i, d.v());
          rows.add(new Maxent.Row(d.pointLabel()[i], f.names(), f.values()));
        }
      }
      m.point = Maxent.train(rows, l2, 200);
      List<Maxent.Row> linkRows = new ArrayList<>();
      for (CaseData d : train) {
        for (int i = 0; i < d.s().complaint().size(); i++) {
          if (d.addressed()[i] == null) {
            continue;
          }
          for (int j = 0; j < d.s().reply().size(); j++) {
            FeatureRow f = LearnedFeatures.link(d.s(), i, j, d.v());
            linkRows.add(new Maxent.Row(d.links(i, j) ? "yes" : "no", f.names(), f.values()));
          }
        }
      }
      m.link = Maxent.train(linkRows, l2, 200);
      Map<Label, List<Maxent.Row>> byLabel = new LinkedHashMap<>();
      for (Label l : Label.values()) {
        byLabel.put(l, new ArrayList<>());
      }
      Map<CaseData, double[]> pointP = new HashMap<>();
      for (CaseData d : train) {
        double[] pp = oof != null ? oof.get(d).pointP() : m.pointProbabilities(d);
        pointP.put(d, pp);
        for (int j = 0; j < d.s().reply().size(); j++) {
          FeatureRow f = LearnedFeatures.reply(d.s(), j, pp, d.v());
          for (Label l : Label.values()) {
            byLabel.get(l).add(new Maxent.Row(d.replyLabels().get(j).contains(l) ? "yes" : "no", f.names(), f.values()));
          }
        }
      }
      byLabel.forEach((l, r) -> m.labels.put(l, Maxent.train(r, l2, 200)));
      List<Maxent.Row> statusRows = new ArrayList<>();
      List<Maxent.Row> nfaRows = new ArrayList<>();
      for (CaseData d : train) {
        double[] answerP = oof != null ? oof.get(d).labels().get(Label.ANSWER) : m.labelProbabilities(d, Label.ANSWER, pointP.get(d));
        double[][] linkP = oof != null ? oof.get(d).link() : m.linkProbabilities(d);
        PointKind[] kinds = oof != null ? oof.get(d).kind() : null;
        for (int i = 0; i < d.s().complaint().size(); i++) {
          if (d.addressed()[i] != null) {
            FeatureRow f = LearnedFeatures.status(d.s(), i, PointKind.valueOf(d.pointLabel()[i].toUpperCase(Locale.ROOT)), answerP, LINKS ? linkP[i] : null, d.v());
            statusRows.add(new Maxent.Row(d.addressed()[i].name(), f.names(), f.values()));
          }
          if (DIRECT) {
            PointKind k = kinds != null ? kinds[i] : d.addressed()[i] != null ? PointKind.valueOf(d.pointLabel()[i].toUpperCase(Locale.ROOT)) : PointKind.GRIEVANCE;
            FeatureRow f = nfaRow(d, i, k, answerP, LINKS ? linkP[i] : null);
            nfaRows.add(new Maxent.Row(d.addressed()[i] != null && d.addressed()[i] != Addressed.YES ? "yes" : "no", f.names(), f.values()));
          }
        }
      }
      m.status = Maxent.train(statusRows, l2, 200);
      if (DIRECT) {
        m.nfa = Maxent.train(nfaRows, l2, 200);
      }
      return m;
    }

    double[] pointProbabilities(CaseData d) {
      double[] p = new double[d.s().complaint().size()];
      for (int i = 0; i < p.length; i++) {
        FeatureRow f = LearnedFeatures.point(d.s(), i, d.v());
        p[i] = 1 - Maxent.probability(point, "context", f.names(), f.values());
      }
      return p;
    }

    double[] labelProbabilities(CaseData d, Label l, double[] pointP) {
      double[] p = new double[d.s().reply().size()];
      for (int j = 0; j < p.length; j++) {
        FeatureRow f = LearnedFeatures.reply(d.s(), j, pointP, d.v());
        p[j] = Maxent.probability(labels.get(l), "yes", f.names(), f.values());
      }
      return p;
    }

    Prediction predict(CaseData d) {
      int n = d.s().complaint().size();
      double[] pp = pointProbabilities(d);
      PointKind[] kind = new PointKind[n];
      for (int i = 0; i < n; i++) {
        FeatureRow f = LearnedFeatures.point(d.s(), i, d.v());
        double[] probs = point.eval(f.names(), f.values());
        String bestKind = "grievance";
        double best = -1;
        for (String k : KINDS) {
          int idx = point.getIndex(k);
          if (!k.equals("context") && idx >= 0 && probs[idx] > best) {
            best = probs[idx];
            bestKind = k;
          }
        }
        kind[i] = PointKind.valueOf(bestKind.toUpperCase(Locale.ROOT));
      }
      Map<Label, double[]> lp = new LinkedHashMap<>();
      for (Label l : Label.values()) {
        lp.put(l, labelProbabilities(d, l, pp));
      }
      double[][] status = new double[n][3];
      double[][] linkP = linkProbabilities(d);
      double[] nfaP = new double[n];
      for (int i = 0; i < n; i++) {
        if (DIRECT) {
          FeatureRow g = nfaRow(d, i, kind[i], lp.get(Label.ANSWER), LINKS ? linkP[i] : null);
          nfaP[i] = Maxent.probability(nfa, "yes", g.names(), g.values());
        }
        FeatureRow f = LearnedFeatures.status(d.s(), i, kind[i], lp.get(Label.ANSWER), LINKS ? linkP[i] : null, d.v());
        double[] probs = this.status.eval(f.names(), f.values());
        status[i][0] = probs[this.status.getIndex("YES")];
        status[i][1] = probs[this.status.getIndex("PARTLY")];
        status[i][2] = probs[this.status.getIndex("NO")];
      }
      return new Prediction(pp, kind, status, lp, linkP, nfaP);
    }
  }

  static final class Metrics {
    Prf nfa = Prf.ZERO;
    Prf strict = Prf.ZERO;
    Prf points = Prf.ZERO;
    Map<Label, Prf> labels = new TreeMap<>();

    void add(CaseData d, Prediction p, Thresholds t) {
      List<Span> goldNfa = new ArrayList<>();
      List<Span> goldNo = new ArrayList<>();
      List<Span> goldPoints = new ArrayList<>();
      for (GoldPoint g : d.c().points()) {
        if (g.needsAnswer()) {
          goldPoints.add(g.span());
          if (g.addressed() != Addressed.YES) {
            goldNfa.add(g.span());
          }
          if (g.addressed() == Addressed.NO) {
            goldNo.add(g.span());
          }
        }
      }
      List<Span> predNfa = new ArrayList<>();
      List<Span> predNo = new ArrayList<>();
      List<Span> predPoints = new ArrayList<>();
      for (int i = 0; i < p.pointP().length; i++) {
        boolean isPoint = ORACLE.contains("point") ? d.addressed()[i] != null
            : DIRECT ? p.pointP()[i] >= t.point() || p.nfa()[i] >= t.yes() : p.pointP()[i] >= t.point();
        if (!isPoint) {
          continue;
        }
        Span s = d.s().complaint().get(i).span();
        predPoints.add(s);
        double[] st = p.status()[i];
        boolean nfaPred = ORACLE.contains("status") ? d.addressed()[i] != null && d.addressed()[i] != Addressed.YES
            : DIRECT ? p.nfa()[i] >= t.yes() : st[0] < t.yes();
        if (nfaPred) {
          predNfa.add(s);
          if (st[2] >= st[1]) {
            predNo.add(s);
          }
        }
      }
      if (DUMP && t != null) {
        for (int i = 0; i < p.pointP().length; i++) {
          boolean gold = d.addressed()[i] != null;
          boolean pred = p.pointP()[i] >= t.point();
          if (gold != pred) {
            System.out.printf(Locale.ROOT, "%s %s %.2f %s [%s] %s%n", gold ? "MISS" : "FP  ", d.c().id(), p.pointP()[i],
                d.pointLabel()[i], d.s().kinds().get(i).kind().id(), d.s().complaint().get(i).text().replace('\n', ' '));
          }
        }
      }
      nfa = nfa.plus(Evaluator.count(predNfa, goldNfa));
      strict = strict.plus(Evaluator.count(predNo, goldNo));
      points = points.plus(Evaluator.count(predPoints, goldPoints));
      for (Label l : Label.values()) {
        List<Span> gold = d.c().replyItems().stream().filter(g -> g.labels().contains(l)).map(GoldReplyItem::span).toList();
        List<Span> pred = new ArrayList<>();
        double[] lp = p.labels().get(l);
        for (int j = 0; j < lp.length; j++) {
          if (lp[j] >= t.labels().get(l)) {
            pred.add(d.s().reply().get(j).span());
          }
        }
        labels.merge(l, Evaluator.count(pred, gold), Prf::plus);
      }
    }

    void print() {
      System.out.printf(Locale.ROOT, "points      P %.3f R %.3f F1 %.3f%n", points.precision(), points.recall(), points.f1());
      System.out.printf(Locale.ROOT, "NFA         P %.3f R %.3f F1 %.3f%n", nfa.precision(), nfa.recall(), nfa.f1());
      System.out.printf(Locale.ROOT, "strict no   P %.3f R %.3f F1 %.3f%n", strict.precision(), strict.recall(), strict.f1());
      double macro = 0;
      for (var e : labels.entrySet()) {
        System.out.printf(Locale.ROOT, "%-20s P %.3f R %.3f F1 %.3f%n", e.getKey().id(), e.getValue().precision(), e.getValue().recall(), e.getValue().f1());
        if (e.getKey().isFault()) {
          macro += e.getValue().f1() / 5;
        }
      }
      System.out.printf(Locale.ROOT, "fault macro-F1 %.3f%n", macro);
    }
  }
}
