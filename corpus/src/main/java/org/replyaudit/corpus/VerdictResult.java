package org.replyaudit.corpus;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.replyaudit.Verdict;

/**
 * Verdict scores over a set of pairs: a confusion matrix and the per-class and macro F1.
 *
 * @param set the set's name, e.g. {@code qevasion/test}
 * @param confusion {@code confusion.get(g).get(p)} = pairs with gold verdict ordinal g and
 *     predicted verdict ordinal p, in {@link Verdict} order (answered, partly, unanswered)
 */
@JsonPropertyOrder({"set", "pairs", "macroF1", "accuracy", "perClass", "confusion"})
public record VerdictResult(String set, List<List<Integer>> confusion) {
  private static final int N = Verdict.values().length;

  public VerdictResult {
    Objects.requireNonNull(set, "set");
    Objects.requireNonNull(confusion, "confusion");
    if (confusion.size() != N || confusion.stream().anyMatch(r -> r.size() != N)) {
      throw new IllegalArgumentException("confusion must be " + N + "x" + N);
    }
    List<List<Integer>> copy = new ArrayList<>();
    for (List<Integer> r : confusion) {
      if (r.stream().anyMatch(c -> c == null || c < 0)) {
        throw new IllegalArgumentException("confusion counts must be non-negative");
      }
      copy.add(List.copyOf(r));
    }
    confusion = List.copyOf(copy);
  }

  /** The result for parallel lists of gold and predicted verdicts. */
  public static VerdictResult of(String set, List<Verdict> gold, List<Verdict> predicted) {
    Objects.requireNonNull(gold, "gold");
    Objects.requireNonNull(predicted, "predicted");
    if (gold.size() != predicted.size()) {
      throw new IllegalArgumentException(
          gold.size() + " gold verdicts but " + predicted.size() + " predicted");
    }
    int[][] m = new int[N][N];
    for (int i = 0; i < gold.size(); i++) {
      m[gold.get(i).ordinal()][predicted.get(i).ordinal()]++;
    }
    List<List<Integer>> rows = new ArrayList<>();
    for (int[] r : m) {
      rows.add(java.util.Arrays.stream(r).boxed().toList());
    }
    return new VerdictResult(set, rows);
  }

  /** The number of pairs. */
  @JsonProperty
  public int pairs() {
    return confusion.stream().flatMap(List::stream).mapToInt(Integer::intValue).sum();
  }

  /** Pairs with gold {@code gold} predicted as {@code predicted}. */
  public int count(Verdict gold, Verdict predicted) {
    return confusion.get(gold.ordinal()).get(predicted.ordinal());
  }

  /** One class against the rest: predicted = column sum, gold = row sum, matched = diagonal. */
  public Prf perClass(Verdict v) {
    int predicted = 0;
    int gold = 0;
    for (Verdict o : Verdict.values()) {
      predicted += count(o, v);
      gold += count(v, o);
    }
    int hit = count(v, v);
    return new Prf(predicted, hit, gold, hit);
  }

  /** Per class, keyed by {@link Verdict#id()}. */
  @JsonProperty("perClass")
  public Map<String, Prf> perClassMap() {
    Map<String, Prf> m = new LinkedHashMap<>();
    for (Verdict v : Verdict.values()) {
      m.put(v.id(), perClass(v));
    }
    return Collections.unmodifiableMap(m);
  }

  /** The mean of the three per-class F1 scores (a class never gold nor predicted scores 0). */
  @JsonProperty
  public double macroF1() {
    double sum = 0;
    for (Verdict v : Verdict.values()) {
      sum += perClass(v).f1();
    }
    return sum / N;
  }

  /** Share of pairs whose verdict equals the gold; 0 with no pairs. */
  @JsonProperty
  public double accuracy() {
    int n = pairs();
    int hit = 0;
    for (Verdict v : Verdict.values()) {
      hit += count(v, v);
    }
    return n == 0 ? 0 : (double) hit / n;
  }

  /** The scores and confusion matrix as Markdown tables. */
  public String toMarkdown() {
    StringBuilder md = new StringBuilder();
    md.append("## ").append(set).append(" (").append(pairs()).append(" pairs)\n\n");
    md.append("| verdict | P | R | F1 | predicted | gold |\n");
    md.append("| --- | ---: | ---: | ---: | ---: | ---: |\n");
    for (Verdict v : Verdict.values()) {
      Prf p = perClass(v);
      md.append("| ").append(v.id()).append(" | ").append(CaseSetResult.f(p.precision()))
          .append(" | ").append(CaseSetResult.f(p.recall())).append(" | ")
          .append(CaseSetResult.f(p.f1())).append(" | ").append(p.predicted()).append(" | ")
          .append(p.gold()).append(" |\n");
    }
    md.append("| **macro-F1** | | | ").append(CaseSetResult.f(macroF1()))
        .append(" | | |\n| accuracy | | | ").append(CaseSetResult.f(accuracy()))
        .append(" | | |\n\n");
    md.append("| gold \\ predicted |");
    for (Verdict v : Verdict.values()) {
      md.append(' ').append(v.id()).append(" |");
    }
    md.append("\n| --- |").append(" ---: |".repeat(N)).append('\n');
    for (Verdict g : Verdict.values()) {
      md.append("| ").append(g.id()).append(" |");
      for (Verdict p : Verdict.values()) {
        md.append(' ').append(count(g, p)).append(" |");
      }
      md.append('\n');
    }
    return md.toString();
  }

  /** The scores as indented JSON. */
  public String toJson() {
    return Json.write(this);
  }
}
