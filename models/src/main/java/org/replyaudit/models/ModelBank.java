package org.replyaudit.models;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import opennlp.tools.ml.ArrayMath;
import opennlp.tools.ml.maxent.quasinewton.QNModel;
import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.model.Context;

/**
 * Several trained models evaluated over one shared predicate dictionary, so that a feature row
 * read by many models (a reply claim's row goes to nine label models) has each feature name
 * looked up once rather than once per model.
 *
 * <p>OpenNLP keeps one string-keyed hash map per model, and with hundreds of thousands of
 * predicates those lookups are memory-bound and dominate evaluation. Here a row's names are
 * turned into dictionary ids once ({@link #row}); each model then maps an id to its weights
 * through a plain array. The probabilities are the same doubles as {@link TrainedModel#eval}:
 * the scores are summed in the row's order, one product per feature and outcome, and normalised
 * with the same log-sum-exp and {@link StrictMath#exp}, as OpenNLP's {@link QNModel} does. A
 * model this class cannot reproduce exactly (any other model type, or weights not stored for
 * every outcome) is evaluated by OpenNLP itself.
 *
 * <p>Immutable and thread-safe.
 */
public final class ModelBank {
  /** Models past this many are evaluated by OpenNLP: which models have a predicate is a bit mask. */
  private static final int MAX_EXACT = Long.SIZE;

  /** Every predicate of every model, numbered. */
  private final Map<String, Integer> ids;
  private final List<String> names;
  private final TrainedModel[] models;
  /** Per model where its weights start in a predicate's block, or -1 where OpenNLP evaluates it. */
  private final int[] offset;
  /** Per model its number of outcomes. */
  private final int[] outcomes;
  /** Per dictionary id, bit {@code k} set if model {@code k} has that predicate. */
  private final long[] has;
  /**
   * The weights, one block of {@code block} doubles per dictionary id: each model's weights for
   * the predicate, in outcome order, at the model's offset. A row's features thus bring each
   * predicate's weights for all models into cache together, where separate per-model tables
   * cost a cache miss per feature and model.
   */
  private final double[] weights;
  private final int block;

  private ModelBank(Map<String, TrainedModel> byName) {
    this.names = List.copyOf(byName.keySet());
    this.models = byName.values().toArray(TrainedModel[]::new);
    this.offset = new int[models.length];
    this.outcomes = new int[models.length];
    Map<String, Integer> dict = new HashMap<>();
    List<Map<String, Context>> tables = new ArrayList<>(models.length);
    int width = 0;
    for (int k = 0; k < models.length; k++) {
      outcomes[k] = models[k].maxent().getNumOutcomes();
      Map<String, Context> table = k < MAX_EXACT ? exactTable(models[k]) : null;
      tables.add(table);
      offset[k] = table == null ? -1 : width;
      if (table != null) {
        width += outcomes[k];
        for (String p : table.keySet()) {
          dict.putIfAbsent(p, dict.size());
        }
      }
    }
    this.ids = dict;
    this.block = width;
    this.has = new long[dict.size()];
    this.weights = new double[Math.multiplyExact(dict.size(), width)];
    for (int k = 0; k < models.length; k++) {
      if (tables.get(k) == null) {
        continue;
      }
      for (Map.Entry<String, Context> e : tables.get(k).entrySet()) {
        int id = dict.get(e.getKey());
        has[id] |= 1L << k;
        System.arraycopy(e.getValue().getParameters(), 0, weights, id * width + offset[k], outcomes[k]);
      }
    }
  }

  /**
   * A bank over the given models.
   *
   * @param models the models by name; their order is the bank's
   * @return the bank
   */
  public static ModelBank of(Map<String, TrainedModel> models) {
    return new ModelBank(new LinkedHashMap<>(Objects.requireNonNull(models, "models")));
  }

  /**
   * The position of a model in the bank, for {@link #eval}.
   *
   * @param name the model's name, as given to {@link #of}
   * @return its position
   * @throws IllegalArgumentException if the bank has no such model
   */
  public int index(String name) {
    int k = names.indexOf(name);
    if (k < 0) {
      throw new IllegalArgumentException("no model '" + name + "' among " + names);
    }
    return k;
  }

  /**
   * A feature row prepared for the bank's models: its names looked up once.
   *
   * @param names the features' names; not copied, so not to be changed while the row is used
   * @param values their values, one per name; likewise not copied
   * @return the row
   */
  public Row row(String[] names, float[] values) {
    int[] id = new int[names.length];
    for (int i = 0; i < names.length; i++) {
      Integer k = ids.get(names[i]);
      id[i] = k == null ? -1 : k;
    }
    return new Row(names, values, id);
  }

  /**
   * The probability of each label of one model, in its {@link TrainedModel#labels()} order;
   * bit for bit what {@link TrainedModel#eval} gives for the row's names and values.
   *
   * @param model the model's position, from {@link #index}
   * @param row a row from this bank's {@link #row}
   * @return one probability per label
   */
  public double[] eval(int model, Row row) {
    int off = offset[model];
    if (off < 0) {
      return models[model].eval(row.names, row.values);
    }
    // QNModel.eval's arithmetic: the same products, summed in the row's order, and the same
    // normalisation. A predicate the model lacks adds nothing, as in OpenNLP (not even a zero).
    int n = outcomes[model];
    long bit = 1L << model;
    double[] probs = new double[n];
    int[] id = row.ids;
    float[] values = row.values;
    for (int ci = 0; ci < id.length; ci++) {
      int p = id[ci];
      if (p < 0 || (has[p] & bit) == 0) {
        continue;
      }
      double value = values == null ? 1.0 : values[ci];
      int base = p * block + off;
      for (int o = 0; o < n; o++) {
        probs[o] += value * weights[base + o];
      }
    }
    double logSumExp = ArrayMath.logSumOfExps(probs);
    for (int o = 0; o < n; o++) {
      probs[o] = StrictMath.exp(probs[o] - logSumExp);
    }
    return probs;
  }

  /** Whether a model is evaluated here rather than by OpenNLP (for tests). */
  boolean exact(int model) {
    return offset[model] >= 0;
  }

  /**
   * The model's predicate table if its evaluation can be reproduced exactly: a QN model (not a
   * subclass, which might evaluate differently) whose every predicate has a weight for every
   * outcome, in outcome order. Otherwise null.
   */
  private static Map<String, Context> exactTable(TrainedModel m) {
    if (m.maxent().getClass() != QNModel.class) {
      return null;
    }
    @SuppressWarnings("unchecked")
    Map<String, Context> table = (Map<String, Context>) ((AbstractModel) m.maxent()).getDataStructures()[1];
    int n = m.maxent().getNumOutcomes();
    for (Context c : table.values()) {
      int[] outcomes = c.getOutcomes();
      if (outcomes.length != n || c.getParameters().length != n) {
        return null;
      }
      for (int o = 0; o < n; o++) {
        if (outcomes[o] != o) {
          return null;
        }
      }
    }
    return table;
  }

  /**
   * A feature row with its names' dictionary ids. Holds the caller's arrays as given.
   */
  public static final class Row {
    private final String[] names;
    private final float[] values;
    private final int[] ids;

    private Row(String[] names, float[] values, int[] ids) {
      this.names = names;
      this.values = values;
      this.ids = ids;
    }
  }
}
