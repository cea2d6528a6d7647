package org.replyaudit.internal;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.replyaudit.Quote;
import org.replyaudit.internal.cues.Cue;
import org.replyaudit.internal.cues.PointClassifier;
import org.replyaudit.internal.cues.ReplyActClassifier.Act;
import org.replyaudit.internal.decisions.LearnedDecisions;
import org.replyaudit.internal.decisions.LearnedFeatures;
import org.replyaudit.internal.matching.Bm25ClaimMatcher;
import org.replyaudit.internal.matching.MatchStages;
import org.replyaudit.internal.text.Claim;
import org.replyaudit.internal.text.CleanText;
import org.replyaudit.internal.text.Segment;

/**
 * What {@link Pipeline}'s stages know about one pair while it is analysed. The letters and the
 * respondent's names are set at the start; every other field is written by exactly one stage
 * (named beside it) and read by the stages after it. One context per analysis, on one thread.
 */
public final class PairContext {
  final String complaint;
  final String reply;
  final List<String> respondent;
  /** clean: the cleaned letters ("> " lines copying nothing of the complaint are the reply's own). */
  CleanText complaintText;
  CleanText replyText;
  /** segment: sentence segments of each letter. */
  List<Segment> complaintSegments;
  List<Segment> replySegments;
  /** split: the complaint's body claims, the reply's claims without signature and header. */
  List<Claim> complaintClaims;
  List<Claim> replyClaims;
  /** point-cues: what each complaint claim's wording asks. */
  List<PointClassifier.Decision> kinds;
  /** reply-acts: what each reply claim's wording does. */
  List<Map<Act, Cue.Hit>> acts;
  /** bm25, typed-evidence, order-prior, paragraph-continuity, structure-anchors: the scores after each. */
  Bm25ClaimMatcher.Scores lexical;
  Bm25ClaimMatcher.Scores typed;
  Bm25ClaimMatcher.Scores ordered;
  Bm25ClaimMatcher.Scores carried;
  Bm25ClaimMatcher.Scores responds;
  /**
   * vectors: each claim's sentence vector in semantic mode; null in lexical mode, or when the
   * letters have more claims than the encoder reads ({@link #encoderSkipped} then says so).
   */
  LearnedFeatures.Vectors vectors;
  boolean encoderSkipped;
  /** decide: the trained models' points, with their status, and reply claims, with their findings. */
  LearnedDecisions.Result decided;
  /** quotes: where the reply quotes the complaint to say what it answers. */
  List<Quote> quotes;

  /** A context holding only the letters and the names the respondent uses for itself. */
  public PairContext(String complaint, String reply, List<String> respondent) {
    this.complaint = Objects.requireNonNull(complaint, "complaint");
    this.reply = Objects.requireNonNull(reply, "reply");
    this.respondent = List.copyOf(respondent);
  }

  /** What the decide stage concluded (null before it runs). */
  public LearnedDecisions.Result decided() {
    return decided;
  }

  /** What the quotes stage found (null before it runs). */
  public List<Quote> quotes() {
    return quotes;
  }

  /**
   * What the decisions read, once every feature stage has run.
   *
   * @throws IllegalStateException if a feature stage has not run
   */
  public PairState state() {
    if (responds == null) {
      throw new IllegalStateException("the pipeline's feature stages have not all run on this pair");
    }
    return new PairState(complaintText, replyText, complaintClaims, replyClaims, kinds, acts,
        new MatchStages(lexical, ordered, carried, responds), respondent);
  }
}
