package org.replyaudit.corpus;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import java.util.Objects;

/**
 * Thread tracking scored against gold: what is open after each reply, at the end, what was
 * raised again, what was contradicted.
 *
 * @param set the set's name
 * @param threads how many threads were scored
 * @param replies how many replies they hold
 * @param rows one per metric, in the order printed
 */
@JsonPropertyOrder({"set", "threads", "replies", "rows"})
public record ThreadResult(String set, int threads, int replies, List<Row> rows) {
  public ThreadResult {
    Objects.requireNonNull(set, "set");
    rows = List.copyOf(rows);
  }

  /** One metric's counts. */
  public record Row(String metric, Prf counts) {
    public Row {
      Objects.requireNonNull(metric, "metric");
      Objects.requireNonNull(counts, "counts");
    }
  }

  /** The row named {@code metric}. */
  public Prf row(String metric) {
    return rows.stream().filter(r -> r.metric().equals(metric)).map(Row::counts).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no row " + metric));
  }

  /** The scores as a Markdown table. */
  public String toMarkdown() {
    StringBuilder md = new StringBuilder();
    md.append("## ").append(set).append(" (").append(threads).append(" threads, ").append(replies).append(" replies)\n\n");
    md.append("| metric | P | R | F1 | predicted (matched) | gold (matched) |\n");
    md.append("| --- | ---: | ---: | ---: | ---: | ---: |\n");
    for (Row r : rows) {
      Prf p = r.counts();
      md.append("| ").append(r.metric()).append(" | ").append(CaseSetResult.f(p.precision())).append(" | ")
          .append(CaseSetResult.f(p.recall())).append(" | ").append(CaseSetResult.f(p.f1())).append(" | ")
          .append(p.predicted()).append(" (").append(p.predictedMatched()).append(") | ")
          .append(p.gold()).append(" (").append(p.goldMatched()).append(") |\n");
    }
    return md.toString();
  }

  /** The scores as indented JSON. */
  public String toJson() {
    return Json.write(this);
  }
}
