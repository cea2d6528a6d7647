package org.replyaudit.corpus.learn;

import java.util.ArrayList;
import java.util.List;
import opennlp.tools.ml.model.MaxentModel;
import org.replyaudit.Analysis;
import org.replyaudit.ClaimLink;
import org.replyaudit.Label;
import org.replyaudit.Point;
import org.replyaudit.ReplyAnalyzer;
import org.replyaudit.ReplyClaim;
import org.replyaudit.Status;
import org.replyaudit.Verdict;
import org.replyaudit.corpus.Progress;
import org.replyaudit.corpus.QEvasionItem;
import org.replyaudit.internal.decisions.FeatureRow;

/**
 * A verdict for a genre whose gold is one verdict per pair (QEvasion's interview answers), learned
 * from that genre's tuning split on top of the analysis: a three-way maxent model over what the
 * analysis found (the points' statuses and link strengths, the reply's labels, its length). It is
 * fitted in memory by the evaluator and never written: QEvasion's licence (CC BY-NC-ND 4.0) allows
 * no shared adaptation.
 */
public final class VerdictAdapter {
  private final MaxentModel model;

  private VerdictAdapter(MaxentModel model) {
    this.model = model;
  }

  /** Fits the adapter on a tuning split, analysed with {@code analyzer}. */
  public static VerdictAdapter fit(List<QEvasionItem> tune, ReplyAnalyzer analyzer, Progress progress) {
    List<Maxent.Row> rows = new ArrayList<>();
    int done = 0;
    for (QEvasionItem item : tune) {
      FeatureRow f = features(analyzer.analyze(item.question(), item.answer()));
      rows.add(new Maxent.Row(item.gold().name(), f.names(), f.values()));
      progress.update(++done, tune.size(), 0);
    }
    return new VerdictAdapter(train(rows));
  }

  /**
   * Cross-validation within one split: {@code k} folds by position, each scored by an adapter
   * fitted on the others.
   */
  public static org.replyaudit.corpus.VerdictResult crossValidate(String name, List<QEvasionItem> items,
      ReplyAnalyzer analyzer, int k, Progress progress) {
    List<FeatureRow> rows = new ArrayList<>();
    for (QEvasionItem item : items) {
      rows.add(features(analyzer.analyze(item.question(), item.answer())));
      progress.update(rows.size(), items.size(), 0);
    }
    List<Verdict> gold = new ArrayList<>();
    List<Verdict> predicted = new ArrayList<>();
    for (int f = 0; f < k; f++) {
      List<Maxent.Row> train = new ArrayList<>();
      for (int i = 0; i < items.size(); i++) {
        if (i % k != f) {
          train.add(new Maxent.Row(items.get(i).gold().name(), rows.get(i).names(), rows.get(i).values()));
        }
      }
      MaxentModel m = train(train);
      for (int i = f; i < items.size(); i += k) {
        gold.add(items.get(i).gold());
        predicted.add(Verdict.valueOf(m.getBestOutcome(m.eval(rows.get(i).names(), rows.get(i).values()))));
      }
    }
    return org.replyaudit.corpus.VerdictResult.of(name, gold, predicted);
  }

  /**
   * Trains with each verdict's rows repeated by the square root of how much rarer it is than the
   * commonest: the score is the macro-F1, which weighs a rare verdict as much as a common one.
   */
  private static MaxentModel train(List<Maxent.Row> rows) {
    java.util.Map<String, Integer> count = new java.util.TreeMap<>();
    rows.forEach(r -> count.merge(r.label(), 1, Integer::sum));
    int max = count.values().stream().mapToInt(Integer::intValue).max().orElse(1);
    List<Maxent.Row> balanced = new ArrayList<>();
    for (Maxent.Row r : rows) {
      long times = Math.max(1, Math.round(Math.sqrt((double) max / count.get(r.label()))));
      for (long t = 0; t < times; t++) {
        balanced.add(r);
      }
    }
    return Maxent.train(balanced, DecisionTrainer.Config.DEFAULT.l2(), DecisionTrainer.Config.DEFAULT.iterations());
  }

  /** The adapted verdict of an analysis. */
  public Verdict verdict(Analysis a) {
    FeatureRow f = features(a);
    double[] p = model.eval(f.names(), f.values());
    return Verdict.valueOf(model.getBestOutcome(p));
  }

  /** What the analysis found, as features: statuses, link strengths, labels, length. */
  static FeatureRow features(Analysis a) {
    FeatureRow f = new FeatureRow();
    f.add("bias");
    f.add("verdict=" + a.verdict().id());
    f.addBinned("coverage", a.coverage(), 0.25, 0.5, 0.75, 1.0);
    int points = 0;
    double best = 0;
    for (Point p : a.points()) {
      if (!p.kind().needsAnswer()) {
        continue;
      }
      points++;
      f.add("status=" + p.status().id());
      for (ClaimLink l : p.answeredBy()) {
        best = Math.max(best, l.score());
      }
    }
    f.addBinned("points", points, 1, 2, 3, 5);
    f.addBinned("bestLink", best, 0.2, 0.4, 0.6, 0.8);
    int claims = a.replyClaims().size();
    f.addBinned("replyClaims", claims, 2, 4, 8, 16, 32);
    for (Label l : Label.values()) {
      long n = a.replyClaims().stream().filter(c -> c.has(l)).count();
      f.addBinned("share:" + l.id(), claims == 0 ? 0 : (double) n / claims, 0.1, 0.25, 0.5);
    }
    double closest = 0;
    for (ReplyClaim c : a.replyClaims()) {
      for (ClaimLink l : c.closest()) {
        closest = Math.max(closest, l.score());
      }
    }
    f.addBinned("closest", closest, 0.2, 0.4, 0.6, 0.8);
    if (a.points().stream().allMatch(p -> p.status() == Status.NOT_REQUIRED)) {
      f.add("noPoint");
    }
    return f;
  }
}
