package org.replyaudit;

import java.util.List;
import java.util.Objects;

/**
 * One claim of the reply and what it does.
 *
 * @param span where it stands in the reply
 * @param text the covered text
 * @param findings one per label, in {@link Label} order; empty when the claim carries no finding
 * @param closest the complaint claims it most likely responds to, best first (at most three); see
 *     {@link ClaimLink} for what their scores mean
 */
public record ReplyClaim(Span span, String text, List<Finding> findings, List<ClaimLink> closest) {
  /**
   * Checks and copies the components.
   *
   * @param span where it stands in the reply
   * @param text the covered text
   * @param findings one per label, in {@link Label} order (copied)
   * @param closest the complaint claims it most likely responds to, best first (copied)
   * @throws NullPointerException if any component is null
   */
  public ReplyClaim {
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(text, "text");
    findings = List.copyOf(findings);
    closest = List.copyOf(closest);
  }

  /**
   * The labels of its findings, in {@link Label} order.
   *
   * @return the labels; empty when the claim carries no finding
   */
  public List<Label> labels() {
    return findings.stream().map(Finding::label).toList();
  }

  /**
   * Whether the claim carries {@code label}.
   *
   * @param label the label to look for
   * @return true if one of its findings carries {@code label}
   */
  public boolean has(Label label) {
    return findings.stream().anyMatch(f -> f.label() == label);
  }
}
