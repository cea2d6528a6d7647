package org.replyaudit.thread;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ContentWordsTest {
  @Test
  void functionWordsGoAndWordsAreStemmed() {
    assertEquals(Set.of("refund", "60", "deposit"), ContentWords.of("Please refund my £60 deposit."));
    assertEquals(List.of("engin", "visit", "cancel"),
        List.copyOf(ContentWords.of("The engineer's visit was cancelled.")));
  }

  @Test
  void overlapIsTheSharedShareOfTheShorter() {
    Set<String> a = ContentWords.of("Please refund my £40 deposit.");
    Set<String> b = ContentWords.of("I still want the £40 refunded.");
    assertEquals(2, ContentWords.shared(a, b));
    assertEquals(2.0 / 3, ContentWords.overlap(a, b), 1e-9);
    assertEquals(0, ContentWords.overlap(a, Set.of()));
  }

  @Test
  void aNegationReachesTheNextThreeWordsOfItsClause() {
    assertEquals(Set.of("refund"), ContentWords.negatedWords("We are unable to refund it."));
    assertEquals(Set.of("refund"), ContentWords.negatedWords("We won\u2019t refund it."));
    assertEquals(Set.of("remov"), ContentWords.negatedWords("The £25 fee will not be removed, as you were overdrawn."));
    assertEquals(Set.of("upheld", "complaint"), ContentWords.negatedWords("We have not upheld your complaint."));
    assertTrue(ContentWords.negatedWords("We will refund the £25 fee.").isEmpty());
    assertTrue(ContentWords.negatedWords("We know the answer.").isEmpty(), "'know' is not 'no'");
  }
}
