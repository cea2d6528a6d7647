package org.replyaudit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.strings;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** Invariants of every analysis, checked with QuickTheories over generated letters. */
class AnalysisPropertiesTest {
  /** Sentences of the kinds letters are made of; generated letters are random sequences of them. */
  private static final List<String> SENTENCES = List.of(
      "Please refund the £40 fee.", "Your engineer missed two appointments.", "Why was my claim declined?",
      "I am very upset about this.", "I have been a customer for ten years.", "We have refunded the £40 fee.",
      "We take your complaint extremely seriously.", "You may wish to contact the ombudsman.",
      "We would never share your data with third parties.", "I am sorry the engineer did not arrive.",
      "If you have concerns about your data, ask them.", "Thank you for your email.",
      "We will send an engineer on Thursday.", "They are not affiliated to us.");

  private static Gen<String> letters() {
    return lists().of(integers().between(0, SENTENCES.size() - 1)).ofSizeBetween(0, 8)
        .map(ix -> String.join(" ", ix.stream().map(SENTENCES::get).toList()));
  }

  /** Any string at all: every code point, including surrogates, controls, RTL text and emoji. */
  private static Gen<String> anyText() {
    return strings().allPossible().ofLengthBetween(0, 200);
  }

  @Test
  void spansLieInsideTheTextInOrderAndCoverTheirText() {
    qt().withExamples(200).forAll(anyText(), anyText()).checkAssert((c, r) -> {
      Analysis a = ReplyAudit.analyze(c, r);
      int last = -1;
      for (Point p : a.points()) {
        assertTrue(p.span().end() <= c.length());
        assertTrue(p.span().start() >= last, "points in order");
        last = p.span().start();
        assertEquals(p.text(), p.span().of(c));
        p.answeredBy().forEach(l -> assertTrue(l.span().end() <= r.length()));
      }
      last = -1;
      for (ReplyClaim k : a.replyClaims()) {
        assertTrue(k.span().end() <= r.length());
        assertTrue(k.span().start() >= last, "claims in order");
        last = k.span().start();
        assertEquals(k.text(), k.span().of(r));
      }
      for (Quote q : a.quotes()) {
        assertEquals(q.text(), q.span().of(r));
        q.source().forEach(l -> assertTrue(l.span().end() <= c.length()));
      }
    });
  }

  @Test
  void eachQuotedComplaintSentenceIsOneQuoteOutsideTheReplysClaims() {
    qt().withExamples(100)
        .forAll(lists().of(integers().between(0, SENTENCES.size() - 1)).ofSizeBetween(1, 6),
            lists().of(integers().between(0, 5)).ofSizeBetween(0, 4))
        .checkAssert((ix, picks) -> {
          List<String> said = ix.stream().map(SENTENCES::get).toList();
          String c = String.join(" ", said);
          StringBuilder r = new StringBuilder("Thank you for your email.\n\n");
          List<String> quoted = picks.stream().filter(i -> i < said.size()).map(said::get).toList();
          quoted.forEach(q -> r.append("> ").append(q).append("\n\nWe have looked into this.\n\n"));
          Analysis a = ReplyAudit.analyze(c, r.toString());
          assertEquals(quoted, a.quotes().stream().map(Quote::text).toList());
          for (Quote q : a.quotes()) {
            assertEquals(q.text(), q.span().of(r));
            assertTrue(a.replyClaims().stream().noneMatch(k -> k.span().overlap(q.span()) > 0), q.toString());
            String best = q.source().get(0).span().of(c).replaceAll("[\\s.,?!]+$", "");
            assertTrue(q.text().contains(best), best + " | " + q.text());
            q.source().forEach(l -> assertTrue(l.score() > 0 && l.span().end() <= c.length()));
          }
        });
  }

  @Test
  void spansNeverSplitASurrogatePair() {
    qt().withExamples(200).forAll(anyText(), anyText()).checkAssert((c, r) -> {
      Analysis a = ReplyAudit.analyze(c, r);
      a.points().forEach(p -> assertBoundaries(c, p.span()));
      a.replyClaims().forEach(k -> assertBoundaries(r, k.span()));
      a.quotes().forEach(q -> assertBoundaries(r, q.span()));
    });
  }

  private static void assertBoundaries(String s, Span span) {
    for (int i : new int[] {span.start(), span.end()}) {
      if (i > 0 && i < s.length()) {
        assertFalse(Character.isHighSurrogate(s.charAt(i - 1)) && Character.isLowSurrogate(s.charAt(i)),
            "span " + span + " splits a surrogate pair");
      }
    }
  }

  @Test
  void theSameInputGivesTheSameAnalysis() {
    qt().withExamples(100).forAll(letters(), letters()).checkAssert((c, r) ->
        assertEquals(ReplyAudit.analyze(c, r), ReplyAudit.analyze(c, r)));
  }

  @Test
  void everyPointHasExactlyOneStatusAndContextIsNeverUnanswered() {
    qt().withExamples(200).forAll(letters(), letters()).checkAssert((c, r) -> {
      for (Point p : ReplyAudit.analyze(c, r).points()) {
        assertEquals(p.kind() == PointKind.CONTEXT, p.status() == Status.NOT_REQUIRED, p.toString());
        assertEquals(p.status() == Status.UNANSWERED, p.answeredBy().isEmpty() && p.kind().needsAnswer(), p.toString());
      }
    });
  }

  @Test
  void extraWhitespaceBetweenSentencesChangesNoStatus() {
    qt().withExamples(100)
        .forAll(lists().of(integers().between(0, SENTENCES.size() - 1)).ofSizeBetween(1, 6), letters(),
            integers().between(2, 6))
        .checkAssert((ix, r, spaces) -> {
          List<String> s = ix.stream().map(SENTENCES::get).toList();
          Analysis tight = ReplyAudit.analyze(String.join(" ", s), r);
          Analysis loose = ReplyAudit.analyze(String.join(" ".repeat(spaces) + "\t", s), r);
          assertEquals(tight.points().stream().map(Point::status).toList(),
              loose.points().stream().map(Point::status).toList());
          assertEquals(tight.verdict(), loose.verdict());
        });
  }

  @Test
  void coverageIsAShareAndMatchesTheVerdict() {
    qt().withExamples(200).forAll(letters(), letters()).checkAssert((c, r) -> {
      Analysis a = ReplyAudit.analyze(c, r);
      assertTrue(a.coverage() >= 0 && a.coverage() <= 1);
      if (a.verdict() == Verdict.UNANSWERED) {
        assertEquals(0.0, a.coverage());
      }
      boolean nothingAsked = a.points().stream().noneMatch(p -> p.kind().needsAnswer());
      assertEquals(nothingAsked, a.verdict() == Verdict.NOT_APPLICABLE);
      assertEquals(a.coverage() == 1.0, a.verdict() == Verdict.ANSWERED || a.verdict() == Verdict.NOT_APPLICABLE);
    });
  }
}
