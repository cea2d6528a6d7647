package org.replyaudit.corpus.train;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.replyaudit.ReplyAnalyzer;
import org.replyaudit.corpus.AnnotatedCase;
import org.replyaudit.corpus.CaseSetResult;
import org.replyaudit.corpus.EvaluatedPair;
import org.replyaudit.corpus.Evaluator;
import org.replyaudit.corpus.Progress;
import org.replyaudit.models.TrainedModel;
import org.replyaudit.models.TrainedModels;

/**
 * Leave-one-domain-out for the trained models: the shipped point-kind and reply-act models learn
 * from the annotated cases' gold sentences too, so their dev figures are partly training
 * figures. Here, for each domain, both models are retrained exactly as {@code train} builds the
 * shipped ones (same configuration, same DISAPERE rows, same order) but without that domain's
 * cases, and only that domain's cases are analysed with them. The pooled pairs are then scored
 * like any case set, fault labels included.
 *
 * <p>What it does not hold out: the phrase rules and the fault thresholds, written by reading
 * the same cases (see {@link org.replyaudit.corpus.LeaveOneDomainOut} for the status thresholds).
 */
public final class ModelsLeaveOneDomainOut {
  private ModelsLeaveOneDomainOut() {}

  /**
   * Runs the estimate: two model trainings per domain (a few seconds each).
   *
   * @param disapereTrain DISAPERE's train split, as {@code train} reads it
   * @param base every setting but the models (must not be rules-only)
   * @throws IllegalArgumentException if {@code base} is rules-only or the cases span one domain
   */
  public static CaseSetResult evaluate(String set, List<AnnotatedCase> cases, TrainingSets.Disapere disapereTrain,
      ReplyAnalyzer base, Progress progress) throws IOException {
    Objects.requireNonNull(set, "set");
    Objects.requireNonNull(cases, "cases");
    Objects.requireNonNull(disapereTrain, "disapereTrain");
    Objects.requireNonNull(base, "base");
    Objects.requireNonNull(progress, "progress");
    if (base.rulesOnly()) {
      throw new IllegalArgumentException("holding the models' data out needs the models: not with --rules-only");
    }
    Map<String, List<Integer>> byDomain = new LinkedHashMap<>();
    for (int i = 0; i < cases.size(); i++) {
      AnnotatedCase c = cases.get(i);
      byDomain.computeIfAbsent(c.domain().isBlank() ? c.id() : c.domain(), d -> new ArrayList<>()).add(i);
    }
    if (byDomain.size() < 2) {
      throw new IllegalArgumentException("leave-one-domain-out needs at least two domains, got " + byDomain.size());
    }
    ModelTrainer.Config kindConfig = shippedConfig("point-kind");
    ModelTrainer.Config actConfig = shippedConfig("reply-act");
    EvaluatedPair[] pairs = new EvaluatedPair[cases.size()];
    long started = System.nanoTime();
    int done = 0;
    for (List<Integer> held : byDomain.values()) {
      List<AnnotatedCase> rest = new ArrayList<>();
      for (int i = 0; i < cases.size(); i++) {
        if (!held.contains(i)) {
          rest.add(cases.get(i));
        }
      }
      // The rows in train's order: DISAPERE first, then the cases' gold sentences.
      List<SentenceRow> kindRows = new ArrayList<>(disapereTrain.review());
      kindRows.addAll(TrainingSets.casePoints(rest, "cases"));
      List<SentenceRow> actRows = new ArrayList<>(disapereTrain.rebuttal());
      actRows.addAll(TrainingSets.caseActs(rest, "cases"));
      ReplyAnalyzer analyzer = base.toBuilder().trainedModels(
          new TrainedModel("point-kind", ModelTrainer.train(kindRows, kindConfig)),
          new TrainedModel("reply-act", ModelTrainer.train(actRows, actConfig))).build();
      for (int i : held) {
        AnnotatedCase c = cases.get(i);
        pairs[i] = new EvaluatedPair(c, analyzer.analyze(c.complaint(), c.reply(), c.respondent()));
        done++;
      }
      double seconds = (System.nanoTime() - started) / 1e9;
      progress.update(done, cases.size(), seconds <= 0 ? 0 : done / seconds);
    }
    return Evaluator.score(set + ", trained models retrained without each held-out domain ("
        + byDomain.size() + " domains)", List.of(pairs));
  }

  /** The configuration the shipped model was trained with, from its provenance. */
  static ModelTrainer.Config shippedConfig(String model) {
    return ModelTrainer.candidate(TrainedModels.provenance(model).getProperty("config"));
  }
}
