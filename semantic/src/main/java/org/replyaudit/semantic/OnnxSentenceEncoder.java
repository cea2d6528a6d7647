package org.replyaudit.semantic;

import com.google.common.base.Suppliers;
import com.google.common.cache.Cache;
import com.google.common.cache.CacheBuilder;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;
import org.replyaudit.SentenceEncoder;
import org.replyaudit.semantic.internal.BertOnnxModel;
import org.replyaudit.semantic.internal.VerifiedResource;
import org.replyaudit.semantic.internal.WordPieceTokenizer;

/**
 * A {@link SentenceEncoder} that runs a small ONNX sentence-embedding model in process, on the
 * CPU, with no network: the model and its tokenizer are read from a jar on the class path and
 * checked against the SHA-256 recorded in {@code provenance.properties}.
 *
 * <pre>{@code
 * SentenceEncoder encoder = new OnnxSentenceEncoder();          // all-MiniLM-L6-v2, quantised
 * float[][] v = encoder.encode(List.of("Please refund my fee.", "Your fee has been refunded."));
 * double cosine = SentenceEncoder.dot(v[0], v[1]);
 * }</pre>
 *
 * <p>Core finds it through {@link java.util.ServiceLoader} (this class is registered in
 * {@code META-INF/services/org.replyaudit.SentenceEncoder}); creating one is cheap, and each
 * model loads on the first {@link #encode} of any instance, once per JVM.
 *
 * <p>Thread-safe: every instance of a model shares one ONNX Runtime session, which runs each
 * call on the calling thread alone (one intra-op, one inter-op thread), so N threads use N cores.
 * Deterministic: a sentence's vector depends on that sentence only — not on the other sentences
 * of the call, the thread or the run — because each sentence is run on its own (the models
 * quantise activations with one scale per input tensor, so a sentence run in a padded batch
 * would get a scale set by its neighbours). Identical sentences are encoded once and their
 * vectors kept in a bounded cache shared by all instances of the model.
 *
 * <p>Text is cut at {@link #maxTokens()} word pieces ({@value #DEFAULT_MAX_TOKENS} by default,
 * {@code [CLS]} and {@code [SEP]} included), so a 2 MB string costs what a sentence costs. Any
 * string is valid input: empty, non-English, emoji and lone surrogates all give unit vectors.
 */
public final class OnnxSentenceEncoder implements SentenceEncoder {
  /**
   * The default token cap: all-MiniLM-L6-v2 was trained on sequences of at most 128 tokens, and
   * 3 of the 6,278 sentences of the annotated cases are longer (the longest has 138, the median
   * 15). {@code EncoderProxy} in the tests prints these counts.
   */
  public static final int DEFAULT_MAX_TOKENS = 128;

  /** The longest sequence the models' position embeddings cover. */
  static final int MODEL_MAX_TOKENS = 512;

  /** Vectors kept per model: boilerplate and courtesy lines recur across letters. */
  static final int CACHE_SIZE = 8192;

  private static final Map<EncoderModel, Supplier<Loaded>> LOADED = loaders();

  private final EncoderModel model;
  private final int maxTokens;
  private final boolean cached;

  /**
   * The default encoder ({@link EncoderModel#ALL_MINILM_L6_V2_Q}, {@value #DEFAULT_MAX_TOKENS}
   * tokens); the constructor {@link java.util.ServiceLoader} calls. Loads nothing.
   */
  public OnnxSentenceEncoder() {
    this(EncoderModel.ALL_MINILM_L6_V2_Q, DEFAULT_MAX_TOKENS, true);
  }

  private OnnxSentenceEncoder(EncoderModel model, int maxTokens, boolean cached) {
    this.model = Objects.requireNonNull(model, "model");
    if (maxTokens < 3 || maxTokens > MODEL_MAX_TOKENS) {
      throw new IllegalArgumentException(
          "maxTokens must be between 3 and " + MODEL_MAX_TOKENS + ", was " + maxTokens);
    }
    this.maxTokens = maxTokens;
    this.cached = cached;
  }

  /** An encoder of {@code model} with the default token cap. Loads nothing. */
  public static OnnxSentenceEncoder of(EncoderModel model) {
    return new OnnxSentenceEncoder(model, DEFAULT_MAX_TOKENS, true);
  }

  /**
   * An encoder of {@code model} that cuts every sentence at {@code maxTokens} tokens.
   *
   * @throws IllegalArgumentException unless {@code 3 <= maxTokens <= 512}
   */
  public static OnnxSentenceEncoder of(EncoderModel model, int maxTokens) {
    return new OnnxSentenceEncoder(model, maxTokens, true);
  }

  /**
   * The same encoder without the shared vector cache: every sentence is run, none is kept. Its
   * vectors are the same; only the cost differs (for benchmarks, or texts that never repeat).
   */
  public OnnxSentenceEncoder withoutCache() {
    return new OnnxSentenceEncoder(model, maxTokens, false);
  }

  /**
   * The model's id, followed by {@code -t} and the token cap when that is not the default:
   * {@code all-minilm-l6-v2-q}, {@code e5-small-v2-q-t256}.
   */
  @Override
  public String id() {
    return maxTokens == DEFAULT_MAX_TOKENS ? model.id() : model.id() + "-t" + maxTokens;
  }

  @Override
  public int dimension() {
    return model.dimension();
  }

  /** The model this encoder runs. */
  public EncoderModel model() {
    return model;
  }

  /** The most tokens a sentence is cut to, {@code [CLS]} and {@code [SEP]} included. */
  public int maxTokens() {
    return maxTokens;
  }

  /** Loads the model now (once per JVM) rather than on the first {@link #encode}. */
  public OnnxSentenceEncoder load() {
    LOADED.get(model).get();
    return this;
  }

  @Override
  public float[][] encode(List<String> sentences) {
    Objects.requireNonNull(sentences, "sentences");
    for (int i = 0; i < sentences.size(); i++) {
      if (sentences.get(i) == null) {
        throw new NullPointerException("sentences[" + i + "]");
      }
    }
    if (sentences.isEmpty()) {
      return new float[0][];
    }
    Loaded loaded = LOADED.get(model).get();
    List<int[]> tokens = new ArrayList<>(sentences.size());
    for (String s : sentences) {
      tokens.add(loaded.tokenizer.encode(model.prefix().isEmpty() ? s : model.prefix() + s,
          maxTokens));
    }
    return loaded.vectors(tokens, cached);
  }

  @Override
  public String toString() {
    return "OnnxSentenceEncoder[" + id() + "]";
  }

  private static Map<EncoderModel, Supplier<Loaded>> loaders() {
    Map<EncoderModel, Supplier<Loaded>> loaders = new EnumMap<>(EncoderModel.class);
    for (EncoderModel m : EncoderModel.values()) {
      // Loaded once per JVM on first use; a failed load is not remembered, so it fails again with
      // its own message where it is needed (Guava's memoize caches only a returned value).
      loaders.put(m, Suppliers.memoize(() -> Loaded.load(m)));
    }
    return loaders;
  }

  /** A model's tokenizer, session and vector cache: one per model per JVM. */
  private static final class Loaded {
    final WordPieceTokenizer tokenizer;
    final BertOnnxModel onnx;
    final Cache<TokenKey, float[]> cache =
        CacheBuilder.newBuilder().maximumSize(CACHE_SIZE).build();

    private Loaded(WordPieceTokenizer tokenizer, BertOnnxModel onnx) {
      this.tokenizer = tokenizer;
      this.onnx = onnx;
    }

    static Loaded load(EncoderModel model) {
      EncoderProvenance p = model.provenance();
      WordPieceTokenizer tokenizer = WordPieceTokenizer.fromTokenizerJson(new ByteArrayInputStream(
          VerifiedResource.read(p.tokenizer(), p.tokenizerSha256(), p.artifact())));
      BertOnnxModel onnx =
          BertOnnxModel.load(VerifiedResource.read(p.model(), p.modelSha256(), p.artifact()));
      if (onnx.dimension() != model.dimension()) {
        throw new IllegalStateException(p.model() + " gives vectors of " + onnx.dimension()
            + " dimensions; provenance.properties says " + model.dimension());
      }
      return new Loaded(tokenizer, onnx);
    }

    /**
     * The vectors of token sequences, each run on its own: a sequence seen before in this call
     * or (when {@code cached}) in the cache is copied instead. One run per sentence rather than a
     * padded batch keeps a sentence's vector independent of the other sentences (the models'
     * activations are quantised with one scale per input tensor), and measured no slower.
     */
    float[][] vectors(List<int[]> tokens, boolean cached) {
      Map<TokenKey, float[]> seen = new HashMap<>();
      float[][] out = new float[tokens.size()][];
      for (int i = 0; i < out.length; i++) {
        TokenKey key = new TokenKey(tokens.get(i));
        float[] v = seen.get(key);
        if (v == null && cached) {
          v = cache.getIfPresent(key);
        }
        if (v == null) {
          v = onnx.embed(List.of(key.ids))[0];
          if (cached) {
            cache.put(key, v);
          }
        }
        seen.put(key, v);
        out[i] = v.clone();
      }
      return out;
    }
  }

  /** A token sequence as a map key. */
  private static final class TokenKey {
    final int[] ids;
    final int hash;

    TokenKey(int[] ids) {
      this.ids = ids;
      this.hash = Arrays.hashCode(ids);
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof TokenKey k && k.hash == hash && Arrays.equals(k.ids, ids);
    }

    @Override
    public int hashCode() {
      return hash;
    }
  }
}
