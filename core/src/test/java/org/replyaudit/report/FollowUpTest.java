package org.replyaudit.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.replyaudit.Status;

class FollowUpTest {
  @Test
  void asksUnansweredPointsBeforePartlyAnsweredOnes() {
    List<FollowUp.Question> q = FollowUp.questions(Cases.mixed());
    assertEquals(List.of(Status.UNANSWERED, Status.PARTLY), q.stream().map(x -> x.point().status()).toList());
  }

  @Test
  void numbersQuestionsFromOne() {
    assertEquals(List.of(1, 2), FollowUp.questions(Cases.mixed()).stream().map(FollowUp.Question::number).toList());
  }

  @Test
  void quotesThePointInTheComplainantsOwnWords() {
    FollowUp.Question q = FollowUp.questions(Cases.mixed()).get(0);
    assertTrue(q.text().contains("\u201CYou lost my <b>\"file\"</b> & ignored 'me'.\u201D"), q.text());
  }

  @Test
  void saysWhenAPointWasOnlyPartlyAnswered() {
    FollowUp.Question q = FollowUp.questions(Cases.mixed()).get(1);
    assertTrue(q.text().startsWith("You only partly answered my question: "), q.text());
  }

  @Test
  void hasNoQuestionsWhenEverythingWasAnswered() {
    assertEquals(List.of(), FollowUp.questions(Cases.allAnswered()));
  }

  @Test
  void numberedListHasOneNumberedLinePerQuestion() {
    String[] lines = FollowUp.numberedList(Cases.mixed()).split("\n");
    assertEquals(2, lines.length);
    assertTrue(lines[0].startsWith("1. You did not address"), lines[0]);
    assertTrue(lines[1].startsWith("2. You only partly"), lines[1]);
  }

  @Test
  void nullAnalysisThrowsNamingIt() {
    NullPointerException e = assertThrows(NullPointerException.class, () -> FollowUp.questions(null));
    assertEquals("analysis", e.getMessage());
  }
}
