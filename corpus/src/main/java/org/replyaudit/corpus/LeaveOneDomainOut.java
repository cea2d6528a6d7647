package org.replyaudit.corpus;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.replyaudit.ReplyAnalyzer;

/**
 * Leave-one-domain-out estimate of how much the status thresholds are fitted to the annotated
 * cases. For each domain, the answered and partly thresholds are chosen on all the other domains
 * (the pair with the best unanswered F1 on them, from a fixed grid), and the held-out domain is
 * scored with that pair; the held-out counts are summed over domains before ratios are taken.
 *
 * <p>What it does not estimate: the cue lists and the fault-label thresholds were written by
 * reading the same cases, and no grid can hold them out; treat the fault figures on {@code dev}
 * as training figures.
 */
public final class LeaveOneDomainOut {
  /** The answered-threshold grid. */
  static final double[] ANSWERED = {0.15, 0.20, 0.25, 0.30, 0.35, 0.40};
  /** The partly-threshold grid (only values not above the answered threshold are used). */
  static final double[] PARTLY = {0.05, 0.10, 0.15, 0.20, 0.25, 0.30};

  private LeaveOneDomainOut() {}

  /**
   * The held-out result.
   *
   * @param domains how many domains were held out in turn
   * @param unanswered held-out unanswered counts summed over domains
   * @param unansweredOrPartly the same for the no-or-partly variant
   * @param chosen per held-out domain, the thresholds chosen on the others ({@code a/p})
   */
  public record Result(int domains, Prf unanswered, Prf unansweredOrPartly,
      Map<String, String> chosen) {
    public Result {
      Objects.requireNonNull(unanswered, "unanswered");
      Objects.requireNonNull(unansweredOrPartly, "unansweredOrPartly");
      chosen = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(chosen));
    }

    /** A Markdown table of the held-out figures. */
    public String toMarkdown(String set) {
      StringBuilder md = new StringBuilder();
      md.append(String.format(Locale.ROOT,
          "%n### %s, leave-one-domain-out (%d domains; status thresholds chosen on the others)%n%n",
          set, domains));
      md.append("| metric | P | R | F1 |\n| --- | ---: | ---: | ---: |\n");
      row(md, "unanswered (gold no), held out", unanswered);
      row(md, "unanswered or partly, held out", unansweredOrPartly);
      return md.toString();
    }

    private static void row(StringBuilder md, String name, Prf p) {
      md.append(String.format(Locale.ROOT, "| %s | %.3f | %.3f | %.3f |%n",
          name, p.precision(), p.recall(), p.f1()));
    }
  }

  /**
   * Runs the estimate. {@code base} supplies every setting but the two thresholds.
   *
   * @throws IllegalArgumentException if the cases span fewer than two domains
   */
  public static Result evaluate(List<AnnotatedCase> cases, ReplyAnalyzer base, Progress progress) {
    Objects.requireNonNull(cases, "cases");
    Objects.requireNonNull(base, "base");
    Objects.requireNonNull(progress, "progress");
    Map<String, List<Integer>> byDomain = new LinkedHashMap<>();
    for (int i = 0; i < cases.size(); i++) {
      AnnotatedCase c = cases.get(i);
      String domain = c.domain().isBlank() ? c.id() : c.domain();
      byDomain.computeIfAbsent(domain, d -> new ArrayList<>()).add(i);
    }
    if (byDomain.size() < 2) {
      throw new IllegalArgumentException("leave-one-domain-out needs at least two domains, got "
          + byDomain.size());
    }
    // Score every case once per grid point; the selection below only adds counts.
    List<double[]> grid = new ArrayList<>();
    for (double a : ANSWERED) {
      for (double p : PARTLY) {
        if (p <= a) {
          grid.add(new double[] {a, p});
        }
      }
    }
    Prf[][] strict = new Prf[grid.size()][cases.size()];
    Prf[][] loose = new Prf[grid.size()][cases.size()];
    long started = System.nanoTime();
    for (int g = 0; g < grid.size(); g++) {
      ReplyAnalyzer analyzer = base.toBuilder()
          .answeredThreshold(grid.get(g)[0]).partlyThreshold(grid.get(g)[1]).build();
      for (int i = 0; i < cases.size(); i++) {
        AnnotatedCase c = cases.get(i);
        EvaluatedPair pair = new EvaluatedPair(c, analyzer.analyze(c.complaint(), c.reply(),
            c.respondent()));
        strict[g][i] = Evaluator.unanswered(pair, false);
        loose[g][i] = Evaluator.unanswered(pair, true);
        int done = g * cases.size() + i + 1;
        double seconds = (System.nanoTime() - started) / 1e9;
        progress.update(done, grid.size() * cases.size(), seconds <= 0 ? 0 : done / seconds);
      }
    }
    Prf heldStrict = Prf.ZERO;
    Prf heldLoose = Prf.ZERO;
    Map<String, String> chosen = new LinkedHashMap<>();
    for (Map.Entry<String, List<Integer>> held : byDomain.entrySet()) {
      int best = -1;
      double bestF1 = -1;
      for (int g = 0; g < grid.size(); g++) {
        Prf rest = Prf.ZERO;
        for (int i = 0; i < cases.size(); i++) {
          if (!held.getValue().contains(i)) {
            rest = rest.plus(strict[g][i]);
          }
        }
        // Strictly better only: ties keep the earlier (lower, more cautious) grid point.
        if (rest.f1() > bestF1) {
          bestF1 = rest.f1();
          best = g;
        }
      }
      for (int i : held.getValue()) {
        heldStrict = heldStrict.plus(strict[best][i]);
        heldLoose = heldLoose.plus(loose[best][i]);
      }
      chosen.put(held.getKey(), String.format(Locale.ROOT, "%.2f/%.2f",
          grid.get(best)[0], grid.get(best)[1]));
    }
    return new Result(byDomain.size(), heldStrict, heldLoose, chosen);
  }
}
