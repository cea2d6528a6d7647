package org.replyaudit.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.replyaudit.Span;
import org.replyaudit.internal.ReplyActClassifier.Act;
import org.replyaudit.models.EnglishModels;

/**
 * {@link Pipeline}'s stages one at a time, so a benchmark can time each on its own.
 *
 * <p>This class lives in the benchmarks jar but in core's {@code org.replyaudit.internal} package
 * because {@link TypedEvidence} and {@link OrderPrior} are package-private, and the benchmarks must
 * not widen core's API just to be measured. It repeats {@code Pipeline.analyze} step for step
 * (with Pipeline's own claim filters); {@code StageBenchmark} checks at set-up that the stages
 * chained here give exactly the points and reply claims {@code ReplyAnalyzer.analyze} gives, so
 * the two cannot drift apart unnoticed.
 */
public final class BenchStages {
  /** The stages themselves: the pipeline's own, with the default settings, in lexical mode. */
  private final Pipeline pipeline = new Pipeline(Settings.defaults(),
      new LearnedDecisions(org.replyaudit.models.ModelSet.shipped("lexical")), null);

  /**
   * Empties the analyzer's memo of tokenizer decisions (see {@code ClauseSplitter}), so that the
   * next analysis tokenizes every word afresh, as the first letters an analyzer sees do. Reaches
   * the private fields by reflection: this is a measuring aid, not API.
   */
  public static void clearWordMemo(org.replyaudit.ReplyAnalyzer analyzer) {
    try {
      Object pipeline = field(org.replyaudit.ReplyAnalyzer.class, "pipeline").get(analyzer);
      Object splitter = field(Pipeline.class, "splitter").get(pipeline);
      ((Map<?, ?>) field(ClauseSplitter.class, "wordSplits").get(splitter)).clear();
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("ClauseSplitter's word memo is no longer where it was", e);
    }
  }

  private static java.lang.reflect.Field field(Class<?> type, String name) throws NoSuchFieldException {
    java.lang.reflect.Field f = type.getDeclaredField(name);
    f.setAccessible(true);
    return f;
  }

  /** Stages 1–2 output: both letters cleaned and cut into sentence segments. */
  public record Segmented(CleanText complaint, CleanText reply, List<Segment> complaintSegments,
      List<Segment> replySegments) {}

  /** Stage 3 output: the claims matching and the models see (body only / signature dropped). */
  public record Claims(List<Claim> complaint, List<Claim> reply, CleanText complaintText,
      CleanText replyText) {
    int complaintLength() {
      return complaintText.original().length();
    }

    int replyLength() {
      return replyText.original().length();
    }
  }

  /** Stage 4 output: point kinds and reply acts. */
  public record Classified(List<PointClassifier.Decision> kinds, List<Map<Act, Cue.Hit>> replyActs) {}

  /** Stages 1–2: clean (with 1b, the reply's quoted-line check) and segment both letters. */
  public Segmented segment(String complaint, String reply) {
    CleanText c = pipeline.cleaner.clean(complaint);
    CleanText r = pipeline.quotedLines.check(pipeline.cleaner.clean(reply), complaint);
    return new Segmented(c, r, pipeline.segmenter.segment(c), pipeline.segmenter.segment(r));
  }

  /** Stage 3: clause claims of both letters. */
  public Claims split(Segmented s) {
    return new Claims(Pipeline.bodyOnly(pipeline.splitter.split(s.complaint(), s.complaintSegments())),
        Pipeline.withoutSignature(pipeline.splitter.split(s.reply(), s.replySegments())),
        s.complaint(), s.reply());
  }

  /** Stage 4: the cues of what each complaint claim asks and each reply claim's wording does. */
  public Classified classify(Claims k) {
    List<PointClassifier.Decision> kinds = new ArrayList<>(k.complaint().size());
    for (Claim claim : k.complaint()) {
      kinds.add(pipeline.points.classify(claim, Pipeline.listIntro(claim, k.complaint())));
    }
    List<Map<Act, Cue.Hit>> replyActs = k.reply().stream().map(pipeline.acts::acts).toList();
    return new Classified(kinds, replyActs);
  }

  /** Stage 5's scores: BM25 alone (the models read it too) and after typed evidence and the order prior. */
  public record Matched(Bm25ClaimMatcher.Scores lexical, Bm25ClaimMatcher.Scores ordered) {}

  /** Stage 5: BM25 matching, then typed evidence and the order prior. */
  public Matched match(Claims k, Classified c) {
    Bm25ClaimMatcher.Scores lexical = pipeline.matcher.score(k.complaint(), k.reply());
    Bm25ClaimMatcher.Scores scores = pipeline.typed.adjust(lexical, k.complaint(), c.kinds(), k.reply(), c.replyActs());
    return new Matched(lexical, pipeline.order.adjust(scores, k.complaint().size(), k.reply().size()));
  }

  /** Stage 5a alone: BM25 matching without the adjustments. */
  public Bm25ClaimMatcher.Scores bm25(Claims k) {
    return pipeline.matcher.score(k.complaint(), k.reply());
  }

  /** Stages 5c-7: paragraph continuity and structure anchors, then the trained models' decisions. */
  public LearnedDecisions.Result decide(Claims k, Classified c, Matched m, List<String> respondent) {
    Bm25ClaimMatcher.Scores carried = pipeline.paragraphs.adjust(m.ordered(), k.complaint(), k.reply());
    Bm25ClaimMatcher.Scores anchored = pipeline.anchors.adjust(carried,
        k.complaintText(), k.complaint(), k.replyText(), k.reply());
    PairState s = new PairState(k.complaintText(), k.replyText(), k.complaint(), k.reply(), c.kinds(), c.replyActs(),
        new MatchStages(m.lexical(), m.ordered(), carried, anchored), respondent);
    return pipeline.decisions.decide(LearnedFeatures.prepare(s, null));
  }

  /**
   * For each pair (complaint, reply), the sentences semantic mode gives its encoder, in the order
   * it gives them.
   */
  public static List<List<String>> encodedSentences(List<String[]> pairs) {
    Pipeline p = new Pipeline(Settings.defaults());
    List<List<String>> out = new ArrayList<>();
    for (String[] pair : pairs) {
      out.add(Pipeline.encoded(p.state(pair[0], pair[1], List.of())));
    }
    return out;
  }

  /** Stage 6b: the reply's quotes of the complaint. */
  public List<org.replyaudit.Quote> quotes(Claims k) {
    return pipeline.quotes.trace(k.replyText(), k.complaint());
  }
}
