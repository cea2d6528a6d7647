package org.replyaudit.models;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class SentenceFeaturesTest {

  @Test
  void wordsSplitNegationsAndKeepQuestionMarks() {
    assertEquals(List.of("we", "do", "n't", "know", "why", "?"), SentenceFeatures.words("We don’t know why?"));
    assertEquals(List.of("i", "can", "n't", "and", "will", "n't"), SentenceFeatures.words("I can't and won't"));
  }

  @Test
  void featuresMarkNegationScopeModalityPersonQuestionFormAndPosition() {
    List<String> f = List.of(SentenceFeatures.of("Could you not refund the fee?", 0.0, 0.2));
    assertTrue(f.contains("pos=first"), f.toString());
    assertTrue(f.contains("qform=could"), f.toString());
    assertTrue(f.contains("mod=could"), f.toString());
    assertTrue(f.contains("p=you"), f.toString());
    assertTrue(f.contains("negated") && f.contains("neg=refund"), f.toString());
    assertTrue(f.contains("ends?") && f.contains("cue=ask"), f.toString());
    assertTrue(List.of(SentenceFeatures.of("x", 0.99, 1.0)).contains("pos=last"));
  }

  @Test
  void featuresAreDeterministicAndEmptyTextIsSafe() {
    String s = "We have never sold customer data to marketing firms.";
    assertArrayEquals(SentenceFeatures.of(s, 0.5, 0.6), SentenceFeatures.of(s, 0.5, 0.6));
    assertTrue(List.of(SentenceFeatures.of("", 0.5, 0.5)).contains("empty"));
  }
}
