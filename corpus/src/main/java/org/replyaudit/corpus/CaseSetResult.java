package org.replyaudit.corpus;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.replyaudit.Label;

/**
 * The scores of one set of annotated pairs, every count micro-aggregated over the set.
 *
 * @param set the set's name, e.g. {@code dev} or {@code disapere/test}
 * @param pairs how many pairs were scored
 * @param unanswered gold {@code addressed = no} against predicted UNANSWERED
 * @param unansweredOrPartly gold {@code no|partly} against predicted UNANSWERED|PARTLY
 * @param labels per reply label, keyed by {@link Label#id()} in {@link Label} order
 * @param replyLabelsAnnotated whether the set's gold has reply labels at all (DISAPERE has none,
 *     so its label rows would only show predictions)
 * @param alignment alignment P@1 and MRR over gold reply sentences with gold links
 */
@JsonPropertyOrder({"set", "pairs", "unanswered", "unansweredOrPartly", "faultMacroF1", "labels",
    "replyLabelsAnnotated", "alignment"})
public record CaseSetResult(
    String set,
    int pairs,
    Prf unanswered,
    Prf unansweredOrPartly,
    Map<String, Prf> labels,
    boolean replyLabelsAnnotated,
    AlignmentScore alignment) {
  public CaseSetResult {
    Objects.requireNonNull(set, "set");
    Objects.requireNonNull(unanswered, "unanswered");
    Objects.requireNonNull(unansweredOrPartly, "unansweredOrPartly");
    Objects.requireNonNull(labels, "labels");
    Objects.requireNonNull(alignment, "alignment");
    // Map.copyOf would lose the Label order the table and JSON rely on.
    labels = Collections.unmodifiableMap(new LinkedHashMap<>(labels));
  }

  /** The counts for one label ({@link Prf#ZERO} when absent). */
  public Prf label(Label label) {
    return labels.getOrDefault(label.id(), Prf.ZERO);
  }

  /**
   * The mean F1 over the five fault labels (unsolicited_denial, misread_premise, restatement,
   * redirection, boilerplate), each F1 computed from micro-aggregated counts.
   */
  @JsonProperty
  public double faultMacroF1() {
    double sum = 0;
    int n = 0;
    for (Label l : Label.values()) {
      if (l.isFault()) {
        sum += label(l).f1();
        n++;
      }
    }
    return sum / n;
  }

  /** The scores as a Markdown section with tables. */
  public String toMarkdown() {
    StringBuilder md = new StringBuilder();
    md.append("## ").append(set).append(" (").append(pairs).append(" pairs)\n\n");
    md.append("| metric | P | R | F1 | predicted (matched) | gold (matched) |\n");
    md.append("| --- | ---: | ---: | ---: | ---: | ---: |\n");
    row(md, "unanswered (gold no)", unanswered);
    row(md, "unanswered or partly", unansweredOrPartly);
    if (replyLabelsAnnotated) {
      for (Map.Entry<String, Prf> e : labels.entrySet()) {
        row(md, "label " + e.getKey(), e.getValue());
      }
      md.append("| **fault macro-F1** (5 labels) | | | ").append(f(faultMacroF1()))
          .append(" | | |\n");
    }
    md.append("\n| alignment | sentences | P@1 | MRR |\n| --- | ---: | ---: | ---: |\n");
    md.append("| reply sentence → complaint | ").append(alignment.sentences()).append(" | ")
        .append(f(alignment.precisionAt1())).append(" | ").append(f(alignment.mrr()))
        .append(" |\n");
    return md.toString();
  }

  /** The scores as indented JSON. */
  public String toJson() {
    return Json.write(this);
  }

  private static void row(StringBuilder md, String name, Prf p) {
    md.append("| ").append(name).append(" | ").append(f(p.precision())).append(" | ")
        .append(f(p.recall())).append(" | ").append(f(p.f1())).append(" | ")
        .append(p.predicted()).append(" (").append(p.predictedMatched()).append(") | ")
        .append(p.gold()).append(" (").append(p.goldMatched()).append(") |\n");
  }

  static String f(double v) {
    return String.format(Locale.ROOT, "%.3f", v);
  }
}
