package org.replyaudit.corpus.train;

import java.util.List;
import java.util.Set;
import org.replyaudit.Label;
import org.replyaudit.PointKind;
import org.replyaudit.internal.ReplyActClassifier.Act;

/**
 * How the source annotations map to the labels the trained models learn. The README's
 * "Models" section has the same table; change both together.
 *
 * <p>DISAPERE review sentences → point kinds. DISAPERE has no "question" action, but its
 * request subtypes separate asking for information ({@code arg-request_explanation},
 * {@code arg-request_clarification}: ReplyAudit's question) from asking for something to be done
 * ({@code _edit}, {@code _experiment}, {@code _typo}, {@code _result}: request). Negative
 * evaluation is the reviewer's dissatisfaction (grievance). Everything else (facts, structure,
 * summary, social, positive or neutral evaluation, other) needs no answer (context). DISAPERE has
 * no allegation; those come only from the annotated cases.
 *
 * <p>DISAPERE rebuttal sentences → reply acts: what is done or conceded or answered is an answer;
 * a promise of later work (camera-ready, future) a commitment; rejecting a criticism, request or
 * question's premise, or contradicting an assertion, a dispute; thanks and greetings courtesy;
 * summaries, structure ("Regarding point 2:") and the rest other.
 */
public final class Mapping {
  /** Point kinds a DISAPERE sentence can map to (no allegation), the classes scored there. */
  public static final List<String> DISAPERE_KINDS = List.of("request", "question", "grievance", "context");
  /** The reply-act model's labels. */
  public static final List<String> ACTS = List.of("answer", "commitment", "dispute", "courtesy", "other");
  /** The denial model's labels. */
  public static final List<String> DENIAL = List.of("deny", "other");

  private Mapping() {}

  /** DISAPERE review sentence → point kind id. */
  public static String pointKind(String reviewAction, String fineAction, String polarity) {
    if (reviewAction.equals("arg_request")) {
      return fineAction.equals("arg-request_explanation") || fineAction.equals("arg-request_clarification")
          ? "question" : "request";
    }
    if (reviewAction.equals("arg_evaluative") && polarity.equals("pol_negative")) {
      return "grievance";
    }
    return "context";
  }

  /** DISAPERE rebuttal sentence → reply act. */
  public static String replyAct(String rebuttalAction) {
    return switch (rebuttalAction.replaceFirst("^rebuttal_", "")) {
      case "answer", "done", "concede-criticism", "mitigate-criticism" -> "answer";
      case "by-cr", "future" -> "commitment";
      case "reject-criticism", "contradict-assertion", "refute-question", "reject-request" -> "dispute";
      case "social", "accept-praise" -> "courtesy";
      default -> "other"; // summary, structuring, followup, other, none
    };
  }

  /** DISAPERE rebuttal sentence → denial label, from its stance. */
  public static String denial(String rebuttalStance) {
    return rebuttalStance.equals("dispute") ? "deny" : "other";
  }

  /**
   * An annotated case's reply item → reply act. The strongest label wins: a sentence that answers
   * by promising is a commitment; an unsolicited denial is still a denial; apology, boilerplate,
   * redirection, misread premise and restatement are none of the model's acts (other).
   */
  public static String replyAct(Set<Label> labels) {
    if (labels.contains(Label.COMMITMENT)) {
      return "commitment";
    }
    if (labels.contains(Label.UNSOLICITED_DENIAL)) {
      return "dispute";
    }
    if (labels.contains(Label.ANSWER)) {
      return "answer";
    }
    if (labels.contains(Label.COURTESY)) {
      return "courtesy";
    }
    return "other";
  }

  /**
   * An annotated case's reply item → denial label, or null to leave it out: an item labelled
   * only "answer" may be a denial of something alleged (the cases mark only unsolicited ones),
   * so it teaches nothing either way.
   */
  public static String denial(Set<Label> labels) {
    if (labels.contains(Label.UNSOLICITED_DENIAL)) {
      return "deny";
    }
    return labels.contains(Label.ANSWER) ? null : "other";
  }

  /** What the point rules' kind counts as on DISAPERE: allegation and grievance are both criticism. */
  public static String scoredKind(PointKind kind) {
    return kind == PointKind.ALLEGATION ? "grievance" : kind.id();
  }

  /** The model's kind label as scored on DISAPERE (same merge as {@link #scoredKind}). */
  public static String scoredKind(String kind) {
    return kind.equals("allegation") ? "grievance" : kind;
  }

  /**
   * What the reply rules' acts amount to in the act scheme. Rules have no "answer" act (the
   * pipeline decides answers by matching), so a sentence they give no other act is an answer,
   * DISAPERE's commonest act; their fault cues (boilerplate, redirection, signposting, premise,
   * non-apology) are other.
   */
  public static String ruleAct(Set<Act> acts) {
    if (acts.contains(Act.COURTESY)) {
      return "courtesy";
    }
    if (acts.contains(Act.COMMITMENT)) {
      return "commitment";
    }
    if (acts.contains(Act.DENIAL)) {
      return "dispute";
    }
    if (acts.contains(Act.ACTION_TAKEN) || acts.contains(Act.ACKNOWLEDGEMENT) || acts.contains(Act.APOLOGY)) {
      return "answer";
    }
    for (Act a : List.of(Act.BOILERPLATE, Act.REDIRECTION, Act.SIGNPOST, Act.PREMISE, Act.NON_APOLOGY, Act.DESCRIBES_OTHER)) {
      if (acts.contains(a)) {
        return "other";
      }
    }
    return "answer";
  }

  /** What the reply rules' acts say about denial. */
  public static String ruleDenial(Set<Act> acts) {
    return acts.contains(Act.DENIAL) ? "deny" : "other";
  }
}
