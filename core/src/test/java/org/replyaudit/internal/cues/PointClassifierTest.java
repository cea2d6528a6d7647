package org.replyaudit.internal.cues;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.replyaudit.PointKind;
import org.replyaudit.internal.PairState;
import org.replyaudit.internal.Pipeline;
import org.replyaudit.internal.Settings;
import org.replyaudit.internal.text.Claim;

/**
 * The point cues: what kind of point a complaint claim's wording suggests. (The cues are features
 * of the trained point model, which makes the decision.)
 */
class PointClassifierTest {
  private static final Pipeline STAGES = new Pipeline(Settings.defaults());

  private static List<PointKind> kinds(String complaint) {
    return STAGES.state(complaint, "", List.of()).kinds().stream().map(PointClassifier.Decision::kind).toList();
  }

  private static PointKind kindOf(String complaint, String containing) {
    PairState s = STAGES.state(complaint, "", List.of());
    for (Claim c : s.complaint()) {
      if (c.text().contains(containing)) {
        return s.kinds().get(c.index()).kind();
      }
    }
    throw new AssertionError("no claim contains " + containing);
  }

  @Test
  void questionMarkMakesAQuestion() {
    assertEquals(PointKind.QUESTION, kindOf("When will my line be fixed?", "line"));
  }

  @Test
  void askingToBeToldIsAQuestion() {
    assertEquals(PointKind.QUESTION, kindOf("Please explain why my claim was declined.", "explain"));
  }

  @Test
  void iAskThatIsARequest() {
    assertEquals(PointKind.REQUEST, kindOf("I ask that the fee is refunded.", "fee"));
  }

  @Test
  void itemUnderARequestListIsARequest() {
    assertEquals(PointKind.REQUEST, kindOf("I would like:\n1. Both payments refunded.", "payments"));
  }

  @Test
  void embeddedQuestionItemIsAQuestion() {
    assertEquals(PointKind.QUESTION, kindOf("To ask the Minister,\n(a) how many routes were withdrawn;", "routes"));
  }

  @Test
  void accusationIsAnAllegation() {
    assertEquals(PointKind.ALLEGATION, kindOf("The group used my data without consent.", "data"));
  }

  @Test
  void statedHarmIsAGrievance() {
    assertEquals(PointKind.GRIEVANCE, kindOf("I am very upset about the way this was handled.", "upset"));
  }

  @Test
  void concessionIsContext() {
    assertEquals(PointKind.CONTEXT, kindOf("I understand the group is not affiliated to the party.", "group"));
  }

  @Test
  void neutralBackgroundIsContext() {
    assertEquals(PointKind.CONTEXT, kindOf("I have been a member for twelve years.", "member"));
  }

  @Test
  void complaintFramingIsNotARequest() {
    assertEquals(List.of(PointKind.CONTEXT), kinds("I wish to complain about my account."));
  }

  @Test
  void itemsABlankLineBelowTheirRequestListAreRequests() {
    assertEquals(PointKind.REQUEST,
        kindOf("The kettle scorched my worktop. I want:\n\n(a) a full refund of the £64.99 I paid;\n"
            + "(b) the cost of repairing the worktop.", "full refund"));
  }

  @Test
  void wantingAlsoToKnowWhyIsAQuestion() {
    assertEquals(PointKind.QUESTION,
        kindOf("I also want to know why three repair jobs were marked as completed.", "repair jobs"));
  }

  @Test
  void receivingNoReplyIsAnAllegationThoughTheSubjectIsTheComplainant() {
    assertEquals(PointKind.ALLEGATION,
        kindOf("I wrote to your complaints team on 3 May. I received no reply.", "no reply"));
  }

  @Test
  void aThreatIsNotAnAllegation() {
    assertEquals(PointKind.CONTEXT,
        kindOf("If this is not resolved within 14 days I will ask my bank to reverse the payments.",
            "resolved"));
  }

  @Test
  void askingForAReplyAtAllIsNotAPoint() {
    assertEquals(PointKind.CONTEXT,
        kindOf("Your van damaged my fence. I would like a written response to each of these points.",
            "written response"));
  }

  @Test
  void onlyTheFirstSentenceOfABulletInheritsItsRequest() {
    String c = "Please answer these questions:\n- Will you install the noise recorder? "
        + "You told me on 2 May there was a waiting list.";
    assertEquals(PointKind.QUESTION, kindOf(c, "noise recorder"));
    assertNotEquals(PointKind.REQUEST, kindOf(c, "waiting list"));
  }
}
