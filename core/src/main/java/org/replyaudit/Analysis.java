package org.replyaudit;

import java.util.List;
import java.util.Objects;

/**
 * What ReplyAudit found in one complaint and its reply. Immutable.
 *
 * @param complaint the complaint exactly as given; every point's span indexes it
 * @param reply the reply exactly as given; every reply claim's span indexes it
 * @param points the complaint's claims in text order, each with its status
 * @param replyClaims every reply claim in text order, with its labels
 * @param quotes the reply's sentences that quote the complaint ({@code > } lines), in text order,
 *     each with the complaint claims it copies; they are not reply claims
 * @param verdict the reply as a whole
 * @param coverage the share of points needing an answer that were answered, a partly answered
 *     point counting half; 1.0 when no point needs an answer (verdict {@link Verdict#NOT_APPLICABLE})
 * @param diagnostics what the analyzer noticed about the input
 */
public record Analysis(
    String complaint,
    String reply,
    List<Point> points,
    List<ReplyClaim> replyClaims,
    List<Quote> quotes,
    Verdict verdict,
    double coverage,
    List<Diagnostic> diagnostics) {
  public Analysis {
    Objects.requireNonNull(complaint, "complaint");
    Objects.requireNonNull(reply, "reply");
    points = List.copyOf(points);
    replyClaims = List.copyOf(replyClaims);
    quotes = List.copyOf(quotes);
    Objects.requireNonNull(verdict, "verdict");
    diagnostics = List.copyOf(diagnostics);
  }

  /** The points a fair reply had to deal with and did not. */
  public List<Point> unanswered() {
    return points.stream().filter(p -> p.status() == Status.UNANSWERED).toList();
  }

  /** The reply claims that carry at least one label. */
  public List<ReplyClaim> replyFindings() {
    return replyClaims.stream().filter(c -> !c.findings().isEmpty()).toList();
  }

  /** The reply claims that carry {@code label}. */
  public List<ReplyClaim> claimsLabelled(Label label) {
    return replyClaims.stream().filter(c -> c.has(label)).toList();
  }
}
