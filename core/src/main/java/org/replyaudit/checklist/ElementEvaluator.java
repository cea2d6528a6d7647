package org.replyaudit.checklist;

import java.util.List;

/** Decides one element for one reply. Implementations are stateless and thread-safe. */
interface ElementEvaluator {
  /**
   * The element's item.
   *
   * @param element the element, with the cue sets its check requires
   * @param reply the analysis and the items decided before this one
   * @param applies the sentences that made the element apply (its {@code appliesWhen} matches);
   *     empty when the element has no {@code appliesWhen}
   */
  ChecklistItem evaluate(ProfileElement element, ReplyEvidence reply, List<ReplyEvidence.Found> applies);
}
