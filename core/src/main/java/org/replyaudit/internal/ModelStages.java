package org.replyaudit.internal;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.replyaudit.PointKind;
import org.replyaudit.internal.ReplyActClassifier.Act;
import org.replyaudit.models.TrainedModel;
import org.replyaudit.models.TrainedModels;

/**
 * Stage 4c (off in rules-only mode): the trained sentence classifiers ({@link TrainedModels})
 * second-guess the rules only where they measured better than the rules, and only when
 * confident. Everything else stays the rules' decision, so every finding can still be traced to a
 * cue, here named "point-kind model" or "reply-act model" with its probability.
 *
 * <p>Where the models are used (measured with {@code CorpusMain evaluate} on dev and DISAPERE dev,
 * README "Models"): a complaint claim the rules left as context but the point-kind model is
 * confident asks or complains of something; a reply claim the reply-act model is confident
 * promises an action the rules' promise phrases missed.
 */
public final class ModelStages {
  /*
   * Thresholds chosen with CorpusMain evaluate on dev and DISAPERE dev (README, "Models"): the
   * highest DISAPERE-dev unanswered F1 that keeps every dev figure at or above the rules'. Lower
   * kind thresholds find far more peer-review points (0.55: DISAPERE dev 0.25) but turn
   * complaint-letter background into points (dev unanswered F1 below the rules'); retune when
   * the rules change.
   */
  /** A rules-context claim becomes the model's kind at this probability or above. */
  static final double KIND_THRESHOLD = 0.85;
  /** A claim the rules called a grievance becomes context at this probability or above. */
  static final double CONTEXT_THRESHOLD = 0.7;
  /** A reply claim gains a commitment at this probability or above. */
  static final double COMMITMENT_THRESHOLD = 0.7;
  // The denial model is not used here: on dev it changed no finding at any threshold that kept the
  // other figures (README, "Models"), so it is shipped for callers but not loaded by the pipeline.

  private final TrainedModel pointKind;
  private final TrainedModel replyAct;
  /** The alignment ranker's weights: the shipped ones with the shipped models, else none. */
  private final Map<String, Double> alignmentWeights;

  /** With the shipped models, the alignment ranker's weights included. */
  public ModelStages() {
    this(TrainedModels.pointKind(), TrainedModels.replyAct(), TrainedModels.alignment());
  }

  /**
   * With the caller's models, trained as {@code CorpusMain train} trains the shipped ones.
   *
   * @throws IllegalArgumentException if a model cannot give the labels this stage reads: the
   *     point-kind model's labels must all be point kinds and include {@code context}; the
   *     reply-act model's must include {@code commitment}
   */
  public ModelStages(TrainedModel pointKind, TrainedModel replyAct) {
    // The shipped ranker learned from features these models shaped (and from DISAPERE, whose
    // licence the caller's own models may be meant to avoid), so it is not mixed with them.
    this(pointKind, replyAct, null);
  }

  private ModelStages(TrainedModel pointKind, TrainedModel replyAct, Map<String, Double> alignmentWeights) {
    this.alignmentWeights = alignmentWeights;
    this.pointKind = java.util.Objects.requireNonNull(pointKind, "pointKind");
    this.replyAct = java.util.Objects.requireNonNull(replyAct, "replyAct");
    for (String label : pointKind.labels()) {
      if (java.util.Arrays.stream(PointKind.values()).noneMatch(k -> k.name().equalsIgnoreCase(label))) {
        throw new IllegalArgumentException("the point-kind model's label \"" + label
            + "\" is not a point kind; its labels must be among request, question, allegation, grievance, context");
      }
    }
    if (!pointKind.labels().contains("context")) {
      throw new IllegalArgumentException("the point-kind model has no \"context\" label: " + pointKind.labels());
    }
    if (!replyAct.labels().contains("commitment")) {
      throw new IllegalArgumentException("the reply-act model has no \"commitment\" label: " + replyAct.labels());
    }
  }

  /** The alignment ranker's weights, or null when this stage has none (the caller's own models). */
  Map<String, Double> alignmentWeights() {
    return alignmentWeights;
  }

  /** The rules' kinds, with confident model decisions where the rules saw no cue. */
  List<PointClassifier.Decision> kinds(List<Claim> claims, List<PointClassifier.Decision> rules, int letterLength) {
    List<PointClassifier.Decision> out = new ArrayList<>(rules);
    for (int i = 0; i < claims.size(); i++) {
      Claim c = claims.get(i);
      PointClassifier.Decision d = rules.get(i);
      // A list introduction is never a point (its items are); a rules decision of context that
      // carries a cue (a concession) is deliberate, so only cue-less context is overridden.
      if (c.role() != Segment.Role.BODY || PointClassifier.introducesList(c)) {
        continue;
      }
      // Only two rules decisions can be overridden; the model is not run for the others.
      boolean cuelessContext = d.kind() == PointKind.CONTEXT && d.cue().isEmpty();
      if (!cuelessContext && d.kind() != PointKind.GRIEVANCE) {
        continue;
      }
      TrainedModel.Prediction p = pointKind.classify(c.text(), (double) c.span().start() / Math.max(1, letterLength),
          (double) c.span().end() / Math.max(1, letterLength));
      if (cuelessContext && !p.label().equals("context")
          && p.probability() >= KIND_THRESHOLD) {
        PointKind kind = PointKind.valueOf(p.label().toUpperCase(java.util.Locale.ROOT));
        out.set(i, new PointClassifier.Decision(kind, Optional.of(hit("point-kind model", p))));
      } else if (d.kind() == PointKind.GRIEVANCE && p.label().equals("context") && p.probability() >= CONTEXT_THRESHOLD) {
        // Only grievances: their cues (a price "increase", "worse") fire on background, and that
        // is where the rules are weakest (DISAPERE test F1 0.17). The model learned no allegations
        // from peer review and would call accusations of law-breaking background.
        out.set(i, new PointClassifier.Decision(PointKind.CONTEXT, Optional.of(hit("point-kind model", p))));
      }
    }
    return out;
  }

  /** The rules' acts, with a commitment added where the reply-act model is confident of one. */
  List<Map<Act, Cue.Hit>> acts(List<Claim> claims, List<Map<Act, Cue.Hit>> rules, int letterLength) {
    List<Map<Act, Cue.Hit>> out = new ArrayList<>(rules);
    for (int i = 0; i < claims.size(); i++) {
      Claim c = claims.get(i);
      Map<Act, Cue.Hit> acts = rules.get(i);
      if (c.role() != Segment.Role.BODY || acts.containsKey(Act.COURTESY)) {
        continue;
      }
      double from = (double) c.span().start() / Math.max(1, letterLength);
      double to = (double) c.span().end() / Math.max(1, letterLength);
      if (!acts.containsKey(Act.COMMITMENT)) {
        TrainedModel.Prediction p = replyAct.classify(c.text(), from, to);
        if (p.label().equals("commitment") && p.probability() >= COMMITMENT_THRESHOLD) {
          // The rules' maps may be immutable or shared: add to a copy.
          Map<Act, Cue.Hit> added = new EnumMap<>(Act.class);
          added.putAll(acts);
          added.put(Act.COMMITMENT, hit("reply-act model", p));
          out.set(i, added);
        }
      }
    }
    return out;
  }

  private static Cue.Hit hit(String model, TrainedModel.Prediction p) {
    return new Cue.Hit(model, p.label() + ", p " + String.format(java.util.Locale.ROOT, "%.2f", p.probability()));
  }
}
