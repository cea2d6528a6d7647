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
 * Verdict scores over a set of pairs: a confusion matrix and the per-class and macro F1 over the
 * three graded verdicts (answered, partly, unanswered).
 *
 * <p>Gold verdicts are always graded; a prediction may be {@link Verdict#NOT_APPLICABLE} (the
 * analyzer found no point needing an answer in the question). Such a pair is an abstention: it
 * stays in the 3×3 matrix's row count as a miss (it lowers the recall of its gold class and the
 * accuracy) but is nobody's prediction (no class's precision changes), and it is counted on its
 * own in {@link #notApplicable()}. Counting it as "answered", as the analyzer did before it had
 * the verdict, would credit a verdict it never gave.
 *
 * @param set the set's name, e.g. {@code qevasion/test}
 * @param confusion {@code confusion.get(g).get(p)} = pairs with gold verdict g and predicted
 *     verdict p, both in {@link #GRADED} order (answered, partly, unanswered)
 * @param notApplicable per gold verdict, in {@link #GRADED} order, the pairs predicted not_applicable
 */
@JsonPropertyOrder({"set", "pairs", "macroF1", "accuracy", "perClass", "confusion", "notApplicable"})
public record VerdictResult(String set, List<List<Integer>> confusion, List<Integer> notApplicable) {
  /** The verdicts a gold label can have, in matrix order. */
  public static final List<Verdict> GRADED = List.of(Verdict.ANSWERED, Verdict.PARTLY, Verdict.UNANSWERED);
  private static final int N = GRADED.size();

  public VerdictResult {
    Objects.requireNonNull(set, "set");
    Objects.requireNonNull(confusion, "confusion");
    Objects.requireNonNull(notApplicable, "notApplicable");
    if (confusion.size() != N || confusion.stream().anyMatch(r -> r.size() != N)) {
      throw new IllegalArgumentException("confusion must be " + N + "x" + N);
    }
    if (notApplicable.size() != N) {
      throw new IllegalArgumentException("notApplicable must have " + N + " counts");
    }
    List<List<Integer>> copy = new ArrayList<>();
    for (List<Integer> r : confusion) {
      copy.add(counts(r));
    }
    confusion = List.copyOf(copy);
    notApplicable = counts(notApplicable);
  }

  /** A result with no not_applicable predictions. */
  public VerdictResult(String set, List<List<Integer>> confusion) {
    this(set, confusion, List.of(0, 0, 0));
  }

  private static List<Integer> counts(List<Integer> r) {
    if (r.stream().anyMatch(c -> c == null || c < 0)) {
      throw new IllegalArgumentException("counts must be non-negative");
    }
    return List.copyOf(r);
  }

  /**
   * The result for parallel lists of gold and predicted verdicts.
   *
   * @throws IllegalArgumentException if the lists differ in length or a gold verdict is not graded
   */
  public static VerdictResult of(String set, List<Verdict> gold, List<Verdict> predicted) {
    Objects.requireNonNull(gold, "gold");
    Objects.requireNonNull(predicted, "predicted");
    if (gold.size() != predicted.size()) {
      throw new IllegalArgumentException(
          gold.size() + " gold verdicts but " + predicted.size() + " predicted");
    }
    int[][] m = new int[N][N];
    int[] na = new int[N];
    for (int i = 0; i < gold.size(); i++) {
      int g = GRADED.indexOf(gold.get(i));
      if (g < 0) {
        throw new IllegalArgumentException("a gold verdict must be graded, not " + gold.get(i));
      }
      if (predicted.get(i) == Verdict.NOT_APPLICABLE) {
        na[g]++;
      } else {
        m[g][GRADED.indexOf(predicted.get(i))]++;
      }
    }
    List<List<Integer>> rows = new ArrayList<>();
    for (int[] r : m) {
      rows.add(java.util.Arrays.stream(r).boxed().toList());
    }
    return new VerdictResult(set, rows, java.util.Arrays.stream(na).boxed().toList());
  }

  /** The number of pairs, not_applicable predictions included. */
  @JsonProperty
  public int pairs() {
    return confusion.stream().flatMap(List::stream).mapToInt(Integer::intValue).sum()
        + notApplicable.stream().mapToInt(Integer::intValue).sum();
  }

  /** Pairs with gold {@code gold} predicted as {@code predicted} (either may be any verdict). */
  public int count(Verdict gold, Verdict predicted) {
    int g = GRADED.indexOf(gold);
    if (g < 0) {
      return 0;
    }
    return predicted == Verdict.NOT_APPLICABLE ? notApplicable.get(g) : confusion.get(g).get(GRADED.indexOf(predicted));
  }

  /**
   * One graded class against the rest: predicted = column sum, gold = row sum with the class's
   * not_applicable pairs, matched = diagonal.
   */
  public Prf perClass(Verdict v) {
    int predicted = 0;
    int gold = 0;
    for (Verdict o : GRADED) {
      predicted += count(o, v);
      gold += count(v, o);
    }
    gold += count(v, Verdict.NOT_APPLICABLE);
    int hit = count(v, v);
    return new Prf(predicted, hit, gold, hit);
  }

  /** Per graded class, keyed by {@link Verdict#id()}. */
  @JsonProperty("perClass")
  public Map<String, Prf> perClassMap() {
    Map<String, Prf> m = new LinkedHashMap<>();
    for (Verdict v : GRADED) {
      m.put(v.id(), perClass(v));
    }
    return Collections.unmodifiableMap(m);
  }

  /** The mean of the three per-class F1 scores (a class never gold nor predicted scores 0). */
  @JsonProperty
  public double macroF1() {
    double sum = 0;
    for (Verdict v : GRADED) {
      sum += perClass(v).f1();
    }
    return sum / N;
  }

  /** Share of pairs whose verdict equals the gold (a not_applicable one never does); 0 with no pairs. */
  @JsonProperty
  public double accuracy() {
    int n = pairs();
    int hit = 0;
    for (Verdict v : GRADED) {
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
    for (Verdict v : GRADED) {
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
    for (Verdict v : GRADED) {
      md.append(' ').append(v.id()).append(" |");
    }
    md.append(' ').append(Verdict.NOT_APPLICABLE.id()).append(" |");
    md.append("\n| --- |").append(" ---: |".repeat(N + 1)).append('\n');
    for (Verdict g : GRADED) {
      md.append("| ").append(g.id()).append(" |");
      for (Verdict p : GRADED) {
        md.append(' ').append(count(g, p)).append(" |");
      }
      md.append(' ').append(count(g, Verdict.NOT_APPLICABLE)).append(" |");
      md.append('\n');
    }
    return md.toString();
  }

  /** The scores as indented JSON. */
  public String toJson() {
    return Json.write(this);
  }
}
