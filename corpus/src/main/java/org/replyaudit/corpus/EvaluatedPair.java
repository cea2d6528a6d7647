package org.replyaudit.corpus;

import java.util.Objects;
import org.replyaudit.Analysis;

/**
 * A gold case and the analysis of the same texts.
 *
 * @param gold the annotated case
 * @param predicted the analyzer's output for exactly the case's complaint and reply
 */
public record EvaluatedPair(AnnotatedCase gold, Analysis predicted) {
  public EvaluatedPair {
    Objects.requireNonNull(gold, "gold");
    Objects.requireNonNull(predicted, "predicted");
    // Spans only compare when both sides index the same texts.
    if (!gold.complaint().equals(predicted.complaint()) || !gold.reply().equals(predicted.reply())) {
      throw new IllegalArgumentException(
          "the analysis of case " + gold.id() + " is not of the case's complaint and reply");
    }
  }
}
