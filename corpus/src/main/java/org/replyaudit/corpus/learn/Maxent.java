package org.replyaudit.corpus.learn;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import opennlp.tools.ml.EventTrainer;
import opennlp.tools.ml.TrainerFactory;
import opennlp.tools.ml.model.Event;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.util.ObjectStreamUtils;
import opennlp.tools.util.TrainingParameters;

/**
 * L2-regularised multinomial logistic regression, trained with OpenNLP's L-BFGS maxent trainer
 * on named real-valued features. Deterministic: events in the given order, one thread, no random
 * numbers.
 */
public final class Maxent {
  private Maxent() {}

  /** One training example. */
  public record Row(String label, String[] names, float[] values) {}

  public static MaxentModel train(List<Row> rows, double l2, int iterations) {
    List<Event> events = new ArrayList<>(rows.size());
    for (Row r : rows) {
      events.add(new Event(r.label(), r.names(), r.values()));
    }
    TrainingParameters p = new TrainingParameters();
    p.put(TrainingParameters.ALGORITHM_PARAM, "MAXENT_QN");
    p.put(TrainingParameters.ITERATIONS_PARAM, iterations);
    p.put(TrainingParameters.CUTOFF_PARAM, 1);
    p.put(TrainingParameters.THREADS_PARAM, 1);
    p.put("DataIndexer", "OnePassRealValue");
    p.put("PrintMessages", false);
    p.put("L1Cost", 0.0);
    p.put("L2Cost", l2);
    try {
      EventTrainer trainer = TrainerFactory.getEventTrainer(p, new HashMap<>());
      return trainer.train(ObjectStreamUtils.createObjectStream(events));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The probability of {@code label} (0 when the model does not know it). */
  public static double probability(MaxentModel m, String label, String[] names, float[] values) {
    int k = m.getIndex(label);
    return k < 0 ? 0 : m.eval(names, values)[k];
  }
}
