package org.replyaudit.corpus;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import org.replyaudit.PointKind;
import org.replyaudit.Span;

/**
 * One gold point of a thread ({@code corpus/THREADS.md}).
 *
 * @param message the index of the complainant message that first raises it
 * @param span its span in that message
 * @param kind request, question, allegation or grievance (threads track only points needing an answer)
 * @param addressed for every reply after {@code message}, by its index: how far that reply alone
 *     deals with the point
 * @param reraised later complainant messages raising it again, in order
 * @param contradicted later replies saying the opposite of an earlier reply about it
 */
public record GoldThreadPoint(int message, Span span, PointKind kind, Map<Integer, Addressed> addressed,
    List<Occurrence> reraised, List<GoldContradiction> contradicted) {
  public GoldThreadPoint {
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(kind, "kind");
    addressed = Collections.unmodifiableMap(new TreeMap<>(addressed));
    reraised = List.copyOf(reraised);
    contradicted = List.copyOf(contradicted);
  }

  /** A span in one message of the thread. */
  public record Occurrence(int message, Span span) {
    public Occurrence {
      Objects.requireNonNull(span, "span");
    }
  }

  /** A later reply's sentence contradicting an earlier reply's sentence on the point. */
  public record GoldContradiction(Occurrence later, Occurrence earlier) {
    public GoldContradiction {
      Objects.requireNonNull(later, "later");
      Objects.requireNonNull(earlier, "earlier");
    }
  }

  /** Where it was first raised, then every re-raise. */
  public List<Occurrence> occurrences() {
    List<Occurrence> all = new java.util.ArrayList<>();
    all.add(new Occurrence(message, span));
    all.addAll(reraised);
    return all;
  }

  /**
   * Whether it is open (not answered in full) just after the reply at {@code replyMessage}, by the
   * rule {@code ThreadPoint.statusAfter} applies to predictions: some reply after its latest
   * raising before then, up to and including this one, addressed it ({@code yes}). Empty when it
   * was first raised after that reply.
   */
  public Optional<Boolean> openAfter(int replyMessage) {
    if (message >= replyMessage) {
      return Optional.empty();
    }
    int latest = message;
    for (Occurrence r : reraised) {
      if (r.message() < replyMessage) {
        latest = Math.max(latest, r.message());
      }
    }
    for (Map.Entry<Integer, Addressed> e : addressed.entrySet()) {
      if (e.getKey() > latest && e.getKey() <= replyMessage && e.getValue() == Addressed.YES) {
        return Optional.of(false);
      }
    }
    return Optional.of(true);
  }

  /** Whether it is open at the end of the thread: raised again after the last reply, or open after it. */
  public boolean openAtEnd(int lastReply) {
    int latest = reraised.isEmpty() ? message : reraised.get(reraised.size() - 1).message();
    return latest > lastReply || openAfter(lastReply).orElse(true);
  }
}
