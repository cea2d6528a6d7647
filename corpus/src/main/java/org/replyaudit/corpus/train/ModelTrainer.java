package org.replyaudit.corpus.train;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import opennlp.tools.ml.EventTrainer;
import opennlp.tools.ml.TrainerFactory;
import opennlp.tools.ml.maxent.quasinewton.QNModel;
import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.model.Context;
import opennlp.tools.ml.model.Event;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.util.ObjectStreamUtils;
import opennlp.tools.util.TrainingParameters;
import org.replyaudit.models.TrainedModel;

/**
 * Trains one sentence classifier with OpenNLP's own maxent trainers and scores it.
 *
 * <p>Training is deterministic: the events are fed in file order, the data indexer is the
 * one-pass in-memory one, the optimiser runs single-threaded, and neither GIS nor L-BFGS draws
 * random numbers, so the same rows and config give the same model, byte for byte.
 */
public final class ModelTrainer {
  private ModelTrainer() {}

  /**
   * A training configuration.
   *
   * @param name short name, recorded in the provenance
   * @param algorithm {@code MAXENT} (GIS) or {@code MAXENT_QN} (L-BFGS with L2)
   * @param iterations the trainer's iteration limit
   * @param cutoff features seen fewer times than this are dropped
   * @param l2 L2 cost (MAXENT_QN only)
   * @param balance whether rare labels are repeated (by the square root of how much rarer they are
   *     than the commonest), which trades the commonest label's precision for the rare ones'
   *     recall; macro-F1 rewards that
   * @param prune features whose weights are all below this in absolute value are dropped after
   *     training: they barely move a decision, and every feature costs load time
   */
  public record Config(String name, String algorithm, int iterations, int cutoff, double l2, boolean balance,
      double prune) {
    TrainingParameters parameters() {
      TrainingParameters p = new TrainingParameters();
      p.put(TrainingParameters.ALGORITHM_PARAM, algorithm);
      p.put(TrainingParameters.ITERATIONS_PARAM, iterations);
      p.put(TrainingParameters.CUTOFF_PARAM, cutoff);
      p.put(TrainingParameters.THREADS_PARAM, 1);
      p.put("DataIndexer", "OnePass");
      p.put("PrintMessages", false);
      if (algorithm.equals("MAXENT_QN")) {
        p.put("L1Cost", 0.0);
        p.put("L2Cost", l2);
      }
      return p;
    }

    /** The parameters as recorded in provenance. */
    public String describe() {
      return "algorithm=" + algorithm + " iterations=" + iterations + " cutoff=" + cutoff
          + (algorithm.equals("MAXENT_QN") ? " L1Cost=0 L2Cost=" + l2 : "")
          + " balance=" + balance + " prune=" + prune + " DataIndexer=OnePass Threads=1";
    }
  }

  /** The candidates tuned over on DISAPERE dev, in a fixed order (ties go to the earlier). */
  public static final List<Config> CANDIDATES = List.of(
      new Config("qn-l2-3-bal-c2", "MAXENT_QN", 150, 2, 3.0, true, 0.0),
      new Config("qn-l2-10-bal-c3", "MAXENT_QN", 150, 3, 10.0, true, 0.0),
      new Config("qn-l2-10-bal-c3-p05", "MAXENT_QN", 150, 3, 10.0, true, 0.05),
      new Config("qn-l2-10-bal-c3-p10", "MAXENT_QN", 150, 3, 10.0, true, 0.10));

  /**
   * How far below the best dev macro-F1 a smaller model may be and still be chosen: differences
   * this small are noise on ~1,500 dev sentences, and a smaller model loads faster.
   */
  public static final double TOLERANCE = 0.005;

  /** The number of features a model keeps. */
  public static int features(MaxentModel model) {
    return ((java.util.Map<?, ?>) ((AbstractModel) model).getDataStructures()[1]).size();
  }

  /** The candidate named {@code name}. */
  public static Config candidate(String name) {
    return CANDIDATES.stream().filter(c -> c.name().equals(name)).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no config named '" + name + "'; known: "
            + CANDIDATES.stream().map(Config::name).toList()));
  }

  /** Trains a model on {@code rows} with {@code config}. */
  public static MaxentModel train(List<SentenceRow> rows, Config config) throws IOException {
    List<Event> events = new ArrayList<>(rows.size());
    Map<String, Integer> repeat = config.balance() ? repeats(rows) : Map.of();
    for (SentenceRow r : rows) {
      Event e = new Event(r.label(), r.features());
      for (int i = repeat.getOrDefault(r.label(), 1); i > 0; i--) {
        events.add(e);
      }
    }
    EventTrainer trainer = TrainerFactory.getEventTrainer(config.parameters(), new java.util.HashMap<>());
    MaxentModel model = trainer.train(ObjectStreamUtils.createObjectStream(events));
    return config.prune() > 0 ? prune((AbstractModel) model, config.prune()) : model;
  }

  /** The model without the features whose weights are all below {@code min} in absolute value. */
  @SuppressWarnings("unchecked")
  static MaxentModel prune(AbstractModel model, double min) {
    Object[] data = model.getDataStructures();
    // OpenNLP 2.5 keeps feature -> weights in an insertion-ordered map; walking it in that order
    // keeps the pruned model deterministic.
    Map<String, Context> weights = (Map<String, Context>) data[1];
    String[] outcomes = (String[]) data[2];
    List<Context> kept = new ArrayList<>();
    List<String> names = new ArrayList<>();
    for (Map.Entry<String, Context> e : weights.entrySet()) {
      double max = 0;
      for (double w : e.getValue().getParameters()) {
        max = Math.max(max, Math.abs(w));
      }
      if (max >= min) {
        kept.add(e.getValue());
        names.add(e.getKey());
      }
    }
    return new QNModel(kept.toArray(Context[]::new), names.toArray(String[]::new), outcomes);
  }

  private static Map<String, Integer> repeats(List<SentenceRow> rows) {
    Map<String, Integer> count = new TreeMap<>();
    rows.forEach(r -> count.merge(r.label(), 1, Integer::sum));
    int max = count.values().stream().mapToInt(Integer::intValue).max().orElse(1);
    Map<String, Integer> out = new TreeMap<>();
    count.forEach((label, n) -> out.put(label, (int) Math.max(1, Math.round(Math.sqrt((double) max / n)))));
    return out;
  }

  /** Predictions of a model for rows. */
  public static List<String> predict(MaxentModel model, List<SentenceRow> rows) {
    TrainedModel m = new TrainedModel("eval", model);
    List<String> out = new ArrayList<>(rows.size());
    for (SentenceRow r : rows) {
      out.add(m.predict(r.features()).label());
    }
    return out;
  }

  /**
   * Per-class F1 and their mean over {@code classes}, after mapping gold and predicted labels
   * through {@code scored} (e.g. allegation counted as grievance on DISAPERE).
   */
  public static Scores score(List<SentenceRow> rows, List<String> predicted, List<String> classes,
      Function<String, String> scored) {
    Map<String, int[]> counts = new LinkedHashMap<>(); // tp, predicted, gold
    classes.forEach(c -> counts.put(c, new int[3]));
    int correct = 0;
    for (int i = 0; i < rows.size(); i++) {
      String gold = scored.apply(rows.get(i).label());
      String pred = scored.apply(predicted.get(i));
      if (gold.equals(pred)) {
        correct++;
        if (counts.containsKey(gold)) {
          counts.get(gold)[0]++;
        }
      }
      if (counts.containsKey(pred)) {
        counts.get(pred)[1]++;
      }
      if (counts.containsKey(gold)) {
        counts.get(gold)[2]++;
      }
    }
    Map<String, Double> f1 = new LinkedHashMap<>();
    double sum = 0;
    for (var e : counts.entrySet()) {
      int[] c = e.getValue();
      double f = c[1] + c[2] == 0 ? 0 : 2.0 * c[0] / (c[1] + c[2]);
      f1.put(e.getKey(), f);
      sum += f;
    }
    return new Scores(sum / classes.size(), f1, rows.isEmpty() ? 0 : (double) correct / rows.size());
  }

  /** Macro-F1, per-class F1 and accuracy. */
  public record Scores(double macroF1, Map<String, Double> f1, double accuracy) {}
}
