package org.replyaudit.checklist;

import java.util.List;

/**
 * {@link ElementCheck#OFFER_OR_REASONED_REFUSAL}: present when the reply offers redress, or
 * refuses it and gives reasons (the element named by {@code reasons}, decided earlier, is
 * present). A refusal without reasons is absent.
 */
final class OfferOrReasonedRefusal implements ElementEvaluator {
  @Override
  public ChecklistItem evaluate(ProfileElement e, ReplyEvidence reply, List<ReplyEvidence.Found> applies) {
    CueSet offer = e.cues().orElseThrow();
    CueSet refusal = e.refusal().orElseThrow();
    List<ReplyEvidence.Found> offers = reply.find(offer);
    if (!offers.isEmpty()) {
      return new ChecklistItem(e.id(), e.name(), ElementStatus.PRESENT, ReplyEvidence.spans(offers),
          "offered in " + ReplyEvidence.describe(offers));
    }
    List<ReplyEvidence.Found> refusals = reply.find(refusal);
    String reasonsId = e.reasons().orElseThrow();
    ChecklistItem reasons = reply.decided(reasonsId).orElseThrow(
        () -> new IllegalStateException("element " + reasonsId + " is decided before " + e.id()));
    if (refusals.isEmpty()) {
      return new ChecklistItem(e.id(), e.name(), ElementStatus.ABSENT, List.of(),
          "neither offered nor refused; looked for " + offer.lookedFor() + "; or " + refusal.lookedFor()
              + " with reasons");
    }
    if (reasons.status() != ElementStatus.PRESENT) {
      return new ChecklistItem(e.id(), e.name(), ElementStatus.ABSENT, List.of(),
          "refused in " + ReplyEvidence.describe(refusals) + ", but without reasons (" + reasons.name()
              + " is " + reasons.status().id() + ")");
    }
    return new ChecklistItem(e.id(), e.name(), ElementStatus.PRESENT, ReplyEvidence.spans(refusals),
        "refused in " + ReplyEvidence.describe(refusals) + ", with reasons (" + reasons.name() + ": "
            + reasons.why() + ")");
  }
}
