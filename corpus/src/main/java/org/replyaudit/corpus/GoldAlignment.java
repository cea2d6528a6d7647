package org.replyaudit.corpus;

import java.util.List;
import java.util.Objects;
import org.replyaudit.Span;

/**
 * A gold reply sentence and the complaint sentences or points it answers.
 *
 * <p>For the annotated cases these come from the points' {@code by} links; for DISAPERE from
 * each rebuttal sentence's alignment to review sentences.
 *
 * @param reply the reply sentence's span in the reply
 * @param complaint the spans in the complaint it is linked to; never empty
 */
public record GoldAlignment(Span reply, List<Span> complaint) {
  public GoldAlignment {
    Objects.requireNonNull(reply, "reply");
    complaint = List.copyOf(Objects.requireNonNull(complaint, "complaint"));
    if (complaint.isEmpty()) {
      throw new IllegalArgumentException("an alignment links at least one complaint span");
    }
  }
}
