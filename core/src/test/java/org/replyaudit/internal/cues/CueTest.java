package org.replyaudit.internal.cues;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class CueTest {
  @Test
  void plainGroupsBecomeNonCapturing() {
    assertEquals(" (?:we|i) (?:will|shall) ", Cue.nonCapturing(" (we|i) (will|shall) "));
  }

  @Test
  void lookaroundsEscapesAndClassesAreKept() {
    String regex = "(?<! you)\\(note\\) [(x)]+ [^]()] (?!not )";
    assertEquals(regex, Cue.nonCapturing(regex));
  }

  @Test
  void namedGroupsStayCapturing() {
    Cue cue = Cue.of("counted", " how many (?<counted>([a-z]+ ){1,3})");
    var m = cue.pattern().matcher(" how many routes were withdrawn ? ");
    m.find();
    assertEquals("routes were withdrawn ", m.group("counted"));
  }

  @Test
  void rewrittenPatternMatchesTheSameText() {
    String regex = " (i|we) (have )?(refunded|credited) ([a-z']+ ){0,3}?(?!never )";
    String text = " we have credited the full amount to your account ";
    var original = Pattern.compile(regex).matcher(text);
    var rewritten = Pattern.compile(Cue.nonCapturing(regex)).matcher(text);
    original.find();
    rewritten.find();
    assertEquals(original.group(), rewritten.group());
  }

  @Test
  void firstReportsTheFirstCueInListOrderAndItsWords() {
    List<Cue> cues = List.of(Cue.of("late", " (?:late|delayed) "), Cue.of("any", " [a-z]+ "));
    assertEquals(new Cue.Hit("late", "delayed"), Cue.first(cues, " it was delayed again ").orElseThrow());
    assertEquals(new Cue.Hit("any", "fine"), Cue.first(cues, " fine ").orElseThrow());
  }
}
