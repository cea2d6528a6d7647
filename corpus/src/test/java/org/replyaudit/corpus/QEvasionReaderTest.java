package org.replyaudit.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.replyaudit.Verdict;

class QEvasionReaderTest {
  @Test
  void clarityLabelsMapToVerdicts() {
    assertEquals(Verdict.ANSWERED, QEvasionReader.verdictOf("Clear Reply"));
    assertEquals(Verdict.PARTLY, QEvasionReader.verdictOf("Ambivalent"));
    assertEquals(Verdict.UNANSWERED, QEvasionReader.verdictOf(" Clear Non-Reply "));
  }

  @Test
  void unknownClarityLabelIsRejected() {
    assertThrows(IllegalArgumentException.class, () -> QEvasionReader.verdictOf("Dodging"));
  }

  @Test
  void speakerTagsAreStripped() {
    assertEquals("What about it?", QEvasionReader.clean("\nQ. What about it?"));
    assertEquals("Well, no.", QEvasionReader.clean("\nThe President. Well, no. "));
  }
}
