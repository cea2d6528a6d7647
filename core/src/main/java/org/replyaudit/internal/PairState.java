package org.replyaudit.internal;

import java.util.List;
import java.util.Map;
import org.replyaudit.internal.cues.Cue;
import org.replyaudit.internal.cues.PointClassifier;
import org.replyaudit.internal.cues.ReplyActClassifier.Act;
import org.replyaudit.internal.matching.Bm25ClaimMatcher;
import org.replyaudit.internal.matching.MatchStages;
import org.replyaudit.internal.text.Claim;
import org.replyaudit.internal.text.CleanText;

/**
 * What the stages before the decisions know about one pair.
 *
 * @param c the cleaned complaint
 * @param r the cleaned reply
 * @param complaint the complaint's body claims
 * @param reply the reply's claims (signature and header lines left out)
 * @param kinds the point cues' decision for each complaint claim
 * @param acts the reply-act cues that fired on each reply claim
 * @param stages every matching stage's scores
 * @param respondent the names the responding organisation uses
 */
public record PairState(CleanText c, CleanText r, List<Claim> complaint, List<Claim> reply,
    List<PointClassifier.Decision> kinds, List<Map<Act, Cue.Hit>> acts, MatchStages stages,
    List<String> respondent) {
  /** Which complaint claims each reply claim responds to: the last matching stage's scores. */
  public Bm25ClaimMatcher.Scores responds() {
    return stages.responds();
  }
}
