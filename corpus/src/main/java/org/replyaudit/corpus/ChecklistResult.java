package org.replyaudit.corpus;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.replyaudit.checklist.ElementStatus;

/**
 * Checklist element accuracy on annotated replies, per profile and element.
 *
 * @param set the set's name
 * @param replies how many replies were scored
 * @param profiles one per profile annotated, in the order first seen
 * @param errors every element the analyzer got wrong, for reading
 */
@JsonPropertyOrder({"set", "replies", "accuracy", "profiles", "errors"})
public record ChecklistResult(String set, int replies, List<ProfileScore> profiles, List<Error> errors) {
  public ChecklistResult {
    Objects.requireNonNull(set, "set");
    profiles = List.copyOf(profiles);
    errors = List.copyOf(errors);
  }

  /**
   * One element's counts over the replies annotated against its profile.
   *
   * @param element the element's id
   * @param annotated replies annotated for it
   * @param correct replies whose predicted status equals the gold one
   * @param gold gold statuses, counted by {@link ElementStatus#id()}
   * @param predicted predicted statuses, counted likewise
   * @param bothPresent replies where gold and prediction both say present
   * @param evidenceMatched of those, the replies where some predicted span matches some gold quote
   *     (the span rule)
   */
  @JsonPropertyOrder({"element", "annotated", "correct", "accuracy", "gold", "predicted", "bothPresent",
      "evidenceMatched"})
  public record ElementScore(String element, int annotated, int correct, Map<String, Integer> gold,
      Map<String, Integer> predicted, int bothPresent, int evidenceMatched) {
    @JsonProperty
    public double accuracy() {
      return annotated == 0 ? 0 : (double) correct / annotated;
    }
  }

  /**
   * One profile's elements and whole-checklist agreement.
   *
   * @param profile the profile's id
   * @param replies replies annotated against it
   * @param elements per element, in the profile's order
   * @param verdictAgreed replies whose predicted pass/fail (no element absent) equals the gold one
   */
  @JsonPropertyOrder({"profile", "replies", "accuracy", "verdictAgreed", "elements"})
  public record ProfileScore(String profile, int replies, List<ElementScore> elements, int verdictAgreed) {
    public ProfileScore {
      elements = List.copyOf(elements);
    }

    /** Correct elements over annotated elements, all elements pooled. */
    @JsonProperty
    public double accuracy() {
      int n = elements.stream().mapToInt(ElementScore::annotated).sum();
      return n == 0 ? 0 : (double) elements.stream().mapToInt(ElementScore::correct).sum() / n;
    }
  }

  /** One wrong element: which reply, which element, gold and predicted status. */
  public record Error(String id, String profile, String element, String gold, String predicted) {}

  /** Correct elements over annotated elements, every profile pooled. */
  @JsonProperty
  public double accuracy() {
    int n = profiles.stream().flatMap(p -> p.elements().stream()).mapToInt(ElementScore::annotated).sum();
    int c = profiles.stream().flatMap(p -> p.elements().stream()).mapToInt(ElementScore::correct).sum();
    return n == 0 ? 0 : (double) c / n;
  }

  /** The scores as Markdown tables. */
  public String toMarkdown() {
    StringBuilder md = new StringBuilder();
    int checklists = profiles.stream().mapToInt(ProfileScore::replies).sum();
    md.append("## ").append(set).append(" (").append(replies).append(" replies, ").append(checklists)
        .append(" checklists)\n\n");
    md.append("| profile | element | replies | accuracy | gold present / absent / n/a | predicted present / absent / n/a"
        + " | evidence matched (both present) |\n");
    md.append("| --- | --- | ---: | ---: | ---: | ---: | ---: |\n");
    int n = 0;
    int correct = 0;
    for (ProfileScore p : profiles) {
      for (ElementScore e : p.elements()) {
        md.append("| ").append(p.profile()).append(" | ").append(e.element()).append(" | ").append(e.annotated())
            .append(" | ").append(CaseSetResult.f(e.accuracy())).append(" | ").append(counts(e.gold()))
            .append(" | ").append(counts(e.predicted())).append(" | ").append(e.evidenceMatched()).append(" / ")
            .append(e.bothPresent()).append(" |\n");
        n += e.annotated();
        correct += e.correct();
      }
      md.append("| ").append(p.profile()).append(" | **all elements** | ")
          .append(p.elements().stream().mapToInt(ElementScore::annotated).sum()).append(" | **")
          .append(CaseSetResult.f(p.accuracy())).append("** | | | |\n");
      md.append("| ").append(p.profile()).append(" | pass/fail of the whole checklist | ").append(p.replies())
          .append(" | ").append(CaseSetResult.f(p.replies() == 0 ? 0 : (double) p.verdictAgreed() / p.replies()))
          .append(" | | | |\n");
    }
    md.append("| **all profiles** | **all elements** | ").append(n).append(" | **")
        .append(CaseSetResult.f(n == 0 ? 0 : (double) correct / n)).append("** | | | |\n");
    if (!errors.isEmpty()) {
      md.append("\n| reply | profile | element | gold | predicted |\n| --- | --- | --- | --- | --- |\n");
      for (Error e : errors) {
        md.append("| ").append(e.id()).append(" | ").append(e.profile()).append(" | ").append(e.element())
            .append(" | ").append(e.gold()).append(" | ").append(e.predicted()).append(" |\n");
      }
    }
    return md.toString();
  }

  /** The scores as indented JSON. */
  public String toJson() {
    return Json.write(this);
  }

  private static String counts(Map<String, Integer> byStatus) {
    return byStatus.getOrDefault(ElementStatus.PRESENT.id(), 0) + " / " + byStatus.getOrDefault(ElementStatus.ABSENT.id(), 0)
        + " / " + byStatus.getOrDefault(ElementStatus.NOT_APPLICABLE.id(), 0);
  }
}
