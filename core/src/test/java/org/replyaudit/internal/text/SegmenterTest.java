package org.replyaudit.internal.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.replyaudit.models.EnglishModels;

class SegmenterTest {
  private final Segmenter segmenter = new Segmenter(EnglishModels.sentence());
  private final TextCleaner cleaner = new TextCleaner();

  private List<Segment> segment(String s) {
    return segmenter.segment(cleaner.clean(s));
  }

  private static List<String> texts(String s, List<Segment> segs) {
    return segs.stream().map(g -> g.span().of(s)).toList();
  }

  @Test
  void greetingSignOffAndSignatureAreRecognised() {
    String s = "Dear Ms Lund,\n\nWe have refunded you. We are sorry.\n\nKind regards,\nTom Ashby\nCustomer Team";
    List<Segment> segs = segment(s);
    assertEquals(Segment.Role.GREETING, segs.get(0).role());
    assertEquals(List.of("We have refunded you.", "We are sorry."),
        segs.stream().filter(g -> g.role() == Segment.Role.BODY).map(g -> g.span().of(s)).toList());
    assertEquals(Segment.Role.SIGNOFF, segs.get(3).role());
    assertEquals(Segment.Role.SIGNATURE, segs.get(4).role());
  }

  @Test
  void bulletItemsAreSegmentsWithoutTheirMarkersAndKnowTheirIntroduction() {
    String s = "Please:\n- put the £640 back into my account;\n- cover the cost of the calls.";
    List<Segment> segs = segment(s);
    assertEquals(List.of("Please:", "put the £640 back into my account;", "cover the cost of the calls."), texts(s, segs));
    assertNotNull(segs.get(1).listIntro());
    assertEquals("Please:", segs.get(1).listIntro().of(s));
    assertTrue(segs.get(1).item());
  }

  @Test
  void numberedItemIsNotSplitAtItsNumber() {
    String s = "Please answer:\n1. Why did nobody call me?";
    assertEquals(List.of("Please answer:", "Why did nobody call me?"), texts(s, segment(s)));
  }

  @Test
  void hardWrappedLinesJoinIntoOneSentence() {
    String s = "I wish to complain about the engineer who was sent to my house on\nMonday and left without fixing anything.";
    assertEquals(1, segment(s).size());
  }

  @Test
  void runOnTextIsCutIntoBoundedSegments() {
    String s = "word ".repeat(2000);
    List<Segment> segs = segment(s);
    assertTrue(segs.size() > 1);
    assertTrue(segs.stream().allMatch(g -> g.span().length() <= Segmenter.MAX_SEGMENT));
  }

  @Test
  void titleLineBeforeTheBodyIsAHeader() {
    String s = "Disputed card payment – claim declined\n\nHello,\n\nI did not make this payment.";
    assertEquals(Segment.Role.HEADER, segment(s).get(0).role());
  }
}
