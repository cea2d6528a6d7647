package org.replyaudit.internal.decisions;

import java.util.ArrayList;
import java.util.List;

/**
 * The features of one decision, as the trained models read them: named binary indicators
 * (value 1) and named real values. Building one is not thread-safe; it is made, filled and read
 * within one analysis.
 */
public final class FeatureRow {
  private final List<String> names = new ArrayList<>();
  private final List<Float> values = new ArrayList<>();

  /** Adds an indicator. */
  public FeatureRow add(String name) {
    names.add(name);
    values.add(1f);
    return this;
  }

  /** Adds a real value; zero values are left out (they add nothing to a linear score). */
  public FeatureRow add(String name, double value) {
    if (value != 0 && Double.isFinite(value)) {
      names.add(name);
      values.add((float) value);
    }
    return this;
  }

  /**
   * Adds {@code value} and indicators for the thresholds it reaches ({@code name>=t}), so a
   * linear model can weigh a score non-linearly.
   */
  public FeatureRow addBinned(String name, double value, double... thresholds) {
    add(name, value);
    String[] binNames = null;
    for (int k = 0; k < thresholds.length; k++) {
      if (value >= thresholds[k]) {
        if (binNames == null) {
          binNames = binNames(name, thresholds);
        }
        add(binNames[k]);
      }
    }
    return this;
  }

  /** Bin names per feature: formatting a double for every row was a tenth of the rows' cost. */
  private static final java.util.concurrent.ConcurrentHashMap<String, Bins> BINS =
      new java.util.concurrent.ConcurrentHashMap<>();

  private record Bins(double[] thresholds, String[] names) {}

  private static String[] binNames(String name, double[] thresholds) {
    Bins b = BINS.get(name);
    if (b == null || !java.util.Arrays.equals(b.thresholds(), thresholds)) {
      String[] names = new String[thresholds.length];
      for (int k = 0; k < thresholds.length; k++) {
        names[k] = name + ">=" + thresholds[k];
      }
      b = new Bins(thresholds.clone(), names);
      if (BINS.size() < 1000) {
        BINS.put(name, b);
      }
    }
    return b.names();
  }

  /** Adds every indicator of {@code features} with {@code prefix}. */
  public FeatureRow addAll(String prefix, String[] features) {
    for (String f : features) {
      add(prefix + f);
    }
    return this;
  }

  public String[] names() {
    return names.toArray(String[]::new);
  }

  public float[] values() {
    float[] v = new float[values.size()];
    for (int i = 0; i < v.length; i++) {
      v[i] = values.get(i);
    }
    return v;
  }

  public int size() {
    return names.size();
  }
}
