package org.replyaudit.internal.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class TextCleanerTest {
  private final TextCleaner cleaner = new TextCleaner();

  @Test
  void maskedTextKeepsEveryOffset() {
    String s = "<p>Hello &amp; welcome</p>\r\nSee https://example.org/x.";
    assertEquals(s.length(), cleaner.clean(s).masked().length());
  }

  @Test
  void urlsAreBlankedButTheirFullStopStays() {
    CleanText t = cleaner.clean("Complain at https://ico.org.uk/make-a-complaint/.");
    assertFalse(t.masked().contains("ico.org"));
    assertTrue(t.masked().endsWith("."));
    assertEquals(1, t.urls().size());
  }

  @Test
  void htmlTagsAreBlankedOnlyWhenTheTextIsHtml() {
    assertTrue(cleaner.clean("<div>Refund me</div>").html());
    CleanText prose = cleaner.clean("I paid <40 pounds> for it.");
    assertFalse(prose.html());
    assertTrue(prose.masked().contains("<40"));
  }

  @Test
  void quotedLinesAreBlankedAndRecorded() {
    CleanText t = cleaner.clean("We disagree.\n> You said I was rude.\nThanks.");
    assertFalse(t.masked().contains("rude"));
    assertEquals(1, t.quoted().size());
  }

  @Test
  void loneSurrogatesAndControlCharactersBecomeSpaces() {
    CleanText t = cleaner.clean("a\uD800b\u0007c");
    assertEquals("a b c", t.masked());
  }
}
