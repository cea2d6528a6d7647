package org.replyaudit.corpus;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.replyaudit.Analysis;
import org.replyaudit.ClaimLink;
import org.replyaudit.Label;
import org.replyaudit.Point;
import org.replyaudit.Quote;
import org.replyaudit.ReplyAnalyzer;
import org.replyaudit.ReplyClaim;
import org.replyaudit.Span;
import org.replyaudit.Status;
import org.replyaudit.Verdict;

/**
 * Scores analyses against gold annotation exactly as {@code shared/corpus/SCHEMA.md} says.
 *
 * <p><b>Span rule.</b> A predicted span matches a gold span when they overlap by at least half of
 * the shorter span ({@link SpanMatch}).
 *
 * <p><b>Unanswered points.</b> Gold positives are the points of kind request, question,
 * allegation or grievance whose {@code addressed} is {@code no} (variant: {@code no} or
 * {@code partly}); predicted positives are the analysis points with status UNANSWERED (variant:
 * UNANSWERED or PARTLY). Precision = predicted positives that match some gold positive /
 * predicted positives; recall = gold positives matched by some predicted positive / gold
 * positives. The rule is strict: a predicted positive matching no annotated point at all (of any
 * kind, context included), or matching only gold points that are not positives, is a false
 * positive.
 *
 * <p><b>Reply labels.</b> For each of the nine labels, gold positives are the annotated reply
 * items carrying it and predicted positives the reply claims carrying it; precision and recall
 * as above. The fault macro-F1 is the mean F1 of the five fault labels.
 *
 * <p><b>Alignment.</b> For each gold reply sentence with gold links, the predicted reply claim or
 * quote overlapping it most (the earliest on a tie, claims before quotes; none when nothing
 * overlaps) supplies a ranking: a claim's {@link ReplyClaim#closest()} links, or the complaint
 * claims a {@link Quote} copies ({@link Quote#source()}), ordered by score, best first (stable for
 * equal scores).
 * The rank of the first link whose span matches a gold-linked complaint span by the span rule
 * gives P@1 (rank 1) and the reciprocal rank (0 when no link matches or no claim overlaps).
 *
 * <p>All counts are micro-aggregated over the cases of a set before ratios are computed.
 */
public final class Evaluator {
  private Evaluator() {}

  /**
   * Analyses every case with {@code analyzer} (adding each case's respondent names) and scores
   * the set.
   *
   * @param set the name for the result, e.g. {@code dev}
   */
  public static CaseSetResult evaluate(
      String set, List<AnnotatedCase> cases, ReplyAnalyzer analyzer, Progress progress) {
    Objects.requireNonNull(set, "set");
    Objects.requireNonNull(cases, "cases");
    Objects.requireNonNull(analyzer, "analyzer");
    Objects.requireNonNull(progress, "progress");
    List<EvaluatedPair> pairs = new ArrayList<>(cases.size());
    long started = System.nanoTime();
    for (AnnotatedCase c : cases) {
      Analysis a = analyzer.analyze(c.complaint(), c.reply(), c.respondent());
      pairs.add(new EvaluatedPair(c, a));
      progress.update(pairs.size(), cases.size(), rate(pairs.size(), started));
    }
    return score(set, pairs);
  }

  /** Analyses every QEvasion pair and scores the verdicts. */
  public static VerdictResult evaluateVerdicts(
      String set, List<QEvasionItem> items, ReplyAnalyzer analyzer, Progress progress) {
    return evaluateVerdicts(set, items, analyzer, Analysis::verdict, progress);
  }

  /**
   * Analyses every QEvasion pair and scores the verdicts that {@code verdictOf} reads from each
   * analysis (e.g. a verdict layer fitted on the tuning split).
   */
  public static VerdictResult evaluateVerdicts(String set, List<QEvasionItem> items, ReplyAnalyzer analyzer,
      java.util.function.Function<Analysis, Verdict> verdictOf, Progress progress) {
    Objects.requireNonNull(set, "set");
    Objects.requireNonNull(items, "items");
    Objects.requireNonNull(analyzer, "analyzer");
    Objects.requireNonNull(progress, "progress");
    List<Verdict> gold = new ArrayList<>(items.size());
    List<Verdict> predicted = new ArrayList<>(items.size());
    long started = System.nanoTime();
    for (QEvasionItem item : items) {
      gold.add(item.gold());
      predicted.add(verdictOf.apply(analyzer.analyze(item.question(), item.answer())));
      progress.update(predicted.size(), items.size(), rate(predicted.size(), started));
    }
    return VerdictResult.of(set, gold, predicted);
  }

  /** Scores already-analysed pairs. */
  public static CaseSetResult score(String set, List<EvaluatedPair> pairs) {
    Objects.requireNonNull(set, "set");
    Objects.requireNonNull(pairs, "pairs");
    Prf unanswered = Prf.ZERO;
    Prf unansweredOrPartly = Prf.ZERO;
    Map<Label, Prf> labels = new LinkedHashMap<>();
    for (Label l : Label.values()) {
      labels.put(l, Prf.ZERO);
    }
    AlignmentScore alignment = AlignmentScore.ZERO;
    boolean labelled = false;
    for (EvaluatedPair p : pairs) {
      unanswered = unanswered.plus(unanswered(p, false));
      unansweredOrPartly = unansweredOrPartly.plus(unanswered(p, true));
      for (Label l : Label.values()) {
        labels.put(l, labels.get(l).plus(label(p, l)));
      }
      alignment = alignment.plus(alignment(p));
      labelled |= !p.gold().replyItems().isEmpty();
    }
    Map<String, Prf> byId = new LinkedHashMap<>();
    labels.forEach((l, prf) -> byId.put(l.id(), prf));
    return new CaseSetResult(set, pairs.size(), unanswered, unansweredOrPartly, byId, labelled,
        alignment);
  }

  /**
   * Unanswered-point counts for one pair.
   *
   * @param orPartly false: gold no vs UNANSWERED; true: gold no|partly vs UNANSWERED|PARTLY
   */
  public static Prf unanswered(EvaluatedPair pair, boolean orPartly) {
    Objects.requireNonNull(pair, "pair");
    Set<Addressed> goldPositive = orPartly
        ? EnumSet.of(Addressed.NO, Addressed.PARTLY) : EnumSet.of(Addressed.NO);
    Set<Status> predictedPositive = orPartly
        ? EnumSet.of(Status.UNANSWERED, Status.PARTLY) : EnumSet.of(Status.UNANSWERED);
    List<Span> gold = pair.gold().points().stream()
        .filter(g -> g.needsAnswer() && goldPositive.contains(g.addressed()))
        .map(GoldPoint::span)
        .toList();
    List<Span> predicted = pair.predicted().points().stream()
        .filter(p -> predictedPositive.contains(p.status()))
        .map(Point::span)
        .toList();
    return count(predicted, gold);
  }

  /** Counts for one reply label in one pair. */
  public static Prf label(EvaluatedPair pair, Label label) {
    Objects.requireNonNull(pair, "pair");
    Objects.requireNonNull(label, "label");
    List<Span> gold = pair.gold().replyItems().stream()
        .filter(g -> g.labels().contains(label))
        .map(GoldReplyItem::span)
        .toList();
    List<Span> predicted = pair.predicted().replyClaims().stream()
        .filter(c -> c.has(label))
        .map(ReplyClaim::span)
        .toList();
    return count(predicted, gold);
  }

  /** P@1 and reciprocal-rank counts for one pair's gold alignments. */
  public static AlignmentScore alignment(EvaluatedPair pair) {
    Objects.requireNonNull(pair, "pair");
    int sentences = 0;
    int hits = 0;
    double rrSum = 0;
    for (GoldAlignment g : pair.gold().alignments()) {
      sentences++;
      int rank = firstGoldRank(g, pair.predicted());
      if (rank == 1) {
        hits++;
      }
      if (rank > 0) {
        rrSum += 1.0 / rank;
      }
    }
    return new AlignmentScore(sentences, hits, rrSum);
  }

  /** The 1-based rank of the first gold link, or 0 when there is none. */
  private static int firstGoldRank(GoldAlignment gold, Analysis predicted) {
    List<ClaimLink> links = null;
    int bestOverlap = 0;
    for (ReplyClaim c : predicted.replyClaims()) {
      int o = c.span().overlap(gold.reply());
      if (o > bestOverlap) {
        links = c.closest();
        bestOverlap = o;
      }
    }
    // A quoted sentence is the reply restating a complaint sentence: what it copies is its link.
    for (Quote q : predicted.quotes()) {
      int o = q.span().overlap(gold.reply());
      if (o > bestOverlap) {
        links = q.source();
        bestOverlap = o;
      }
    }
    if (links == null) {
      return 0;
    }
    // Both lists are documented best first; sort anyway (stably) so the metric never depends on it.
    List<ClaimLink> ranked = links.stream()
        .sorted(Comparator.comparingDouble(ClaimLink::score).reversed())
        .toList();
    for (int i = 0; i < ranked.size(); i++) {
      if (SpanMatch.matchesAny(ranked.get(i).span(), gold.complaint())) {
        return i + 1;
      }
    }
    return 0;
  }

  /** Many-to-many matching under the span rule. */
  public static Prf count(List<Span> predicted, List<Span> gold) {
    int predictedMatched = 0;
    for (Span p : predicted) {
      if (SpanMatch.matchesAny(p, gold)) {
        predictedMatched++;
      }
    }
    int goldMatched = 0;
    for (Span g : gold) {
      if (SpanMatch.matchesAny(g, predicted)) {
        goldMatched++;
      }
    }
    return new Prf(predicted.size(), predictedMatched, gold.size(), goldMatched);
  }

  private static double rate(int done, long startedNanos) {
    double seconds = (System.nanoTime() - startedNanos) / 1e9;
    return seconds <= 0 ? 0 : done / seconds;
  }
}
