package org.replyaudit.corpus.learn;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import org.replyaudit.Label;
import org.replyaudit.Span;
import org.replyaudit.corpus.Addressed;
import org.replyaudit.corpus.Evaluator;
import org.replyaudit.corpus.GoldPoint;
import org.replyaudit.corpus.GoldReplyItem;
import org.replyaudit.corpus.Prf;
import org.replyaudit.internal.decisions.LearnedDecisions;

/**
 * The decision thresholds of a model set, fitted on out-of-fold probabilities to the figures
 * the scoring rules count (SCHEMA.md): {@code point} and {@code yes} jointly to the
 * not-fully-answered F1, each {@code label.ID} to its label's F1, {@code link} to the F1 of
 * the gold answer links. Each comes from one fixed grid, ties to the lower value.
 */
final class Thresholds {
  static final double[] GRID = {0.1, 0.15, 0.2, 0.25, 0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6, 0.65, 0.7, 0.75, 0.8};

  private Thresholds() {}

  /** Every threshold at 0.5: for sets whose decisions are not read (inner folds). */
  static Properties defaults() {
    Properties p = new Properties();
    p.setProperty("threshold.point", "0.5");
    p.setProperty("threshold.yes", "0.5");
    p.setProperty("threshold.link", "0.5");
    for (Label l : Label.values()) {
      p.setProperty("threshold.label." + l.id(), "0.5");
    }
    return p;
  }

  static Map<String, Double> fit(List<TrainingCase> cases, Map<TrainingCase, LearnedDecisions.Probabilities> oof) {
    Map<String, Double> out = new LinkedHashMap<>();
    double best = -1;
    for (double tp : GRID) {
      for (double ty : GRID) {
        Prf prf = Prf.ZERO;
        for (TrainingCase c : cases) {
          prf = prf.plus(notFullyAnswered(c, oof.get(c), tp, ty));
        }
        if (prf.f1() > best + 1e-12) {
          best = prf.f1();
          out.put("point", tp);
          out.put("yes", ty);
        }
      }
    }
    out.put("link", fitLink(cases, oof));
    for (Label l : Label.values()) {
      double bestF = -1;
      double bestT = 0.5;
      for (double t : GRID) {
        Prf prf = Prf.ZERO;
        for (TrainingCase c : cases) {
          if (c.labelled()) {
            prf = prf.plus(label(c, oof.get(c), l, t));
          }
        }
        if (prf.f1() > bestF + 1e-12) {
          bestF = prf.f1();
          bestT = t;
        }
      }
      out.put("label." + l.id(), bestT);
    }
    return out;
  }

  /** Not-fully-answered counts of one case at thresholds {@code tp} (point) and {@code ty} (answered). */
  static Prf notFullyAnswered(TrainingCase c, LearnedDecisions.Probabilities p, double tp, double ty) {
    List<Span> gold = new ArrayList<>();
    for (GoldPoint g : c.annotated().points()) {
      if (g.needsAnswer() && g.addressed() != Addressed.YES) {
        gold.add(g.span());
      }
    }
    List<Span> predicted = new ArrayList<>();
    for (int i = 0; i < p.point().length; i++) {
      if (p.point()[i] >= tp && p.status()[i][0] < ty) {
        predicted.add(c.state().complaint().get(i).span());
      }
    }
    return Evaluator.count(predicted, gold);
  }

  static Prf label(TrainingCase c, LearnedDecisions.Probabilities p, Label l, double t) {
    List<Span> gold = c.annotated().replyItems().stream().filter(g -> g.labels().contains(l))
        .map(GoldReplyItem::span).toList();
    List<Span> predicted = new ArrayList<>();
    double[] lp = p.labels().get(l);
    for (int j = 0; j < lp.length; j++) {
      if (lp[j] >= t) {
        predicted.add(c.state().reply().get(j).span());
      }
    }
    return Evaluator.count(predicted, gold);
  }

  private static double fitLink(List<TrainingCase> cases, Map<TrainingCase, LearnedDecisions.Probabilities> oof) {
    double bestF = -1;
    double bestT = 0.5;
    for (double t : GRID) {
      int tp = 0;
      int predicted = 0;
      int gold = 0;
      for (TrainingCase c : cases) {
        LearnedDecisions.Probabilities p = oof.get(c);
        for (int i = 0; i < p.link().length; i++) {
          if (c.addressed(i) == null) {
            continue;
          }
          // Gold links outside the candidates count as missed.
          for (int j = 0; j < c.state().reply().size(); j++) {
            gold += c.answers(i, j) ? 1 : 0;
          }
          int[] cand = p.candidates()[i];
          for (int k = 0; k < cand.length; k++) {
            boolean pr = p.link()[i][k] >= t;
            predicted += pr ? 1 : 0;
            tp += pr && c.answers(i, cand[k]) ? 1 : 0;
          }
        }
      }
      double f = predicted + gold == 0 ? 0 : 2.0 * tp / (predicted + gold);
      if (f > bestF + 1e-12) {
        bestF = f;
        bestT = t;
      }
    }
    return bestT;
  }

  static String describe(Map<String, Double> t) {
    StringBuilder b = new StringBuilder();
    t.forEach((k, v) -> b.append(b.length() == 0 ? "" : " ").append(k).append('=')
        .append(String.format(Locale.ROOT, "%.2f", v)));
    return b.toString();
  }
}
