package org.replyaudit.semantic.internal;

import ai.onnxruntime.NodeInfo;
import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import ai.onnxruntime.TensorInfo;
import java.nio.FloatBuffer;
import java.nio.LongBuffer;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A BERT-style sentence encoder in ONNX (inputs {@code input_ids}, {@code attention_mask},
 * {@code token_type_ids}; output {@code last_hidden_state}) run by ONNX Runtime on the CPU, and
 * the mean pooling and L2 normalisation that turn its token states into one sentence vector.
 *
 * <p>One session serves every thread: ONNX Runtime's {@code Run} is thread-safe, and the Java
 * {@code OrtSession.run} adds no shared mutable state (its only state is the closed flag; this
 * session is never closed, it lives as long as the JVM). The session uses one intra-op and one
 * inter-op thread, so each call runs on its caller's thread alone and N callers use N cores;
 * with one thread and a fixed input, ONNX Runtime's CPU kernels give bit-identical outputs.
 */
public final class BertOnnxModel {
  private static final String IDS = "input_ids";
  private static final String MASK = "attention_mask";
  private static final String TYPES = "token_type_ids";
  private static final String OUTPUT = "last_hidden_state";

  private final OrtEnvironment environment;
  private final OrtSession session;
  private final int dimension;

  private BertOnnxModel(OrtEnvironment environment, OrtSession session, int dimension) {
    this.environment = environment;
    this.session = session;
    this.dimension = dimension;
  }

  /**
   * Opens an ONNX model from its bytes. ONNX Runtime's Java binding copies its native libraries
   * from its jar to a temporary directory the first time a JVM uses it (unless the system
   * property {@code onnxruntime.native.path} names a directory that already holds them).
   *
   * @throws IllegalStateException if the model does not have a BERT encoder's inputs and output
   */
  public static BertOnnxModel load(byte[] onnx) {
    Objects.requireNonNull(onnx, "onnx");
    OrtEnvironment environment = OrtEnvironment.getEnvironment();
    try (OrtSession.SessionOptions options = new OrtSession.SessionOptions()) {
      options.setIntraOpNumThreads(1);
      options.setInterOpNumThreads(1);
      options.setExecutionMode(OrtSession.SessionOptions.ExecutionMode.SEQUENTIAL);
      options.setOptimizationLevel(OrtSession.SessionOptions.OptLevel.ALL_OPT);
      // Input shapes change with every sentence: a memory plan cached per shape would only grow.
      options.setMemoryPatternOptimization(false);
      OrtSession session = environment.createSession(onnx, options);
      Map<String, NodeInfo> inputs = session.getInputInfo();
      if (!inputs.keySet().equals(Set.of(IDS, MASK, TYPES))) {
        session.close();
        throw new IllegalStateException("not a BERT encoder: inputs " + inputs.keySet());
      }
      NodeInfo out = session.getOutputInfo().get(OUTPUT);
      if (out == null || !(out.getInfo() instanceof TensorInfo t) || t.getShape().length != 3) {
        session.close();
        throw new IllegalStateException("not a BERT encoder: outputs " + session.getOutputNames());
      }
      return new BertOnnxModel(environment, session, (int) t.getShape()[2]);
    } catch (OrtException e) {
      throw new IllegalStateException("ONNX Runtime cannot open the model: " + e.getMessage(), e);
    }
  }

  /** The length of the vectors. */
  public int dimension() {
    return dimension;
  }

  /**
   * One unit-length vector per token sequence, all run in one session call: the sequences are
   * padded to the longest, and padding is masked out of attention and of the mean.
   */
  public float[][] embed(List<int[]> sequences) {
    int batch = sequences.size();
    if (batch == 0) {
      return new float[0][];
    }
    int length = 0;
    for (int[] s : sequences) {
      length = Math.max(length, s.length);
    }
    long[] ids = new long[batch * length];
    long[] mask = new long[batch * length];
    for (int b = 0; b < batch; b++) {
      int[] s = sequences.get(b);
      for (int t = 0; t < s.length; t++) {
        ids[b * length + t] = s[t];
        mask[b * length + t] = 1;
      }
    }
    long[] shape = {batch, length};
    try (OnnxTensor idTensor = OnnxTensor.createTensor(environment, LongBuffer.wrap(ids), shape);
        OnnxTensor maskTensor = OnnxTensor.createTensor(environment, LongBuffer.wrap(mask), shape);
        OnnxTensor typeTensor =
            OnnxTensor.createTensor(environment, LongBuffer.wrap(new long[batch * length]), shape);
        OrtSession.Result result =
            session.run(Map.of(IDS, idTensor, MASK, maskTensor, TYPES, typeTensor))) {
      FloatBuffer states = ((OnnxTensor) result.get(OUTPUT).orElseThrow()).getFloatBuffer();
      float[][] vectors = new float[batch][];
      for (int b = 0; b < batch; b++) {
        vectors[b] = meanPooled(states, b * length * dimension, sequences.get(b).length);
      }
      return vectors;
    } catch (OrtException e) {
      throw new IllegalStateException("ONNX Runtime failed: " + e.getMessage(), e);
    }
  }

  /** The mean of the first {@code tokens} token states from {@code offset}, scaled to length 1. */
  private float[] meanPooled(FloatBuffer states, int offset, int tokens) {
    double[] sum = new double[dimension];
    for (int t = 0; t < tokens; t++) {
      int base = offset + t * dimension;
      for (int d = 0; d < dimension; d++) {
        sum[d] += states.get(base + d);
      }
    }
    double norm = 0;
    for (double v : sum) {
      norm += v * v;
    }
    norm = Math.sqrt(norm);
    float[] vector = new float[dimension];
    for (int d = 0; d < dimension; d++) {
      // The mean's 1/tokens cancels in the normalisation.
      vector[d] = norm == 0 ? 0f : (float) (sum[d] / norm);
    }
    return vector;
  }
}
