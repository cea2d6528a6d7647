package org.replyaudit.thread;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.replyaudit.Analysis;
import org.replyaudit.ClaimLink;
import org.replyaudit.Point;
import org.replyaudit.ReplyAnalyzer;
import org.replyaudit.Span;
import org.replyaudit.Status;

/**
 * Tracks every point of a complaint thread through the replies that follow it. Built only on
 * what {@link ReplyAnalyzer#analyze} returns (points, statuses, the reply sentences that answer
 * them), so it works the same whatever decides those. Immutable and thread-safe.
 *
 * <p>How, top to bottom:
 *
 * <ol>
 *   <li><b>Pairs.</b> Every complainant message is analysed against every later reply (a thread
 *       of n messages costs at most n²/4 analyses). A complainant message no reply follows is
 *       analysed against an empty reply, for its points.
 *   <li><b>Points.</b> The points of each complainant message that need an answer (context is
 *       not tracked), as its first pairwise analysis found them.
 *   <li><b>Re-raised.</b> A sentence of a later complainant message raises an earlier point
 *       again when it shares at least {@value #RERAISE_OVERLAP} of the shorter one's content
 *       words and at least {@value #MIN_SHARED_WORDS} of them (stems, function words left out;
 *       see {@code ContentWords}); the best such point wins. Restating a point that is still
 *       open presses it, whatever the analysis calls the sentence ("I still need an engineer" is
 *       often read as background). Restating a point a reply has answered re-opens it only when
 *       the sentence itself needs an answer (a request, question, allegation or grievance: "the
 *       refund is not on my bill"); a background sentence there ("you refunded the fee, thank
 *       you") is a summary, not a re-raise. A sentence needing an answer that restates no earlier
 *       point is a new point.
 *   <li><b>Rounds.</b> For each reply after a point, its status in that reply is the best the
 *       pairwise analyses gave any message that had raised the point so far. The point is
 *       answered once a reply after its latest raising answers it in full; a point raised again
 *       after it was answered is open again until a later reply answers it.
 *   <li><b>Contradicted</b> (a heuristic, conservative by design): two replies' sentences that
 *       deal with the same point (in their analyses' {@code answeredBy}), sharing at least
 *       {@value #CONTRADICTION_OVERLAP} of the shorter sentence's content words and at least
 *       {@value #MIN_SHARED_WORDS}, where a shared word is negated in one and not the other (a
 *       negation word within the three words before it: "we will refund the £40" / "we will not
 *       refund the £40"). It does not read meaning: "compensation depends on the cause" then "no
 *       compensation is payable" is reported too, and a contradiction in other words ("the fees
 *       are non-refundable") is missed.
 * </ol>
 */
public final class ThreadAnalyzer {
  /** Share of the shorter point's content words a restatement must share with the earlier point. */
  public static final double RERAISE_OVERLAP = 0.5;
  /** Share of the shorter sentence's content words two contradicting sentences must share. */
  public static final double CONTRADICTION_OVERLAP = 0.5;
  /** Content words two sentences must share at least, for either decision: one shared word is chance. */
  public static final int MIN_SHARED_WORDS = 2;

  private final ReplyAnalyzer analyzer;

  /**
   * A thread analyzer that analyses each pair with {@code analyzer}.
   *
   * @param analyzer the analyzer for every pair (its profile, if any, checks every reply)
   * @throws NullPointerException if {@code analyzer} is null
   */
  public ThreadAnalyzer(ReplyAnalyzer analyzer) {
    this.analyzer = Objects.requireNonNull(analyzer, "analyzer");
  }

  /**
   * Analyses a thread.
   *
   * @param messages the messages in the order they were sent; the first is the complainant's
   * @return every point tracked through the later replies
   * @throws NullPointerException if {@code messages} or one of them is null
   * @throws IllegalArgumentException if there is no message, the first is not the complainant's,
   *     or a text is over the analyzer's size limit
   */
  public ThreadAnalysis analyze(List<Message> messages) {
    return analyze(messages, List.of());
  }

  /**
   * Analyses a thread with extra respondent names for this thread (see
   * {@link ReplyAnalyzer#analyze(String, String, List)}).
   *
   * @param messages the messages in the order they were sent, the first the complainant's
   * @param respondent names the organisation uses for itself in this thread
   * @return every point tracked through the later replies
   * @throws NullPointerException if an argument or a message is null
   * @throws IllegalArgumentException as {@link #analyze(List)}
   */
  public ThreadAnalysis analyze(List<Message> messages, List<String> respondent) {
    Objects.requireNonNull(messages, "messages");
    Objects.requireNonNull(respondent, "respondent");
    for (int i = 0; i < messages.size(); i++) {
      Objects.requireNonNull(messages.get(i), "messages[" + i + "]");
    }
    if (messages.isEmpty()) {
      throw new IllegalArgumentException("a thread needs at least one message");
    }
    if (messages.get(0).from() != Party.COMPLAINANT) {
      throw new IllegalArgumentException("a thread starts with the complainant's message; message 0 is the respondent's");
    }
    // 1. Pairs.
    List<Exchange> exchanges = new ArrayList<>();
    List<Analysis> pointsOf = new ArrayList<>();  // per message: the analysis its points come from
    for (int c = 0; c < messages.size(); c++) {
      pointsOf.add(null);
      if (messages.get(c).from() != Party.COMPLAINANT) {
        continue;
      }
      for (int r = c + 1; r < messages.size(); r++) {
        if (messages.get(r).from() == Party.RESPONDENT) {
          Analysis a = analyzer.analyze(messages.get(c).text(), messages.get(r).text(), respondent);
          exchanges.add(new Exchange(c, r, a));
          if (pointsOf.get(c) == null) {
            pointsOf.set(c, a);
          }
        }
      }
      if (pointsOf.get(c) == null) {
        pointsOf.set(c, analyzer.analyze(messages.get(c).text(), "", respondent));
      }
    }
    // 2-3. Points, and which later sentences raise an earlier one again.
    List<Tracked> tracked = new ArrayList<>();
    for (int c = 0; c < messages.size(); c++) {
      if (pointsOf.get(c) == null) {
        continue;
      }
      List<Tracked> before = List.copyOf(tracked);  // a message does not re-raise its own points
      Map<Tracked, Boolean> openBefore = new IdentityHashMap<>();
      for (Tracked t : before) {
        openBefore.put(t, statusBefore(t, c, exchanges) != Status.ANSWERED);
      }
      for (Point p : pointsOf.get(c).points()) {
        Set<String> words = ContentWords.of(p.text());
        Tracked best = null;
        double bestOverlap = 0;
        for (Tracked t : before) {
          if (!openBefore.get(t) && !p.kind().needsAnswer()) {
            continue;  // a summary of an answered point, not a re-raise
          }
          for (Occurrence o : t.occurrences) {
            if (o.message >= c) {
              continue;  // compared with what earlier messages said, not with this one's other sentences
            }
            double overlap = ContentWords.overlap(words, o.words);
            if (overlap >= RERAISE_OVERLAP && ContentWords.shared(words, o.words) >= MIN_SHARED_WORDS
                && overlap > bestOverlap) {
              best = t;
              bestOverlap = overlap;
            }
          }
        }
        if (best != null) {
          best.occurrences.add(new Occurrence(c, p, words, bestOverlap));
        } else if (p.kind().needsAnswer()) {
          tracked.add(new Tracked(new Occurrence(c, p, words, 1.0)));
        }
      }
    }
    // 4-5. Rounds, status, contradictions.
    List<ThreadPoint> points = new ArrayList<>();
    List<Integer> replies = new ArrayList<>();
    for (int i = 0; i < messages.size(); i++) {
      if (messages.get(i).from() == Party.RESPONDENT) {
        replies.add(i);
      }
    }
    for (Tracked t : tracked) {
      points.add(point(points.size() + 1, t, replies, exchanges, messages));
    }
    return new ThreadAnalysis(messages, exchanges, points);
  }

  private static ThreadPoint point(int number, Tracked t, List<Integer> replies, List<Exchange> exchanges,
      List<Message> messages) {
    Occurrence first = t.occurrences.get(0);
    List<RoundStatus> rounds = new ArrayList<>();
    for (int k = 0; k < replies.size(); k++) {
      int r = replies.get(k);
      if (r > first.message) {
        Round round = round(t, r, exchanges);
        rounds.add(new RoundStatus(k + 1, r, round.status, round.answeredBy));
      }
    }
    List<Raise> raises = new ArrayList<>();
    for (Occurrence o : t.occurrences.subList(1, t.occurrences.size())) {
      raises.add(new Raise(o.message, o.point.span(), o.point.text(), o.overlap));
    }
    ThreadPoint draft = new ThreadPoint(number, first.message, first.point, raises, rounds, Status.UNANSWERED,
        Optional.empty(), Optional.empty(), "");
    int lastReply = replies.isEmpty() ? -1 : replies.get(replies.size() - 1);
    int latest = draft.lastRaised();
    // Raised (again) after the last reply: nobody has answered it since.
    Status status = latest > lastReply ? Status.UNANSWERED : draft.statusAfter(lastReply).orElse(Status.UNANSWERED);
    Optional<Integer> answeredIn = rounds.stream()
        .filter(r -> r.message() > latest && r.status() == Status.ANSWERED).map(RoundStatus::message).findFirst();
    Optional<Contradiction> contradiction = contradiction(rounds, messages);
    return new ThreadPoint(number, first.message, first.point, raises, rounds, status, answeredIn, contradiction,
        why(draft, status, answeredIn, contradiction, replies));
  }

  /** What one reply did about a tracked point: the best status over the messages that had raised it. */
  private record Round(Status status, List<ClaimLink> answeredBy) {}

  private static Round round(Tracked t, int reply, List<Exchange> exchanges) {
    Status best = Status.UNANSWERED;
    List<ClaimLink> by = List.of();
    for (Occurrence o : t.occurrences) {
      if (o.message >= reply) {
        continue;
      }
      Optional<Point> now = find(exchange(exchanges, o.message, reply), o.point.span());
      if (now.isEmpty() || !now.get().kind().needsAnswer()) {
        continue;  // a background restatement has no status of its own; the point's others count
      }
      if (ThreadPoint.rank(now.get().status()) > ThreadPoint.rank(best)
          || (now.get().status() == best && by.isEmpty())) {
        best = now.get().status();
        by = now.get().answeredBy();
      }
    }
    return new Round(best, best == Status.UNANSWERED ? List.of() : by);
  }

  /**
   * A tracked point's status just before message {@code message}: answered when a reply after its
   * latest raising before then answered it in full (the rule of {@link ThreadPoint#statusAfter}).
   */
  private static Status statusBefore(Tracked t, int message, List<Exchange> exchanges) {
    int latest = -1;
    for (Occurrence o : t.occurrences) {
      if (o.message < message) {
        latest = Math.max(latest, o.message);
      }
    }
    Status best = Status.UNANSWERED;
    for (Exchange e : exchanges) {
      int r = e.replyMessage();
      if (e.complaintMessage() == latest && r > latest && r < message) {
        Status s = round(t, r, exchanges).status;
        if (ThreadPoint.rank(s) > ThreadPoint.rank(best)) {
          best = s;
        }
      }
    }
    return best;
  }

  /** The first later reply sentence that says the opposite of an earlier reply's sentence on this point. */
  private static Optional<Contradiction> contradiction(List<RoundStatus> rounds, List<Message> messages) {
    for (int j = 1; j < rounds.size(); j++) {
      RoundStatus later = rounds.get(j);
      for (int i = 0; i < j; i++) {
        RoundStatus earlier = rounds.get(i);
        for (ClaimLink y : later.answeredBy()) {
          String yText = y.span().of(messages.get(later.message()).text());
          Set<String> yWords = ContentWords.of(yText);
          Set<String> yNegated = ContentWords.negatedWords(yText);
          for (ClaimLink x : earlier.answeredBy()) {
            String xText = x.span().of(messages.get(earlier.message()).text());
            Set<String> xWords = ContentWords.of(xText);
            double overlap = ContentWords.overlap(xWords, yWords);
            int shared = ContentWords.shared(xWords, yWords);
            if (overlap < CONTRADICTION_OVERLAP || shared < MIN_SHARED_WORDS) {
              continue;
            }
            Set<String> xNegated = ContentWords.negatedWords(xText);
            for (String w : xWords) {
              if (yWords.contains(w) && xNegated.contains(w) != yNegated.contains(w)) {
                String why = String.format(Locale.ROOT, "the two replies' sentences on this point share %d content"
                    + " word(s) (%.2f of the shorter), and \"%s\" is negated only in the %s one: a heuristic, check it",
                    shared, overlap, w, yNegated.contains(w) ? "later" : "earlier");
                return Optional.of(new Contradiction(earlier.message(), x.span(), xText, later.message(), y.span(),
                    yText, why));
              }
            }
          }
        }
      }
    }
    return Optional.empty();
  }

  private static String why(ThreadPoint p, Status status, Optional<Integer> answeredIn,
      Optional<Contradiction> contradiction, List<Integer> replies) {
    StringBuilder b = new StringBuilder("raised in message ").append(p.message());
    for (Raise r : p.reraised()) {
      b.append(String.format(Locale.ROOT, ", again in message %d (%.2f of its content words shared)",
          r.message(), r.overlap()));
    }
    b.append("; ");
    if (p.rounds().isEmpty()) {
      b.append("no reply yet");
    } else {
      List<String> seen = new ArrayList<>();
      for (RoundStatus r : p.rounds()) {
        seen.add(r.status().id() + " in reply " + r.round() + " (message " + r.message() + ")");
      }
      b.append(String.join(", ", seen));
    }
    b.append(status == Status.ANSWERED ? "; answered in message " + answeredIn.orElseThrow()
        : p.rounds().stream().anyMatch(r -> r.message() > p.lastRaised()) ? "; still open" : "; still open (no reply since it was last raised)");
    contradiction.ifPresent(c -> b.append("; message ").append(c.laterMessage())
        .append(" contradicts message ").append(c.earlierMessage()));
    return b.toString();
  }

  private static Analysis exchange(List<Exchange> exchanges, int complaint, int reply) {
    for (Exchange e : exchanges) {
      if (e.complaintMessage() == complaint && e.replyMessage() == reply) {
        return e.analysis();
      }
    }
    throw new IllegalStateException("no analysis of message " + complaint + " against message " + reply);
  }

  /** The point at {@code span} in {@code a}: the same span, else the one overlapping it most. */
  private static Optional<Point> find(Analysis a, Span span) {
    Point best = null;
    int bestOverlap = 0;
    for (Point p : a.points()) {
      if (p.span().equals(span)) {
        return Optional.of(p);
      }
      int o = p.span().overlap(span);
      if (2 * o >= Math.min(p.span().length(), span.length()) && o > bestOverlap) {
        best = p;
        bestOverlap = o;
      }
    }
    return Optional.ofNullable(best);
  }

  /** One point where it was raised. */
  private record Occurrence(int message, Point point, Set<String> words, double overlap) {}

  /** A point and every message that raised it, first first. */
  private static final class Tracked {
    final List<Occurrence> occurrences = new ArrayList<>();

    Tracked(Occurrence first) {
      occurrences.add(first);
    }

  }
}
