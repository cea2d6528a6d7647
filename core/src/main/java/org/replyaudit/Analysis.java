package org.replyaudit;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.replyaudit.checklist.Checklist;

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
 * @param checklist the reply checked against a complaint-handling profile, when the analyzer was
 *     built with one ({@link ReplyAnalyzer.Builder#profile}); empty otherwise
 */
public record Analysis(
    String complaint,
    String reply,
    List<Point> points,
    List<ReplyClaim> replyClaims,
    List<Quote> quotes,
    Verdict verdict,
    double coverage,
    List<Diagnostic> diagnostics,
    Optional<Checklist> checklist) {
  /**
   * Checks and copies the components (the lists become immutable).
   *
   * @param complaint the complaint exactly as given
   * @param reply the reply exactly as given
   * @param points the complaint's claims in text order (copied)
   * @param replyClaims every reply claim in text order (copied)
   * @param quotes the reply's quoted sentences in text order (copied)
   * @param verdict the reply as a whole
   * @param coverage the share of points needing an answer that were answered
   * @param diagnostics what the analyzer noticed about the input (copied)
   * @param checklist the reply against the analyzer's profile, or empty when it has none
   * @throws NullPointerException if a text, a list, the verdict or the checklist is null
   */
  public Analysis {
    Objects.requireNonNull(complaint, "complaint");
    Objects.requireNonNull(reply, "reply");
    points = List.copyOf(points);
    replyClaims = List.copyOf(replyClaims);
    quotes = List.copyOf(quotes);
    Objects.requireNonNull(verdict, "verdict");
    diagnostics = List.copyOf(diagnostics);
    Objects.requireNonNull(checklist, "checklist");
  }

  /**
   * An analysis without a checklist (the analyzer had no profile).
   *
   * @param complaint the complaint exactly as given
   * @param reply the reply exactly as given
   * @param points the complaint's claims in text order (copied)
   * @param replyClaims every reply claim in text order (copied)
   * @param quotes the reply's quoted sentences in text order (copied)
   * @param verdict the reply as a whole
   * @param coverage the share of points needing an answer that were answered
   * @param diagnostics what the analyzer noticed about the input (copied)
   * @throws NullPointerException if a text, a list or the verdict is null
   */
  public Analysis(String complaint, String reply, List<Point> points, List<ReplyClaim> replyClaims,
      List<Quote> quotes, Verdict verdict, double coverage, List<Diagnostic> diagnostics) {
    this(complaint, reply, points, replyClaims, quotes, verdict, coverage, diagnostics, Optional.empty());
  }

  /**
   * The points a fair reply had to deal with and did not.
   *
   * @return those points in text order; empty when there are none
   */
  public List<Point> unanswered() {
    return points.stream().filter(p -> p.status() == Status.UNANSWERED).toList();
  }

  /**
   * The reply claims that carry at least one label.
   *
   * @return those claims in text order
   */
  public List<ReplyClaim> replyFindings() {
    return replyClaims.stream().filter(c -> !c.findings().isEmpty()).toList();
  }

  /**
   * The reply claims that carry {@code label}.
   *
   * @param label the label to look for
   * @return those claims in text order; empty when none carries it
   */
  public List<ReplyClaim> claimsLabelled(Label label) {
    return replyClaims.stream().filter(c -> c.has(label)).toList();
  }
}
