package org.replyaudit.internal.anchors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.replyaudit.internal.text.CleanText;
import org.replyaudit.internal.text.TextCleaner;

/** A null argument to the stage is a programming error, reported by its parameter's name. */
class StructureAnchorsNullTest {
  @Test
  void nullScoresThrowNamingTheParameter() {
    CleanText t = new TextCleaner().clean("text");
    NullPointerException e = assertThrows(NullPointerException.class,
        () -> new StructureAnchors(true).adjust(null, t, List.of(), t, List.of()));
    assertEquals("scores", e.getMessage());
  }
}
