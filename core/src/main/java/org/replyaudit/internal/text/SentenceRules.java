package org.replyaudit.internal.text;

import java.util.EnumSet;
import java.util.Set;
import org.replyaudit.PointKind;
import org.replyaudit.Span;
import org.replyaudit.internal.cues.PointClassifier;
import org.replyaudit.internal.cues.ReplyActClassifier.Act;
import org.replyaudit.internal.cues.ReplyActClassifier;

/**
 * The rule classifiers applied to one sentence on its own, outside a letter: the baseline the
 * trained models are compared with ({@code CorpusMain train}). The sentence is taken as one body
 * claim that begins its segment, with no list around it; the pipeline itself gives the rules more
 * context (list introductions, greetings, clause splits), so these figures are the rules' own
 * judgement of the wording alone, as the models' are.
 */
public final class SentenceRules {
  private final PointClassifier points = new PointClassifier();
  private final ReplyActClassifier acts = new ReplyActClassifier();

  /** What the point rules call a complaint sentence. */
  public PointKind kind(String sentence) {
    return points.classify(claim(sentence), null).kind();
  }

  /** The acts the reply rules see in a reply sentence. */
  public Set<Act> acts(String sentence) {
    Set<Act> found = EnumSet.noneOf(Act.class);
    found.addAll(acts.acts(claim(sentence)).keySet());
    return found;
  }

  private static Claim claim(String sentence) {
    Span span = new Span(0, sentence.length());
    Segment seg = new Segment(span, Segment.Role.BODY, 0, null, false);
    return new Claim(0, span, sentence, ClauseSplitter.cueString(sentence), seg, true);
  }
}
