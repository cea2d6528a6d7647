package org.replyaudit.corpus;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;
import org.replyaudit.ReplyAnalyzer;
import org.replyaudit.Span;
import org.replyaudit.thread.Raise;
import org.replyaudit.thread.ThreadAnalysis;
import org.replyaudit.thread.ThreadAnalyzer;
import org.replyaudit.thread.ThreadPoint;

/**
 * Scores thread tracking against gold ({@code corpus/THREADS.md}).
 *
 * <p><b>Open after reply k</b> (the per-round unanswered figure): for the k-th reply of each
 * thread, the points raised before it that are not answered in full just after it. Gold and
 * prediction use the same rule ({@link GoldThreadPoint#openAfter}, {@code ThreadPoint.statusAfter}):
 * open unless a reply after the point's latest raising, up to this one, answered it. A predicted
 * point matches a gold point when one of its occurrences (where it was raised, or raised again)
 * and one of the gold point's are in the same message and match by the span rule
 * ({@link SpanMatch}). Precision and recall as in {@link Prf}; counts are summed over threads,
 * per k and pooled over every reply. <b>Open at the end</b>: after the whole thread (a point
 * raised again after the last reply is open). <b>Raised again</b>: predicted re-raises against
 * gold ones, same message and the span rule. <b>Contradicted</b>: the later reply's sentence,
 * likewise. <b>Reference</b>: each reply judged alone, a pairwise analysis per complainant
 * message with no memory of earlier replies (a restated point is counted once per message that raised it).
 */
public final class ThreadEvaluator {
  private ThreadEvaluator() {}

  /** Analyses every thread with {@code analyzer} and scores it. */
  public static ThreadResult evaluate(String set, List<ThreadCase> threads, ReplyAnalyzer analyzer, Progress progress) {
    Objects.requireNonNull(set, "set");
    Objects.requireNonNull(threads, "threads");
    Objects.requireNonNull(analyzer, "analyzer");
    Objects.requireNonNull(progress, "progress");
    ThreadAnalyzer threadAnalyzer = new ThreadAnalyzer(analyzer);
    int maxReplies = threads.stream().mapToInt(t -> t.replies().size()).max().orElse(0);
    Prf[] perRound = new Prf[maxReplies];
    java.util.Arrays.fill(perRound, Prf.ZERO);
    Prf alone = Prf.ZERO;
    Prf end = Prf.ZERO;
    Prf reraised = Prf.ZERO;
    Prf contradicted = Prf.ZERO;
    int replies = 0;
    long started = System.nanoTime();
    int done = 0;
    for (ThreadCase t : threads) {
      ThreadAnalysis a = threadAnalyzer.analyze(t.messages(), t.respondent());
      List<Integer> r = t.replies();
      replies += r.size();
      for (int k = 1; k <= r.size(); k++) {
        int m = r.get(k - 1);
        List<ThreadPoint> predicted = a.openAfter(k);
        List<GoldThreadPoint> gold = t.points().stream().filter(g -> g.openAfter(m).orElse(false)).toList();
        perRound[k - 1] = perRound[k - 1].plus(count(predicted, gold));
        alone = alone.plus(countAlone(judgedAlone(a, m), gold));
      }
      int last = r.isEmpty() ? -1 : r.get(r.size() - 1);
      end = end.plus(count(a.open(), t.points().stream().filter(g -> g.openAtEnd(last)).toList()));
      List<GoldThreadPoint.Occurrence> predictedRaises = new ArrayList<>();
      for (ThreadPoint p : a.points()) {
        for (Raise x : p.reraised()) {
          predictedRaises.add(new GoldThreadPoint.Occurrence(x.message(), x.span()));
        }
      }
      reraised = reraised.plus(occurrences(predictedRaises,
          t.points().stream().flatMap(g -> g.reraised().stream()).toList()));
      List<GoldThreadPoint.Occurrence> predictedContradictions = a.contradicted().stream()
          .map(p -> p.contradiction().orElseThrow())
          .map(c -> new GoldThreadPoint.Occurrence(c.laterMessage(), c.later())).toList();
      contradicted = contradicted.plus(occurrences(predictedContradictions,
          t.points().stream().flatMap(g -> g.contradicted().stream()).map(GoldThreadPoint.GoldContradiction::later).toList()));
      done++;
      double secs = (System.nanoTime() - started) / 1e9;
      progress.update(done, threads.size(), secs <= 0 ? 0 : done / secs);
    }
    List<ThreadResult.Row> rows = new ArrayList<>();
    Prf pooled = Prf.ZERO;
    for (int k = 0; k < maxReplies; k++) {
      rows.add(new ThreadResult.Row("open after reply " + (k + 1), perRound[k]));
      pooled = pooled.plus(perRound[k]);
    }
    rows.add(new ThreadResult.Row("open after every reply (pooled)", pooled));
    rows.add(new ThreadResult.Row("reference: each reply judged alone (pooled)", alone));
    rows.add(new ThreadResult.Row("open at the end of the thread", end));
    rows.add(new ThreadResult.Row("raised again", reraised));
    rows.add(new ThreadResult.Row("contradicted (heuristic)", contradicted));
    return new ThreadResult(set, threads.size(), replies, rows);
  }

  /**
   * The reference without a thread: each reply judged on its own against every complainant
   * message before it, a point open when that one pairwise analysis did not answer it in full,
   * with no memory of earlier replies and no re-raises.
   */
  private static List<GoldThreadPoint.Occurrence> judgedAlone(ThreadAnalysis a, int reply) {
    List<GoldThreadPoint.Occurrence> open = new ArrayList<>();
    for (var e : a.exchanges()) {
      if (e.replyMessage() == reply) {
        e.analysis().points().stream()
            .filter(p -> p.kind().needsAnswer() && p.status() != org.replyaudit.Status.ANSWERED)
            .forEach(p -> open.add(new GoldThreadPoint.Occurrence(e.complaintMessage(), p.span())));
      }
    }
    return open;
  }

  /** Predicted open sentences against gold open points, a point matched by any of its occurrences. */
  private static Prf countAlone(List<GoldThreadPoint.Occurrence> predicted, List<GoldThreadPoint> gold) {
    int pm = (int) predicted.stream()
        .filter(p -> gold.stream().anyMatch(g -> g.occurrences().stream().anyMatch(o -> same(p, o)))).count();
    int gm = (int) gold.stream()
        .filter(g -> g.occurrences().stream().anyMatch(o -> predicted.stream().anyMatch(p -> same(p, o)))).count();
    return new Prf(predicted.size(), pm, gold.size(), gm);
  }

  /** Many-to-many matching of predicted and gold points by their occurrences. */
  static Prf count(List<ThreadPoint> predicted, List<GoldThreadPoint> gold) {
    int predictedMatched = 0;
    for (ThreadPoint p : predicted) {
      if (gold.stream().anyMatch(matches(p))) {
        predictedMatched++;
      }
    }
    int goldMatched = 0;
    for (GoldThreadPoint g : gold) {
      if (predicted.stream().anyMatch(p -> matches(p).test(g))) {
        goldMatched++;
      }
    }
    return new Prf(predicted.size(), predictedMatched, gold.size(), goldMatched);
  }

  private static Predicate<GoldThreadPoint> matches(ThreadPoint p) {
    List<GoldThreadPoint.Occurrence> mine = new ArrayList<>();
    mine.add(new GoldThreadPoint.Occurrence(p.message(), p.point().span()));
    p.reraised().forEach(r -> mine.add(new GoldThreadPoint.Occurrence(r.message(), r.span())));
    return g -> g.occurrences().stream().anyMatch(o -> mine.stream().anyMatch(x -> same(x, o)));
  }

  private static Prf occurrences(List<GoldThreadPoint.Occurrence> predicted, List<GoldThreadPoint.Occurrence> gold) {
    int pm = (int) predicted.stream().filter(p -> gold.stream().anyMatch(g -> same(p, g))).count();
    int gm = (int) gold.stream().filter(g -> predicted.stream().anyMatch(p -> same(p, g))).count();
    return new Prf(predicted.size(), pm, gold.size(), gm);
  }

  private static boolean same(GoldThreadPoint.Occurrence a, GoldThreadPoint.Occurrence b) {
    Span x = a.span();
    return a.message() == b.message() && SpanMatch.matches(x, b.span());
  }
}
