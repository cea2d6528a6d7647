package org.replyaudit.models;

import java.io.ByteArrayInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.model.BinaryFileDataReader;
import opennlp.tools.ml.model.GenericModelReader;
import opennlp.tools.ml.model.GenericModelWriter;
import opennlp.tools.ml.model.MaxentModel;

/**
 * A trained sentence classifier: an OpenNLP maxent model over {@link SentenceFeatures}.
 * Immutable and thread-safe (OpenNLP's maxent evaluation allocates per call).
 *
 * <p>The file format is OpenNLP's own binary model format ({@link GenericModelWriter}), gzipped.
 * Java's gzip header carries no timestamp, so the same model always gives the same bytes.
 */
public final class TrainedModel {
  static {
    // Before OpenNLP's model reader initialises SLF4J.
    SilentSlf4jFallback.apply();
  }

  private final String name;
  private final MaxentModel model;

  /**
   * Wraps a maxent model.
   *
   * @param name the model's short name
   * @param model the OpenNLP model, trained on {@link SentenceFeatures}
   * @throws NullPointerException if either is null
   */
  public TrainedModel(String name, MaxentModel model) {
    this.name = Objects.requireNonNull(name, "name");
    this.model = Objects.requireNonNull(model, "model");
  }

  /**
   * The model's short name ({@code point-kind}, {@code reply-act}, {@code denial}).
   *
   * @return the name
   */
  public String name() {
    return name;
  }

  /**
   * The labels the model chooses between, in the model's order.
   *
   * @return an immutable list
   */
  public List<String> labels() {
    List<String> out = new ArrayList<>(model.getNumOutcomes());
    for (int i = 0; i < model.getNumOutcomes(); i++) {
      out.add(model.getOutcome(i));
    }
    return List.copyOf(out);
  }

  /**
   * The underlying OpenNLP model.
   *
   * @return the model
   */
  public MaxentModel maxent() {
    return model;
  }

  /**
   * Classifies one sentence.
   *
   * @param text the sentence or clause
   * @param from where it starts in its letter, as a fraction of the letter's length
   * @param to where it ends, as a fraction of the letter's length
   * @return the most probable label and every label's probability
   */
  public Prediction classify(String text, double from, double to) {
    return predict(SentenceFeatures.of(text, from, to));
  }

  /**
   * Classifies precomputed {@link SentenceFeatures}.
   *
   * @param features the sentence's features, from {@link SentenceFeatures#of}
   * @return the most probable label and every label's probability
   */
  public Prediction predict(String[] features) {
    double[] p = model.eval(features);
    int best = 0;
    for (int i = 1; i < p.length; i++) {
      if (p[i] > p[best]) {
        best = i;
      }
    }
    return new Prediction(model.getOutcome(best), p[best], p.clone(), this);
  }

  /**
   * Writes a model in the shipped format (OpenNLP binary, gzipped, no timestamp).
   *
   * @param model a model as OpenNLP's trainers return it
   * @param out where to write; not closed
   * @throws IOException if writing fails
   */
  public static void write(MaxentModel model, OutputStream out) throws IOException {
    GZIPOutputStream gz = new GZIPOutputStream(out);
    DataOutputStream data = new DataOutputStream(gz);
    new GenericModelWriter((AbstractModel) model, data).persist();
    data.flush();
    gz.finish();
  }

  /**
   * Reads a model written by {@link #write}.
   *
   * @param name the model's short name
   * @param in the gzipped model; read to its end and closed
   * @return the model
   * @throws IOException if reading fails or the data is not a model
   */
  public static TrainedModel read(String name, InputStream in) throws IOException {
    // Inflate in one go: OpenNLP's reader pulls a few bytes at a time, which on an unbuffered
    // gzip stream costs most of the load time.
    byte[] raw;
    try (GZIPInputStream gz = new GZIPInputStream(in, 1 << 16)) {
      raw = gz.readAllBytes();
    }
    AbstractModel m = new GenericModelReader(new BinaryFileDataReader(new ByteArrayInputStream(raw)))
        .getModel();
    return new TrainedModel(name, m);
  }

  /**
   * A model's decision about one sentence.
   *
   * @param label the most probable label
   * @param probability its probability
   * @param probabilities every label's probability, in {@link TrainedModel#labels()} order
   */
  public record Prediction(String label, double probability, double[] probabilities, TrainedModel model) {
    /**
     * The probability of {@code label} (0 if the model does not know it).
     *
     * @param label one of the model's labels
     * @return its probability, in [0, 1]
     */
    public double probability(String label) {
      int i = model.model.getIndex(label);
      return i < 0 ? 0 : probabilities[i];
    }
  }
}
