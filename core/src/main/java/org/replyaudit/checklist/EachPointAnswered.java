package org.replyaudit.checklist;

import java.util.List;
import java.util.TreeSet;
import org.replyaudit.ClaimLink;
import org.replyaudit.Point;
import org.replyaudit.Span;
import org.replyaudit.Status;

/**
 * {@link ElementCheck#EACH_POINT_ANSWERED}: reads the analysis's statuses. Present when every
 * point needing an answer is answered in full (a partly answered point leaves its substance
 * open, so it counts against); its spans are the reply sentences that answer them.
 */
final class EachPointAnswered implements ElementEvaluator {
  @Override
  public ChecklistItem evaluate(ProfileElement e, ReplyEvidence reply, List<ReplyEvidence.Found> applies) {
    List<Point> needing = reply.analysis().points().stream().filter(p -> p.kind().needsAnswer()).toList();
    if (needing.isEmpty()) {
      return new ChecklistItem(e.id(), e.name(), ElementStatus.NOT_APPLICABLE, List.of(),
          "the complaint has no point that needs an answer");
    }
    List<Point> open = needing.stream().filter(p -> p.status() != Status.ANSWERED).toList();
    if (open.isEmpty()) {
      TreeSet<Span> spans = new TreeSet<>();
      needing.forEach(p -> p.answeredBy().stream().map(ClaimLink::span).forEach(spans::add));
      return new ChecklistItem(e.id(), e.name(), ElementStatus.PRESENT, List.copyOf(spans),
          "all " + needing.size() + " point(s) needing an answer were answered (the analysis's statuses)");
    }
    long unanswered = open.stream().filter(p -> p.status() == Status.UNANSWERED).count();
    StringBuilder why = new StringBuilder()
        .append(open.size()).append(" of ").append(needing.size())
        .append(" point(s) needing an answer not answered in full (").append(unanswered).append(" unanswered, ")
        .append(open.size() - unanswered).append(" partly; the analysis's statuses): ");
    for (int i = 0; i < open.size() && i < 3; i++) {
      why.append(i == 0 ? "" : ", ").append(ReplyEvidence.quote(open.get(i).text()));
    }
    if (open.size() > 3) {
      why.append(" and ").append(open.size() - 3).append(" more");
    }
    return new ChecklistItem(e.id(), e.name(), ElementStatus.ABSENT, List.of(), why.toString());
  }
}
