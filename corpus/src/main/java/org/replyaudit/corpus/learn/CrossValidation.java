package org.replyaudit.corpus.learn;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.function.Consumer;
import org.replyaudit.MatchingSignal;
import org.replyaudit.Mode;
import org.replyaudit.ReplyAnalyzer;
import org.replyaudit.ReplyAudit;
import org.replyaudit.SentenceEncoder;
import org.replyaudit.corpus.AnnotatedCase;
import org.replyaudit.corpus.CaseSetResult;
import org.replyaudit.corpus.EvaluatedPair;
import org.replyaudit.corpus.Evaluator;
import org.replyaudit.corpus.Progress;
import org.replyaudit.internal.Pipeline;
import org.replyaudit.internal.Settings;
import org.replyaudit.models.ModelSet;

/**
 * Cross-validation by domain: the cases are split into {@code k} folds with no domain in two
 * ({@link DomainFolds}); for each fold a model set is trained on the others exactly as
 * {@code CorpusMain train} trains the shipped one, thresholds included, and the fold's letters
 * are analysed with it through the public API and scored by {@link Evaluator}. The scores are
 * pooled over the folds. Each letter is scored once, by models that never saw its domain. The
 * matching signals are the same for training and analysis, so an ablation retrains without the
 * signal rather than scoring models that expect it.
 */
public final class CrossValidation {
  private CrossValidation() {}

  /**
   * Cross-validation with the default matching signals.
   *
   * @param encoder the encoder of semantic mode, or null for lexical mode
   * @param log told, per fold, what was trained (thresholds)
   */
  public static CaseSetResult run(String name, List<AnnotatedCase> cases, int k, DecisionTrainer.Config config,
      SentenceEncoder encoder, Progress progress, Consumer<String> log) {
    return run(name, cases, k, config, MatchingSignal.defaults(), encoder, progress, log);
  }

  /**
   * @param signals the matching signals on, for training and for analysis
   * @param encoder the encoder of semantic mode, or null for lexical mode
   * @param log told, per fold, what was trained (thresholds)
   */
  public static CaseSetResult run(String name, List<AnnotatedCase> cases, int k, DecisionTrainer.Config config,
      Set<MatchingSignal> signals, SentenceEncoder encoder, Progress progress, Consumer<String> log) {
    if (k < 2) {
      throw new IllegalArgumentException("cross-validation needs at least 2 folds: " + k);
    }
    Settings defaults = Settings.defaults();
    Pipeline pipeline = new Pipeline(new Settings(defaults.respondent(), defaults.maxTextLength(), signals), null,
        encoder);
    List<TrainingCase> all = new ArrayList<>();
    for (AnnotatedCase c : cases) {
      all.add(TrainingCase.of(c, pipeline));
    }
    Map<String, Integer> fold = DomainFolds.assign(all.stream().map(TrainingCase::group).toList(), k);
    if (fold.values().stream().distinct().count() < k) {
      throw new IllegalArgumentException(k + " folds need at least " + k + " domains; the cases have "
          + fold.size());
    }
    List<EvaluatedPair> pairs = new ArrayList<>();
    String encoderId = encoder == null ? "" : encoder.id();
    for (int f = 0; f < k; f++) {
      List<TrainingCase> train = new ArrayList<>();
      List<TrainingCase> test = new ArrayList<>();
      for (TrainingCase c : all) {
        (fold.get(c.group()) == f ? test : train).add(c);
      }
      ModelSet set = DecisionTrainer.fit("cv-fold-" + f, train, config, encoderId, new Properties(), Progress.NONE);
      log.accept("fold " + (f + 1) + "/" + k + ": trained on " + train.size() + " letters, testing "
          + test.size() + "; " + describe(set));
      ReplyAnalyzer.Builder b = ReplyAudit.builder().models(set).without(MatchingSignal.values())
          .with(signals.toArray(MatchingSignal[]::new));
      if (encoder != null) {
        b.encoder(encoder).mode(Mode.SEMANTIC);
      } else {
        b.mode(Mode.LEXICAL);
      }
      ReplyAnalyzer analyzer = b.build();
      for (TrainingCase c : test) {
        AnnotatedCase a = c.annotated();
        pairs.add(new EvaluatedPair(a, analyzer.analyze(a.complaint(), a.reply(), a.respondent())));
        progress.update(pairs.size(), all.size(), 0);
      }
    }
    return Evaluator.score(name, pairs);
  }

  private static String describe(ModelSet set) {
    StringBuilder b = new StringBuilder("thresholds");
    Properties p = set.provenance();
    new java.util.TreeSet<>(p.stringPropertyNames()).stream().filter(n -> n.startsWith("threshold."))
        .forEach(n -> b.append(' ').append(n.substring("threshold.".length())).append('=').append(p.getProperty(n)));
    return b.toString();
  }
}
