package org.replyaudit.corpus.learn;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.replyaudit.Label;
import org.replyaudit.PointKind;
import org.replyaudit.Span;
import org.replyaudit.corpus.Addressed;
import org.replyaudit.corpus.AnnotatedCase;
import org.replyaudit.corpus.GoldPoint;
import org.replyaudit.corpus.GoldReplyItem;
import org.replyaudit.corpus.SpanMatch;
import org.replyaudit.internal.PairState;
import org.replyaudit.internal.Pipeline;
import org.replyaudit.internal.decisions.FeatureContext;
import org.replyaudit.internal.decisions.LearnedFeatures;
import org.replyaudit.internal.text.Claim;

/**
 * One annotated pair as the trainers see it: the pipeline's claims, and for each claim what the
 * annotation says of it. A claim takes the gold point it overlaps most by the scoring rule
 * (overlap of at least half the shorter span); a claim no gold point covers is background.
 *
 * @param annotated the annotated pair
 * @param group its domain, for cross-validation ({@link DomainFolds})
 * @param state what the stages before the decisions found
 * @param vectors the claims' sentence vectors, or null in lexical mode
 * @param prepared what the features read, computed once per pair
 * @param gold for each complaint claim, its gold point or null
 * @param replyLabels for each reply claim, the labels of the gold reply items it matches
 * @param labelled whether the pair's reply is annotated with labels at all
 */
public record TrainingCase(AnnotatedCase annotated, String group, PairState state, LearnedFeatures.Vectors vectors,
    FeatureContext prepared, GoldPoint[] gold, List<Set<Label>> replyLabels, boolean labelled) {

  /** Runs the stages before the decisions on an annotated pair and aligns the claims to its gold. */
  public static TrainingCase of(AnnotatedCase c, Pipeline pipeline) {
    PairState s = pipeline.state(c.complaint(), c.reply(), c.respondent());
    LearnedFeatures.Vectors v = pipeline.vectors(s);
    GoldPoint[] gold = new GoldPoint[s.complaint().size()];
    for (int i = 0; i < gold.length; i++) {
      gold[i] = best(s.complaint().get(i).span(), c.points());
    }
    List<Set<Label>> labels = new ArrayList<>();
    for (Claim r : s.reply()) {
      Set<Label> l = new TreeSet<>();
      for (GoldReplyItem g : c.replyItems()) {
        if (SpanMatch.matches(r.span(), g.span())) {
          l.addAll(g.labels());
        }
      }
      labels.add(l);
    }
    return new TrainingCase(c, DomainFolds.group(c.id(), c.domain()), s, v, LearnedFeatures.prepare(s, v), gold, labels, !c.replyItems().isEmpty());
  }

  /** The gold kind of complaint claim {@code i}: {@code context} when it is no point. */
  public String kind(int i) {
    return gold[i] == null ? PointKind.CONTEXT.id() : gold[i].kind().id();
  }

  /** How far complaint claim {@code i} was answered, or null when it needs no answer. */
  public Addressed addressed(int i) {
    return gold[i] == null || !gold[i].needsAnswer() ? null : gold[i].addressed();
  }

  /** Whether reply claim {@code j} is one of the replies the gold says answer complaint claim {@code i}. */
  public boolean answers(int i, int j) {
    return gold[i] != null && SpanMatch.matchesAny(state.reply().get(j).span(), gold[i].by());
  }

  private static GoldPoint best(Span span, List<GoldPoint> points) {
    GoldPoint best = null;
    int overlap = 0;
    for (GoldPoint g : points) {
      if (SpanMatch.matches(span, g.span()) && span.overlap(g.span()) > overlap) {
        best = g;
        overlap = span.overlap(g.span());
      }
    }
    return best;
  }
}
