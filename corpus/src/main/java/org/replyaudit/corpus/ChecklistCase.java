package org.replyaudit.corpus;

import java.util.List;
import java.util.Objects;

/**
 * An annotated pair (the cases format) with gold checklists for one or more profiles.
 *
 * @param pair the complaint, reply and their gold points and reply labels
 * @param checklists one per profile the reply was annotated against
 */
public record ChecklistCase(AnnotatedCase pair, List<GoldChecklist> checklists) {
  public ChecklistCase {
    Objects.requireNonNull(pair, "pair");
    checklists = List.copyOf(checklists);
  }
}
