package org.replyaudit.models;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Properties;
import opennlp.tools.langdetect.LanguageDetectorModel;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.tokenize.TokenizerModel;

/**
 * The English OpenNLP models, loaded once per JVM and shared.
 *
 * <p>OpenNLP model objects are immutable and thread-safe; the {@code *ME} classes built on them
 * are not, so callers create one of those per thread or per call. Each model is loaded on first
 * use and its bytes are checked against the SHA-256 recorded in its provenance, so a corrupted or
 * substituted model fails loudly instead of quietly changing every analysis.
 *
 * <p>The sentence detector and the tokenizer come with this artifact's dependencies. The
 * language detector ({@code org.apache.opennlp:opennlp-models-langdetect}, 10.6 MB) is an
 * optional dependency: add it to have {@link #languageDetector()}; see
 * {@link #hasLanguageDetector()}.
 */
public final class EnglishModels {
  static {
    // Before any OpenNLP class initialises SLF4J.
    SilentSlf4jFallback.apply();
  }

  private static final String PROVENANCE = "provenance.properties";
  private static final List<ModelProvenance> ALL = readProvenance();

  private EnglishModels() {}

  /**
   * The provenance of every model this class can load, in a fixed order.
   *
   * @return an immutable list: sentence detector, tokenizer, language detector
   */
  public static List<ModelProvenance> provenance() {
    return ALL;
  }

  /**
   * The provenance of one model by short name.
   *
   * @param name {@code sentence}, {@code tokenizer} or {@code langdetect}
   * @return that model's provenance
   * @throws IllegalArgumentException for any other name
   */
  public static ModelProvenance provenance(String name) {
    return ALL.stream()
        .filter(p -> p.name().equals(name))
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no model named '" + name + "'; known: "
            + ALL.stream().map(ModelProvenance::name).toList()));
  }

  /**
   * The sentence detector model.
   *
   * @return the shared model, loaded and checked on first use
   */
  public static SentenceModel sentence() {
    return SENTENCE.get();
  }

  /**
   * The tokenizer model.
   *
   * @return the shared model, loaded and checked on first use
   */
  public static TokenizerModel tokenizer() {
    return TOKENIZER.get();
  }

  /**
   * The language detector (103 languages, ISO 639-3 codes). It is large (10 MB) and only needed
   * when a text does not look English, so it loads on first use, not with the others.
   *
   * @return the shared model, loaded and checked on first use
   * @throws IllegalStateException if {@code opennlp-models-langdetect} is not on the class path
   *     (see {@link #hasLanguageDetector()})
   */
  public static LanguageDetectorModel languageDetector() {
    return LANGUAGE.get();
  }

  /**
   * Whether the language detector's model is on the class path. It comes from the optional
   * dependency {@code org.apache.opennlp:opennlp-models-langdetect}; without it ReplyAudit still
   * says when a text does not look English, but cannot name its language.
   *
   * @return true if {@link #languageDetector()} can load its model
   */
  public static boolean hasLanguageDetector() {
    return LANGUAGE_PRESENT;
  }

  /** Reads a model file's bytes and checks them against its recorded checksum. */
  static byte[] verifiedBytes(ModelProvenance p) {
    byte[] bytes;
    try (InputStream in = EnglishModels.class.getClassLoader().getResourceAsStream(p.resource())) {
      if (in == null) {
        throw new IllegalStateException("model " + p.name() + " (" + p.resource()
            + ") is not on the class path; add the dependency " + p.artifact());
      }
      bytes = in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read model " + p.resource(), e);
    }
    String actual = sha256(bytes);
    if (!actual.equals(p.sha256())) {
      throw new IllegalStateException("model " + p.resource() + " has SHA-256 " + actual
          + " but its provenance records " + p.sha256());
    }
    return bytes;
  }

  static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new AssertionError("every JVM has SHA-256", e);
    }
  }

  private static List<ModelProvenance> readProvenance() {
    return readProvenance(List.of("sentence", "tokenizer", "langdetect"));
  }

  /** The provenance blocks named {@code names}, from {@code provenance.properties}. */
  static List<ModelProvenance> readProvenance(List<String> names) {
    Properties props = new Properties();
    try (InputStream in = EnglishModels.class.getResourceAsStream(PROVENANCE)) {
      if (in == null) {
        throw new IllegalStateException(PROVENANCE + " missing from replyaudit-models");
      }
      props.load(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return names.stream()
        .map(n -> new ModelProvenance(n, props.getProperty(n + ".artifact"),
            props.getProperty(n + ".resource"), props.getProperty(n + ".sha256")))
        .toList();
  }

  private static InputStream stream(String name) {
    return new ByteArrayInputStream(verifiedBytes(provenance(name)));
  }

  // Each model loads on first use, exactly once.
  private static final Lazy<SentenceModel> SENTENCE = new Lazy<>(() -> load("sentence", SentenceModel::new));
  private static final Lazy<TokenizerModel> TOKENIZER = new Lazy<>(() -> load("tokenizer", TokenizerModel::new));
  private static final Lazy<LanguageDetectorModel> LANGUAGE =
      new Lazy<>(() -> load("langdetect", LanguageDetectorModel::new));
  private static final boolean LANGUAGE_PRESENT = EnglishModels.class.getClassLoader()
      .getResource(provenance("langdetect").resource()) != null;

  /** An OpenNLP model constructor from a stream. */
  private interface ModelReader<T> {
    T read(InputStream in) throws IOException;
  }

  private static <T> T load(String name, ModelReader<T> reader) {
    try {
      return reader.read(stream(name));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read model " + name, e);
    }
  }
}
