package org.replyaudit.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.replyaudit.PointKind;
import org.replyaudit.Span;
import org.replyaudit.internal.Bm25ClaimMatcher.Link;
import org.replyaudit.internal.Bm25ClaimMatcher.Scores;

class AlignmentFeaturesTest {
  /** {@code n} one-sentence claims at 10-char steps, in the given paragraphs. */
  private static List<Claim> claims(int... paragraphs) {
    List<Claim> out = new ArrayList<>();
    for (int i = 0; i < paragraphs.length; i++) {
      Span span = new Span(10 * i, 10 * i + 9);
      out.add(new Claim(i, span, "claim " + i, null,
          new Segment(span, Segment.Role.BODY, paragraphs[i], null, false), true));
    }
    return out;
  }

  private static List<PointClassifier.Decision> questions(int n) {
    List<PointClassifier.Decision> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      out.add(new PointClassifier.Decision(PointKind.QUESTION, Optional.empty()));
    }
    return out;
  }

  /** The same links at every stage; complaint-side lists are the reply-side ones turned round. */
  private static AlignmentFeatures.Stages stages(int complaint, List<List<Link>> replyToComplaint) {
    List<List<Link>> complaintToReply = new ArrayList<>();
    for (int c = 0; c < complaint; c++) {
      List<Link> row = new ArrayList<>();
      for (int r = 0; r < replyToComplaint.size(); r++) {
        for (Link l : replyToComplaint.get(r)) {
          if (l.target() == c) {
            row.add(new Link(r, l.score()));
          }
        }
      }
      complaintToReply.add(row);
    }
    Scores s = new Scores(complaintToReply, replyToComplaint);
    return new AlignmentFeatures.Stages(s, s, s, s);
  }

  private static double feature(AlignmentFeatures.Candidates c, int target, String name) {
    for (int i = 0; i < c.targets().length; i++) {
      if (c.targets()[i] == target) {
        return c.values()[i][AlignmentFeatures.NAMES.indexOf(name)];
      }
    }
    throw new AssertionError("complaint claim " + target + " is no candidate: " + java.util.Arrays.toString(c.targets()));
  }

  @Test
  void everyReplyClaimGetsAnEntryEvenWithoutComplaintClaims() {
    List<AlignmentFeatures.Candidates> out =
        AlignmentFeatures.extract(stages(0, List.of(List.of(), List.of())), List.of(), List.of(), claims(0, 0));
    assertEquals(2, out.size());
    assertEquals(0, out.get(1).targets().length);
  }

  @Test
  void aNeighboursBestLinkInTheParagraphIsACandidateWithWhatTheParagraphMatched() {
    // Reply claim 1 shares no word with anything; claim 0 before it in its paragraph links to
    // complaint claim 2 (best) and 0.
    List<List<Link>> links = List.of(List.of(new Link(2, 0.6), new Link(0, 0.2)), List.of());
    AlignmentFeatures.Candidates second =
        AlignmentFeatures.extract(stages(3, links), claims(0, 0, 1), questions(3), claims(0, 0)).get(1);
    assertArrayEquals(new int[] {2}, second.targets());
    assertEquals(0.0, feature(second, 2, "score"));
    assertEquals(0.6, feature(second, 2, "paragraph_max"));
    assertEquals(1.0, feature(second, 2, "best_of_previous"));
  }

  @Test
  void orderFeaturesSayWhetherAPointComesAtOrAfterThePreviousClaimsPointAndHowFar() {
    // Reply claim 0 dealt with complaint claim 2; reply claim 1 links to claims 1 and 3.
    List<List<Link>> links = List.of(List.of(new Link(2, 0.5)), List.of(new Link(1, 0.4), new Link(3, 0.4)));
    AlignmentFeatures.Candidates second =
        AlignmentFeatures.extract(stages(4, links), claims(0, 0, 0, 0), questions(4), claims(0, 1)).get(1);
    assertEquals(0.0, feature(second, 1, "after_previous"));
    assertEquals(1.0, feature(second, 3, "after_previous"));
    assertEquals(0.25, feature(second, 3, "steps_from_previous"));
    assertEquals(0.25, feature(second, 1, "steps_from_previous"));
  }
}
