package org.replyaudit.models;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;

/**
 * The trained models that make ReplyAudit's decisions, with their decision thresholds and
 * provenance: which complaint claims are points, what each reply claim does, which reply claims
 * answer which point, and how far each point is answered. One set per mode: {@code lexical}
 * reads words only; {@code semantic} also reads the vectors of the sentence encoder it names.
 *
 * <p>Immutable and thread-safe. A set is written by {@code CorpusMain train} as a directory of
 * gzipped OpenNLP maxent models and one {@code model-set.properties}, which records the training
 * data and its licence, the encoder, every model's SHA-256 and the thresholds; each model is
 * checked against its checksum when the set is read.
 *
 * <pre>{@code
 * ModelSet lexical = ModelSet.shipped("lexical");
 * lexical.licence();                 // "CC0-1.0 training data (...); models Apache-2.0"
 * lexical.threshold("point");        // e.g. 0.3
 * ModelSet mine = ModelSet.read(Path.of("my-models"));   // trained on your own letters
 * }</pre>
 */
public final class ModelSet {
  /** The file in a set's directory that describes it. */
  public static final String DESCRIPTION = "model-set.properties";
  /** Where the shipped sets live on the class path, one directory per set. */
  public static final String DIRECTORY = "org/replyaudit/models/learned/";
  /** The names of the shipped sets. */
  public static final List<String> SHIPPED = List.of("lexical", "semantic");

  private final String name;
  private final Properties description;
  private final Map<String, TrainedModel> models;
  /** Built on first use: a set read only for its description or to be written needs none. */
  private final Lazy<ModelBank> bank;

  private ModelSet(String name, Properties description, Map<String, TrainedModel> models) {
    this.name = name;
    this.description = description;
    this.models = Collections.unmodifiableMap(models);
    this.bank = new Lazy<>(() -> ModelBank.of(this.models));
  }

  /**
   * A set shipped in this jar, loaded and checked once per JVM.
   *
   * @param name one of {@link #SHIPPED}
   * @return the set
   * @throws IllegalArgumentException if there is no shipped set of that name
   */
  public static ModelSet shipped(String name) {
    Objects.requireNonNull(name, "name");
    Lazy<ModelSet> set = SHIPPED_SETS.get(name);
    if (set == null) {
      throw new IllegalArgumentException("no shipped model set '" + name + "'; known: " + SHIPPED);
    }
    return set.get();
  }

  /**
   * A set written by {@code CorpusMain train --out DIR}.
   *
   * @param directory the directory holding {@value #DESCRIPTION} and the models it names
   * @return the set
   * @throws IOException if a file cannot be read
   * @throws IllegalArgumentException if the directory holds no set, or a model's checksum differs
   *     from the one recorded
   */
  public static ModelSet read(Path directory) throws IOException {
    Objects.requireNonNull(directory, "directory");
    Path file = directory.resolve(DESCRIPTION);
    if (!Files.isRegularFile(file)) {
      throw new IllegalArgumentException("no " + DESCRIPTION + " in " + directory
          + "; train a model set with 'CorpusMain train --out DIR'");
    }
    return load(directory.toString(), Files.readAllBytes(file), f -> Files.readAllBytes(directory.resolve(f)));
  }

  /**
   * A set made in memory, for training and cross-validation; {@link #write} stores it.
   *
   * @param name the set's name
   * @param description what {@value #DESCRIPTION} holds besides the checksums: {@code name},
   *     {@code models}, {@code encoder}, {@code features}, {@code licence}, the thresholds
   *     ({@code threshold.NAME}) and anything else worth recording
   * @param models the models, by name, in the order to list them
   * @return the set
   */
  public static ModelSet of(String name, Properties description, Map<String, TrainedModel> models) {
    Objects.requireNonNull(name, "name");
    Properties p = new Properties();
    p.putAll(Objects.requireNonNull(description, "description"));
    p.setProperty("name", name);
    p.setProperty("models", String.join(",", models.keySet()));
    return new ModelSet(name, p, new LinkedHashMap<>(models));
  }

  /**
   * Writes the set into a directory: one gzipped model per name and {@value #DESCRIPTION} with
   * every model's SHA-256. The same set always gives the same bytes.
   *
   * @param directory where to write; created if missing
   * @throws IOException if writing fails
   */
  public void write(Path directory) throws IOException {
    Files.createDirectories(directory);
    Properties p = provenance();
    for (Map.Entry<String, TrainedModel> e : models.entrySet()) {
      java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
      TrainedModel.write(e.getValue().maxent(), out);
      byte[] bytes = out.toByteArray();
      Files.write(directory.resolve(e.getKey() + ".bin.gz"), bytes);
      p.setProperty("sha256." + e.getKey(), EnglishModels.sha256(bytes));
    }
    // Sorted keys and no timestamp, so an unchanged set is rewritten byte for byte.
    StringBuilder b = new StringBuilder("# Written by 'CorpusMain train'; retrain, do not edit.\n");
    new java.util.TreeSet<>(p.stringPropertyNames()).forEach(k -> b.append(escape(k, true)).append('=')
        .append(escape(p.getProperty(k), false)).append('\n'));
    Files.writeString(directory.resolve(DESCRIPTION), b.toString(), java.nio.charset.StandardCharsets.UTF_8);
  }

  private static String escape(String s, boolean key) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '\\' -> b.append("\\\\");
        case '\n' -> b.append("\\n");
        case '=', ':', '#', '!' -> b.append(key || i == 0 ? "\\" + c : String.valueOf(c));
        case ' ' -> b.append(key || i == 0 ? "\\ " : " ");
        default -> b.append(c);
      }
    }
    return b.toString();
  }

  /** The set's name, e.g. {@code lexical}. */
  public String name() {
    return name;
  }

  /**
   * The encoder whose vectors the models read, e.g. {@code all-minilm-l6-v2-q}; empty for a set
   * that reads words only.
   *
   * @return the encoder's {@code SentenceEncoder.id()}, or the empty string
   */
  public String encoder() {
    return description.getProperty("encoder", "");
  }

  /** What the training data's licence allows, as recorded when the set was trained. */
  public String licence() {
    return description.getProperty("licence", "");
  }

  /**
   * The version of the features the models read; an analyzer refuses a set whose version it
   * does not compute.
   */
  public String features() {
    return description.getProperty("features", "");
  }

  /**
   * A model of the set.
   *
   * @param model e.g. {@code point}
   * @return the model
   * @throws IllegalArgumentException if the set has no such model
   */
  public TrainedModel model(String model) {
    TrainedModel m = models.get(Objects.requireNonNull(model, "model"));
    if (m == null) {
      throw new IllegalArgumentException("model set " + name + " has no model '" + model + "'; it has "
          + models.keySet());
    }
    return m;
  }

  /**
   * The set's models over one shared predicate dictionary, for evaluating several of them on the
   * same feature row; built once per set.
   *
   * @return the bank, its models in {@link #models()} order
   */
  public ModelBank bank() {
    return bank.get();
  }

  /** The names of the set's models, in the order its description lists them. */
  public List<String> models() {
    return List.copyOf(models.keySet());
  }

  /**
   * A decision threshold recorded with the set.
   *
   * @param decision e.g. {@code point} or {@code label.answer}
   * @return the threshold
   * @throws IllegalArgumentException if the set records none of that name
   */
  public double threshold(String decision) {
    String v = description.getProperty("threshold." + Objects.requireNonNull(decision, "decision"));
    if (v == null) {
      throw new IllegalArgumentException("model set " + name + " has no threshold '" + decision + "'");
    }
    return Double.parseDouble(v);
  }

  /** A fresh copy of the set's description: data, licence, parameters, checksums, figures. */
  public Properties provenance() {
    Properties p = new Properties();
    p.putAll(description);
    return p;
  }

  @Override
  public String toString() {
    return "ModelSet[" + name + (encoder().isEmpty() ? "" : ", encoder " + encoder()) + "]";
  }

  private interface Files2 {
    byte[] read(String file) throws IOException;
  }

  private static ModelSet load(String where, byte[] descriptionBytes, Files2 files) throws IOException {
    Properties p = new Properties();
    p.load(new java.io.StringReader(new String(descriptionBytes, java.nio.charset.StandardCharsets.UTF_8)));
    String name = p.getProperty("name");
    String list = p.getProperty("models");
    if (name == null || list == null) {
      throw new IllegalArgumentException(where + "/" + DESCRIPTION + " names no set or no models");
    }
    Map<String, TrainedModel> models = new LinkedHashMap<>();
    for (String m : list.split(",")) {
      String file = m + ".bin.gz";
      byte[] bytes = files.read(file);
      String expected = p.getProperty("sha256." + m);
      String actual = EnglishModels.sha256(bytes);
      if (!actual.equals(expected)) {
        throw new IllegalArgumentException("model " + where + "/" + file + " has SHA-256 " + actual
            + " but " + DESCRIPTION + " records " + expected);
      }
      models.put(m, TrainedModel.read(m, new ByteArrayInputStream(bytes)));
    }
    return new ModelSet(name, p, models);
  }

  private static ModelSet loadShipped(String name) {
    String dir = DIRECTORY + name + "/";
    try {
      return load(dir, resource(dir + DESCRIPTION), f -> resource(dir + f));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the shipped model set " + name, e);
    }
  }

  private static byte[] resource(String path) throws IOException {
    try (InputStream in = ModelSet.class.getClassLoader().getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalStateException(path + " is not on the class path; rebuild the models with"
            + " 'CorpusMain train' (docs/models.md)");
      }
      return in.readAllBytes();
    }
  }

  private static final Map<String, Lazy<ModelSet>> SHIPPED_SETS = shippedSets();

  private static Map<String, Lazy<ModelSet>> shippedSets() {
    Map<String, Lazy<ModelSet>> m = new LinkedHashMap<>();
    for (String s : SHIPPED) {
      m.put(s, new Lazy<>(() -> loadShipped(s)));
    }
    return Collections.unmodifiableMap(m);
  }

  static List<String> names(ModelSet s) {
    return new ArrayList<>(s.models.keySet());
  }
}
