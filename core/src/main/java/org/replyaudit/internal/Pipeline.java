package org.replyaudit.internal;

import java.util.ArrayList;
import java.util.List;
import org.replyaudit.Analysis;
import org.replyaudit.Diagnostic;
import org.replyaudit.MatchingSignal;
import org.replyaudit.Point;
import org.replyaudit.Quote;
import org.replyaudit.SentenceEncoder;
import org.replyaudit.Span;
import org.replyaudit.Status;
import org.replyaudit.Verdict;
import org.replyaudit.internal.anchors.QuoteTracer;
import org.replyaudit.internal.anchors.QuotedLineCheck;
import org.replyaudit.internal.anchors.StructureAnchors;
import org.replyaudit.internal.cues.PointClassifier;
import org.replyaudit.internal.cues.ReplyActClassifier;
import org.replyaudit.internal.cues.TypedEvidence;
import org.replyaudit.internal.decisions.LearnedDecisions;
import org.replyaudit.internal.decisions.LearnedFeatures;
import org.replyaudit.internal.matching.Bm25ClaimMatcher;
import org.replyaudit.internal.matching.LexicalStatistics;
import org.replyaudit.internal.matching.OrderPrior;
import org.replyaudit.internal.matching.ParagraphContinuity;
import org.replyaudit.internal.text.Claim;
import org.replyaudit.internal.text.ClauseSplitter;
import org.replyaudit.internal.text.CleanText;
import org.replyaudit.internal.text.Segment;
import org.replyaudit.internal.text.Segmenter;
import org.replyaudit.internal.text.TextCleaner;
import org.replyaudit.models.EnglishModels;

/**
 * The whole analysis, top to bottom. Every stage is a small immutable object safe to share
 * between threads; the OpenNLP {@code *ME} objects, which are not, are made per call inside the
 * stages that use them.
 */
public final class Pipeline {
  {
    // Before the fields below load the OpenNLP models: the lexical tables then build meanwhile,
    // on background threads (initialisers run in textual order).
    startLoading();
  }

  /**
   * Starts building the lexical tables on background threads and returns at once; call it before
   * loading any model (the trained models too), so that both proceed together.
   */
  public static void startLoading() {
    LexicalStatistics.startLoading();
  }

  // The stage objects; stages() names what each contributes and in which order they run.
  final TextCleaner cleaner = new TextCleaner();
  final Segmenter segmenter = new Segmenter(EnglishModels.sentence());
  final ClauseSplitter splitter = new ClauseSplitter(EnglishModels.tokenizer());
  final PointClassifier points = new PointClassifier();
  final ReplyActClassifier acts = new ReplyActClassifier();
  final Bm25ClaimMatcher matcher;
  final TypedEvidence typed;
  final OrderPrior order;
  final ParagraphContinuity paragraphs;
  final StructureAnchors anchors;
  final QuotedLineCheck quotedLines = new QuotedLineCheck(cleaner);
  final QuoteTracer quotes = new QuoteTracer(cleaner, segmenter);
  /** The trained models' decisions; null in a pipeline that only computes states (training). */
  final LearnedDecisions decisions;
  /** The sentence encoder of semantic mode; null in lexical mode. */
  final SentenceEncoder encoder;
  /** The feature stages (clean to structure-anchors), run in this order by {@link #state}. */
  private final List<Stage> features;
  /** The feature stages, then vectors, decide and quotes: what {@link #analyze} runs. */
  private final List<Stage> stages;

  /** A pipeline that computes {@link #state}s only, for training the models that decide. */
  public Pipeline(Settings settings) {
    this(settings, null, null);
  }

  /**
   * @param decisions the trained models' decisions, or null for a pipeline that only computes states
   * @param encoder the encoder their features read, or null in lexical mode
   */
  public Pipeline(Settings settings, LearnedDecisions decisions, SentenceEncoder encoder) {
    this.decisions = decisions;
    this.encoder = encoder;
    this.matcher = new Bm25ClaimMatcher(settings.signals());
    this.typed = new TypedEvidence(settings.signals().contains(MatchingSignal.TYPED_EVIDENCE));
    this.order = new OrderPrior(settings.signals().contains(MatchingSignal.ORDER));
    this.paragraphs = new ParagraphContinuity(
        settings.signals().contains(MatchingSignal.PARAGRAPH_CONTINUITY));
    this.anchors = new StructureAnchors(settings.signals().contains(MatchingSignal.STRUCTURE_ANCHORS));
    this.features = List.of(
        // 1. Clean: blank markup, URLs and quoted lines without moving an offset; but "> " lines
        // copying nothing of the complaint are the reply's own.
        Stage.of("clean", p -> {
          p.complaintText = cleaner.clean(p.complaint);
          p.replyText = quotedLines.check(cleaner.clean(p.reply), p.complaint);
        }),
        // 2-3. Segment into sentences, then clause-level claims.
        Stage.of("segment", p -> {
          p.complaintSegments = segmenter.segment(p.complaintText);
          p.replySegments = segmenter.segment(p.replyText);
        }),
        Stage.of("split", p -> {
          p.complaintClaims = bodyOnly(splitter.split(p.complaintText, p.complaintSegments));
          p.replyClaims = withoutSignature(splitter.split(p.replyText, p.replySegments));
        }),
        // 4. Cues: what each complaint claim's wording asks, what each reply claim's wording does.
        // They are features of the decisions, not decisions.
        Stage.of("point-cues", p -> {
          List<PointClassifier.Decision> kinds = new ArrayList<>(p.complaintClaims.size());
          for (Claim claim : p.complaintClaims) {
            kinds.add(points.classify(claim, listIntro(claim, p.complaintClaims)));
          }
          p.kinds = kinds;
        }),
        Stage.of("reply-acts", p -> p.acts = p.replyClaims.stream().map(acts::acts).toList()),
        // 5. Match every complaint claim with every reply claim (BM25 over the pair's claims), then
        // adjust the scores. What a reply claim says is judged on its own words (ordered); what it
        // responds to also on the paragraph it stands in (carried), and on quotes and numbered
        // sections last: they name the point outright, whatever the words.
        Stage.of("bm25", p -> p.lexical = matcher.score(p.complaintClaims, p.replyClaims)),
        Stage.of("typed-evidence", p -> p.typed = typed.adjust(p.lexical, p.complaintClaims, p.kinds,
            p.replyClaims, p.acts)),
        Stage.of("order-prior", p -> p.ordered = order.adjust(p.typed, p.complaintClaims.size(),
            p.replyClaims.size())),
        Stage.of("paragraph-continuity", p -> p.carried = paragraphs.adjust(p.ordered, p.complaintClaims,
            p.replyClaims)),
        Stage.of("structure-anchors", p -> p.responds = anchors.adjust(p.carried, p.complaintText,
            p.complaintClaims, p.replyText, p.replyClaims)));
    if (decisions == null) {
      this.stages = features;
      return;
    }
    List<Stage> all = new ArrayList<>(features);
    // 6. In semantic mode, what each claim means.
    all.add(Stage.of("vectors", p -> {
      p.vectors = vectors(p.complaintClaims, p.replyClaims);
      p.encoderSkipped = encoder != null && p.vectors == null;
    }));
    // 7. Decide: points and their status, what each reply claim does (the trained models).
    all.add(Stage.of("decide", p -> p.decided = decisions.decide(LearnedFeatures.prepare(p.state(), p.vectors))));
    // 8. What the reply quotes of the complaint: not its own claims, but where it says what it answers.
    all.add(Stage.of("quotes", p -> p.quotes = quotes.trace(p.replyText, p.complaintClaims)));
    this.stages = List.copyOf(all);
  }

  /**
   * The stages in the order {@link #analyze} runs them, each named: the feature stages
   * ({@link #state} runs those alone), then vectors, decide and quotes. The stage benchmarks
   * iterate this list rather than chaining the stages again.
   */
  public List<Stage> stages() {
    return stages;
  }

  /**
   * The analysis of one pair: every stage in order, then the verdict and diagnostics.
   *
   * @throws IllegalStateException in a pipeline built without decisions (one that computes states only)
   */
  public Analysis analyze(String complaint, String reply, List<String> respondent) {
    if (decisions == null) {
      throw new IllegalStateException("this pipeline computes states only: it has no decisions");
    }
    PairContext pair = new PairContext(complaint, reply, respondent);
    for (Stage stage : stages) {
      stage.apply(pair);
    }
    Analysis a = report(pair.complaintText, pair.replyText, pair.decided, pair.quotes);
    if (pair.encoderSkipped) {
      List<Diagnostic> d = new ArrayList<>(a.diagnostics());
      d.add(new Diagnostic("semantic.skipped", "the letters have " + (pair.complaintClaims.size() + pair.replyClaims.size())
          + " claims, more than the " + MAX_ENCODED_CLAIMS + " the encoder reads per pair; decided on their words alone"));
      a = new Analysis(a.complaint(), a.reply(), a.points(), a.replyClaims(), a.quotes(), a.verdict(), a.coverage(), d);
    }
    return a;
  }

  /**
   * Claims of both letters the encoder reads per pair, at most. Encoding costs some milliseconds a
   * claim and comparing every pair of claims grows with the product of the letters' lengths; the
   * annotated letters have fewer than 120 claims a pair, so this only bounds what hostile or
   * pasted-in text costs (some seconds, and 500 x 500 cosines at most).
   */
  public static final int MAX_ENCODED_CLAIMS = 1000;

  /** The sentence vectors of both letters' claims, or null in lexical mode or past {@link #MAX_ENCODED_CLAIMS}. */
  public LearnedFeatures.Vectors vectors(PairState s) {
    return vectors(s.complaint(), s.reply());
  }

  private LearnedFeatures.Vectors vectors(List<Claim> complaint, List<Claim> reply) {
    if (encoder == null || complaint.size() + reply.size() > MAX_ENCODED_CLAIMS) {
      return null;
    }
    return new LearnedFeatures.Vectors(encoder.encode(texts(complaint)), encoder.encode(texts(reply)));
  }

  /** The sentences {@link #vectors} encodes, in order (for measuring the encoder's share). */
  public static List<String> encoded(PairState s) {
    List<String> out = new ArrayList<>(texts(s.complaint()));
    out.addAll(texts(s.reply()));
    return out;
  }

  private static List<String> texts(List<Claim> claims) {
    List<String> out = new ArrayList<>(claims.size());
    for (Claim c : claims) {
      out.add(c.text());
    }
    return out;
  }

  /**
   * The feature stages: everything the decisions read, for training the models that make them
   * ({@code CorpusMain train}).
   */
  public PairState state(String complaint, String reply, List<String> respondent) {
    PairContext pair = new PairContext(complaint, reply, respondent);
    for (Stage stage : features) {
      stage.apply(pair);
    }
    return pair.state();
  }

  private static Analysis report(CleanText c, CleanText r, LearnedDecisions.Result result, List<Quote> quotes) {
    int needing = 0;
    double credit = 0;
    for (Point p : result.points()) {
      if (p.kind().needsAnswer()) {
        needing++;
        credit += p.status() == Status.ANSWERED ? 1 : p.status() == Status.PARTLY ? 0.5 : 0;
      }
    }
    double coverage = needing == 0 ? 1.0 : credit / needing;
    // Answered only when every point was answered in full: a reply that merely touches each
    // point (all partly) has left their substance open, and that is what "partly" means.
    // Nothing asked (an empty complaint, or only background): no verdict on the reply.
    Verdict verdict = needing == 0 ? Verdict.NOT_APPLICABLE
        : credit == needing ? Verdict.ANSWERED
        : credit == 0 ? Verdict.UNANSWERED : Verdict.PARTLY;
    List<Diagnostic> diagnostics = new ArrayList<>();
    Diagnostics.describe("complaint", c, result.points().size(), diagnostics);
    Diagnostics.describe("reply", r, result.replyClaims().size(), diagnostics);
    if (!c.original().isBlank() && needing == 0) {
      diagnostics.add(new Diagnostic("complaint.no_points",
          "no request, question, allegation or grievance was found in the complaint"));
    }
    return new Analysis(c.original(), r.original(), result.points(), result.replyClaims(), quotes,
        verdict, coverage, diagnostics);
  }

  static List<Claim> bodyOnly(List<Claim> claims) {
    return renumber(claims.stream().filter(k -> k.role() == Segment.Role.BODY).toList());
  }

  static List<Claim> withoutSignature(List<Claim> claims) {
    return renumber(claims.stream()
        .filter(k -> k.role() != Segment.Role.SIGNATURE && k.role() != Segment.Role.HEADER).toList());
  }

  private static List<Claim> renumber(List<Claim> claims) {
    List<Claim> out = new ArrayList<>(claims.size());
    for (Claim k : claims) {
      out.add(new Claim(out.size(), k.span(), k.text(), k.cue(), k.segment(), k.firstOfSegment()));
    }
    return out;
  }

  /** The claim that introduced the list {@code claim} is an item of, if any. */
  static Claim listIntro(Claim claim, List<Claim> claims) {
    Span intro = claim.segment().listIntro();
    if (intro == null) {
      return null;
    }
    // Claims are in text order: those starting at or after the introduction's end neither
    // overlap it nor end before it, so the walk back starts below them (a binary search), not at
    // the item (a walk over every item before it made a list of n items cost n^2).
    int lo = 0;
    int hi = claim.index();
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (claims.get(mid).span().start() < intro.end()) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    for (int i = lo - 1; i >= 0; i--) {
      Claim k = claims.get(i);
      if (k.span().overlap(intro) > 0) {
        return k;
      }
      if (k.span().end() < intro.start()) {
        break;
      }
    }
    return null;
  }
}
