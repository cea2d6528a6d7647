package org.replyaudit;

import java.util.List;

/**
 * Turns sentences into unit-length vectors whose dot product measures how close their meanings
 * are. ReplyAudit's semantic mode uses one; {@code replyaudit-semantic} provides one, found on the
 * class path through {@link java.util.ServiceLoader}.
 *
 * <p>Implementations must be thread-safe (one instance is shared by every analysis in a JVM) and
 * deterministic (the same sentence always gives the same vector), and must not use the network.
 *
 * <pre>{@code
 * float[][] v = encoder.encode(List.of("Please refund my fee.", "Your fee has been refunded."));
 * double cosine = SentenceEncoder.dot(v[0], v[1]);   // e.g. 0.83
 * }</pre>
 */
public interface SentenceEncoder {
  /**
   * A stable name of the model and its settings, e.g. {@code e5-small-v2-q}; trained models that
   * read its vectors record it, and an analyzer refuses an encoder whose name differs from theirs.
   *
   * @return the encoder's name
   */
  String id();

  /**
   * The length of every vector.
   *
   * @return the number of components of each vector
   */
  int dimension();

  /**
   * One L2-normalised vector per sentence, in order.
   *
   * @param sentences the sentences to encode
   * @return one vector of length {@link #dimension()} per sentence
   * @throws NullPointerException if {@code sentences} or one of them is null
   */
  float[][] encode(List<String> sentences);

  /**
   * The dot product of two vectors of equal length: their cosine when both are unit length.
   *
   * @param a a vector
   * @param b a vector of the same length
   * @return the sum of {@code a[i] * b[i]}
   * @throws IllegalArgumentException if the lengths differ
   */
  static double dot(float[] a, float[] b) {
    if (a.length != b.length) {
      throw new IllegalArgumentException("vectors of length " + a.length + " and " + b.length);
    }
    double s = 0;
    for (int i = 0; i < a.length; i++) {
      s += a[i] * b[i];
    }
    return s;
  }
}
