package org.replyaudit.checklist;

import java.util.List;

/** {@link ElementCheck#CUES}: present when some reply sentence matches the element's cues. */
final class CueCheck implements ElementEvaluator {
  @Override
  public ChecklistItem evaluate(ProfileElement e, ReplyEvidence reply, List<ReplyEvidence.Found> applies) {
    CueSet cues = e.cues().orElseThrow();
    List<ReplyEvidence.Found> found = reply.find(cues);
    String because = applies.isEmpty() ? "" : "applies: " + ReplyEvidence.describe(applies) + "; ";
    if (found.isEmpty()) {
      return new ChecklistItem(e.id(), e.name(), ElementStatus.ABSENT, List.of(),
          because + "not found; looked for " + cues.lookedFor());
    }
    return new ChecklistItem(e.id(), e.name(), ElementStatus.PRESENT, ReplyEvidence.spans(found),
        because + "found in " + ReplyEvidence.describe(found));
  }
}
