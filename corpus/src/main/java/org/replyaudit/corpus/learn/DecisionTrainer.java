package org.replyaudit.corpus.learn;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import opennlp.tools.ml.model.MaxentModel;
import org.replyaudit.Label;
import org.replyaudit.PointKind;
import org.replyaudit.corpus.Addressed;
import org.replyaudit.corpus.Progress;
import org.replyaudit.internal.decisions.FeatureRow;
import org.replyaudit.internal.decisions.LearnedDecisions;
import org.replyaudit.internal.decisions.LearnedFeatures;
import org.replyaudit.models.ModelSet;
import org.replyaudit.models.TrainedModel;

/**
 * Trains a {@link ModelSet}: the point, link, reply-label and status models, and their decision
 * thresholds.
 *
 * <p>The later models read the earlier ones' probabilities (the reply-label models read how
 * likely each complaint claim is a point; the status model how likely each reply claim answers).
 * Were those probabilities computed by models trained on the same letters, they would be
 * over-confident, and the later models would learn to trust them too much. So they come from
 * inner cross-validation by domain ({@link Config#innerFolds()}): every training letter's
 * upstream probabilities, and the probabilities the thresholds are fitted on, come from models
 * that never saw its domain.
 *
 * <p>Deterministic: OpenNLP's L-BFGS trainer on one thread, events in case order, folds
 * assigned by {@link DomainFolds}, thresholds chosen from a fixed grid (ties to the first).
 */
public final class DecisionTrainer {
  /** The version of {@link LearnedFeatures} these models read; bump it when the features change. */
  public static final String FEATURES = "learned-features-1";

  /**
   * Training parameters.
   *
   * @param l2 the L2 cost of OpenNLP's L-BFGS maxent trainer
   * @param iterations its iteration limit
   * @param innerFolds the folds of the inner cross-validation (at least 2)
   */
  public record Config(double l2, int iterations, int innerFolds) {
    public static final Config DEFAULT = new Config(1.0, 200, 4);

    String describe() {
      return String.format(Locale.ROOT, "OpenNLP MAXENT_QN (L-BFGS) L2Cost=%s L1Cost=0 iterations=%d cutoff=1"
          + " DataIndexer=OnePassRealValue Threads=1; upstream probabilities and thresholds from %d-fold"
          + " inner cross-validation by domain", l2, iterations, innerFolds);
    }
  }

  private DecisionTrainer() {}

  /**
   * Trains a set on {@code cases}.
   *
   * @param name the set's name
   * @param encoder the encoder whose vectors the cases carry, or "" for none
   * @param description provenance to record (data, licence); thresholds and parameters are added
   */
  public static ModelSet fit(String name, List<TrainingCase> cases, Config config, String encoder,
      Properties description, Progress progress) {
    Map<TrainingCase, LearnedDecisions.Probabilities> oof = outOfFold(cases, config, progress);
    Map<String, Double> thresholds = Thresholds.fit(cases, oof);
    Map<String, TrainedModel> models = models(cases, config, oof);
    Properties p = new Properties();
    p.putAll(description);
    p.setProperty("encoder", encoder);
    p.setProperty("features", FEATURES);
    p.setProperty("trainer", config.describe());
    thresholds.forEach((k, v) -> p.setProperty("threshold." + k, String.format(Locale.ROOT, "%.2f", v)));
    return ModelSet.of(name, p, models);
  }

  /** Each case's probabilities from models trained without its domain. */
  static Map<TrainingCase, LearnedDecisions.Probabilities> outOfFold(List<TrainingCase> cases, Config config,
      Progress progress) {
    Map<String, Integer> fold = DomainFolds.assign(cases.stream().map(TrainingCase::group).toList(), config.innerFolds());
    Map<TrainingCase, LearnedDecisions.Probabilities> out = new IdentityHashMap<>();
    for (int f = 0; f < config.innerFolds(); f++) {
      List<TrainingCase> train = new ArrayList<>();
      List<TrainingCase> test = new ArrayList<>();
      for (TrainingCase c : cases) {
        (fold.get(c.group()) == f ? test : train).add(c);
      }
      if (test.isEmpty()) {
        continue;
      }
      LearnedDecisions inner = new LearnedDecisions(ModelSet.of("inner", Thresholds.defaults(),
          models(train, config, null)));
      for (TrainingCase c : test) {
        out.put(c, inner.probabilities(c.prepared()));
      }
      progress.update(f + 1, config.innerFolds() + 1, 0);
    }
    return out;
  }

  /**
   * Trains every model of a set.
   *
   * @param upstream each case's out-of-fold probabilities, read by the later models; null to
   *     compute them with the earlier models trained here (in-sample)
   */
  static Map<String, TrainedModel> models(List<TrainingCase> cases, Config config,
      Map<TrainingCase, LearnedDecisions.Probabilities> upstream) {
    Map<String, TrainedModel> models = new LinkedHashMap<>();
    List<Maxent.Row> pointRows = new ArrayList<>();
    List<Maxent.Row> linkRows = new ArrayList<>();
    for (TrainingCase c : cases) {
      for (int i = 0; i < c.state().complaint().size(); i++) {
        pointRows.add(row(c.kind(i), LearnedFeatures.point(c.prepared(), i)));
        if (c.addressed(i) != null) {
          // The link model learns from the pairs it will be asked about: the point's candidates.
          for (int j : c.prepared().candidates(i)) {
            linkRows.add(row(c.answers(i, j) ? "yes" : "no", LearnedFeatures.link(c.prepared(), i, j)));
          }
        }
      }
    }
    models.put("point", trained("point", pointRows, config));
    models.put("link", trained("link", linkRows, config));
    LearnedDecisions partial = null;
    Map<Label, List<Maxent.Row>> labelRows = new LinkedHashMap<>();
    for (Label l : Label.values()) {
      labelRows.put(l, new ArrayList<>());
    }
    Map<TrainingCase, double[]> pointP = new IdentityHashMap<>();
    for (TrainingCase c : cases) {
      double[] pp = upstream != null ? upstream.get(c).point() : pointProbabilities(models.get("point"), c);
      pointP.put(c, pp);
      if (!c.labelled()) {
        continue;
      }
      for (int j = 0; j < c.state().reply().size(); j++) {
        FeatureRow f = LearnedFeatures.reply(c.prepared(), j, pp);
        for (Label l : Label.values()) {
          labelRows.get(l).add(row(c.replyLabels().get(j).contains(l) ? "yes" : "no", f));
        }
      }
    }
    for (Label l : Label.values()) {
      models.put("reply-" + l.id(), trained("reply-" + l.id(), labelRows.get(l), config));
    }
    List<Maxent.Row> statusRows = new ArrayList<>();
    if (upstream == null) {
      // In-sample: the status rows read the models just trained.
      partial = new LearnedDecisions(ModelSet.of("partial", Thresholds.defaults(), models));
    }
    for (TrainingCase c : cases) {
      LearnedDecisions.Probabilities p = upstream != null ? upstream.get(c) : partial.probabilities(c.prepared());
      double[] answerP = p.labels().get(Label.ANSWER);
      int answering = 0;
      for (double x : answerP) {
        answering += x >= 0.5 ? 1 : 0;
      }
      for (int i = 0; i < c.state().complaint().size(); i++) {
        Addressed a = c.addressed(i);
        if (a != null) {
          PointKind kind = PointKind.valueOf(c.kind(i).toUpperCase(Locale.ROOT));
          statusRows.add(row(a.name(), LearnedFeatures.status(c.prepared(), i, kind, answerP, answering,
              p.link()[i])));
        }
      }
    }
    models.put("status", trained("status", statusRows, config));
    return models;
  }

  private static double[] pointProbabilities(TrainedModel point, TrainingCase c) {
    double[] p = new double[c.state().complaint().size()];
    for (int i = 0; i < p.length; i++) {
      FeatureRow f = LearnedFeatures.point(c.prepared(), i);
      p[i] = 1 - point.probability(PointKind.CONTEXT.id(), f.names(), f.values());
    }
    return p;
  }

  private static Maxent.Row row(String label, FeatureRow f) {
    return new Maxent.Row(label, f.names(), f.values());
  }

  private static TrainedModel trained(String name, List<Maxent.Row> rows, Config config) {
    if (rows.isEmpty()) {
      throw new IllegalArgumentException("no training rows for the " + name + " model");
    }
    MaxentModel m = Maxent.train(rows, config.l2(), config.iterations());
    return new TrainedModel(name, m);
  }
}
