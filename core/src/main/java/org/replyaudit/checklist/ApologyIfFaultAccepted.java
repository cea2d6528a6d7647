package org.replyaudit.checklist;

import java.util.List;
import java.util.TreeSet;
import org.replyaudit.Label;
import org.replyaudit.ReplyClaim;
import org.replyaudit.Span;

/**
 * {@link ElementCheck#APOLOGY_IF_FAULT_ACCEPTED}: once the reply accepts fault (the element's
 * {@code appliesWhen}), present when the analysis labelled some reply sentence an apology. The
 * analysis, not a phrase list, decides what an apology is, so "sorry for any inconvenience" and
 * "sorry you feel" do not count here either.
 */
final class ApologyIfFaultAccepted implements ElementEvaluator {
  @Override
  public ChecklistItem evaluate(ProfileElement e, ReplyEvidence reply, List<ReplyEvidence.Found> applies) {
    String fault = "fault accepted in " + ReplyEvidence.describe(applies);
    List<ReplyClaim> apologies = reply.analysis().claimsLabelled(Label.APOLOGY);
    if (apologies.isEmpty()) {
      return new ChecklistItem(e.id(), e.name(), ElementStatus.ABSENT, List.of(),
          fault + ", but no reply sentence apologises (none carries the analysis's apology label;"
              + " \"sorry for any inconvenience\" and \"sorry you feel\" are not apologies)");
    }
    TreeSet<Span> spans = new TreeSet<>();
    apologies.forEach(c -> spans.add(c.span()));
    return new ChecklistItem(e.id(), e.name(), ElementStatus.PRESENT, List.copyOf(spans),
        fault + "; apology (the analysis's apology label): " + ReplyEvidence.quote(apologies.get(0).text()));
  }
}
