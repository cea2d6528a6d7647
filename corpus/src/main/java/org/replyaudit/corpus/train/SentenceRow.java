package org.replyaudit.corpus.train;

import java.util.Objects;
import org.replyaudit.models.SentenceFeatures;

/**
 * One labelled training or test sentence.
 *
 * @param text the sentence as written
 * @param label the label it is trained towards (ReplyAudit's scheme, after {@link Mapping})
 * @param from where it starts in its letter, as a fraction of the letter's length
 * @param to where it ends, as a fraction of the letter's length
 * @param source where it came from ({@code disapere/train/FILE}, {@code cases/dev.jsonl/ID})
 * @param original the source's own label, for error analysis
 */
public record SentenceRow(String text, String label, double from, double to, String source,
    String original) {
  public SentenceRow {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(label, "label");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(original, "original");
  }

  /** The features the model sees for this row. */
  public String[] features() {
    return SentenceFeatures.of(text, from, to);
  }

  public SentenceRow withLabel(String newLabel) {
    return new SentenceRow(text, newLabel, from, to, source, original);
  }
}
