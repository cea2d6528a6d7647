package org.replyaudit.models;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.List;
import java.util.Properties;

/**
 * The sentence classifiers ReplyAudit trained itself ({@code CorpusMain train}), loaded once per
 * JVM and shared, each checked against the SHA-256 in its provenance file.
 *
 * <p>They are derived from DISAPERE (CC BY-NC 4.0) and so are for non-commercial use only; see
 * each model's provenance ({@code trained/NAME.properties}) and the README's "Models" section.
 * The analyzer's rules-only mode ({@code ReplyAudit.builder().rulesOnly()}) never loads them.
 *
 * <ul>
 *   <li>{@link #pointKind()}: a complaint sentence → request, question, allegation, grievance or
 *       context;
 *   <li>{@link #replyAct()}: a reply sentence → answer, commitment, dispute, courtesy or other;
 *   <li>{@link #denial()}: a reply sentence → deny or other;
 *   <li>{@link #alignment()}: the weights of the alignment ranker (which complaint claim a reply
 *       claim responds to), one per feature name.
 * </ul>
 */
public final class TrainedModels {
  /** The short names of every trained model, in a fixed order. */
  public static final List<String> NAMES = List.of("point-kind", "reply-act", "denial");
  /** The alignment ranker's short name (its weights are a table, not an OpenNLP model). */
  public static final String ALIGNMENT = "alignment";
  /** Where the models and their provenance files live on the class path. */
  public static final String DIRECTORY = "org/replyaudit/models/trained/";

  private TrainedModels() {}

  /**
   * Complaint sentence → point kind.
   *
   * @return the shared model, loaded and checked on first use
   */
  public static TrainedModel pointKind() {
    return POINT_KIND.get();
  }

  /**
   * Reply sentence → act.
   *
   * @return the shared model, loaded and checked on first use
   */
  public static TrainedModel replyAct() {
    return REPLY_ACT.get();
  }

  /**
   * Reply sentence → deny or other.
   *
   * @return the shared model, loaded and checked on first use
   */
  public static TrainedModel denial() {
    return DENIAL.get();
  }

  /**
   * The alignment ranker's weights, feature name → weight, in the file's order (immutable).
   * The file ({@code trained/alignment.tsv}) has one {@code name<TAB>weight} line per feature;
   * lines starting with {@code #} are comments.
   *
   * @return the weights, loaded and checked on first use
   */
  public static Map<String, Double> alignment() {
    return ALIGNMENT_WEIGHTS.get();
  }

  /**
   * Loads every model now (they otherwise load on first use); returns them in {@link #NAMES} order.
   *
   * @return the models
   */
  public static List<TrainedModel> loadAll() {
    return List.of(pointKind(), replyAct(), denial());
  }

  /**
   * A model's provenance file: data, split, licence, parameters, checksum and figures.
   *
   * @param name one of {@link #NAMES}, or {@link #ALIGNMENT}
   * @return a fresh copy of the model's {@code trained/NAME.properties}
   */
  public static Properties provenance(String name) {
    if (!NAMES.contains(name) && !ALIGNMENT.equals(name)) {
      throw new IllegalArgumentException("no trained model named '" + name + "'; known: " + NAMES);
    }
    Properties p = new Properties();
    String file = DIRECTORY + name + ".properties";
    try (InputStream in = TrainedModels.class.getClassLoader().getResourceAsStream(file)) {
      if (in == null) {
        throw new IllegalStateException(file + " is not on the class path; rebuild with"
            + " 'CorpusMain train' (see the README's Models section)");
      }
      p.load(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return p;
  }

  /**
   * The model file's bytes, checked against the SHA-256 its provenance records.
   *
   * @param name one of {@link #NAMES}, or {@link #ALIGNMENT}
   * @return the file's bytes
   */
  public static byte[] verifiedBytes(String name) {
    Properties p = provenance(name);
    String resource = DIRECTORY + p.getProperty("resource");
    byte[] bytes;
    try (InputStream in = TrainedModels.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("trained model " + resource + " is not on the class path");
      }
      bytes = in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + resource, e);
    }
    String actual = EnglishModels.sha256(bytes);
    if (!actual.equals(p.getProperty("sha256"))) {
      throw new IllegalStateException("trained model " + resource + " has SHA-256 " + actual
          + " but its provenance records " + p.getProperty("sha256"));
    }
    return bytes;
  }

  private static TrainedModel load(String name) {
    try {
      return TrainedModel.read(name, new ByteArrayInputStream(verifiedBytes(name)));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read trained model " + name, e);
    }
  }

  static Map<String, Double> readWeights(byte[] bytes) {
    Map<String, Double> weights = new LinkedHashMap<>();
    for (String line : new String(bytes, StandardCharsets.UTF_8).split("\n")) {
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] f = line.split("\t");
      if (f.length != 2 || weights.put(f[0], Double.parseDouble(f[1])) != null) {
        throw new IllegalStateException("bad or repeated line in the alignment weights: " + line);
      }
    }
    return Collections.unmodifiableMap(weights);
  }

  // Each model loads on first use, exactly once.
  private static final Lazy<TrainedModel> POINT_KIND = new Lazy<>(() -> load("point-kind"));
  private static final Lazy<TrainedModel> REPLY_ACT = new Lazy<>(() -> load("reply-act"));
  private static final Lazy<TrainedModel> DENIAL = new Lazy<>(() -> load("denial"));
  private static final Lazy<Map<String, Double>> ALIGNMENT_WEIGHTS =
      new Lazy<>(() -> readWeights(verifiedBytes(ALIGNMENT)));
}
