package org.replyaudit.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.replyaudit.Span;
import org.replyaudit.thread.Party;

class ThreadCaseReaderTest {
  private static final String GOOD = """
      {"id":"t1","domain":"d","messages":[\
      {"from":"complainant","text":"Please refund my £40. Please fix my line."},\
      {"from":"respondent","text":"We have refunded the £40."},\
      {"from":"complainant","text":"My line is still broken. Please fix it."},\
      {"from":"respondent","text":"An engineer fixed your line today."}],\
      "gold":{"points":[\
      {"message":0,"quote":"Please refund my £40.","kind":"request","addressed":{"1":"yes","3":"no"}},\
      {"message":0,"quote":"Please fix my line.","kind":"request","addressed":{"1":"no","3":"yes"},\
      "reraised":[{"message":2,"quote":"My line is still broken."}]}]}}""";

  private static List<ThreadCase> read(String line) throws IOException {
    return ThreadCaseReader.read(new StringReader(line + "\n"), "t.jsonl");
  }

  @Test
  void aGoodLineGivesMessagesAndPoints() throws IOException {
    ThreadCase t = read(GOOD).get(0);
    assertEquals(4, t.messages().size());
    assertEquals(Party.RESPONDENT, t.messages().get(1).from());
    assertEquals(List.of(1, 3), t.replies());
    GoldThreadPoint line = t.points().get(1);
    assertEquals(Map.of(1, Addressed.NO, 3, Addressed.YES), line.addressed());
    assertEquals(2, line.reraised().get(0).message());
  }

  @Test
  void openAfterAReplyFollowsTheLatestRaising() throws IOException {
    ThreadCase t = read(GOOD).get(0);
    GoldThreadPoint refund = t.points().get(0);
    GoldThreadPoint line = t.points().get(1);
    assertFalse(refund.openAfter(1).orElseThrow());
    assertFalse(refund.openAfter(3).orElseThrow(), "answered in reply 1 and never raised again");
    assertTrue(line.openAfter(1).orElseThrow());
    assertFalse(line.openAfter(3).orElseThrow());
    assertFalse(line.openAtEnd(3));
    // Raised again after the last reply: open at the end, whatever came before.
    GoldThreadPoint late = new GoldThreadPoint(0, new Span(0, 5), line.kind(), Map.of(1, Addressed.YES),
        List.of(new GoldThreadPoint.Occurrence(2, new Span(0, 5))), List.of());
    assertFalse(late.openAfter(1).orElseThrow());
    assertTrue(late.openAtEnd(1));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      a reply missing from addressed | "addressed":{"1":"yes","3":"no"}    | "addressed":{"1":"yes"}      | must name exactly the replies after message 0: [1, 3], not [1]
      re-raised in a reply           | "reraised":[{"message":2            | "reraised":[{"message":3     | .message 3 must be the complainant's
      quote not in its message       | "quote":"My line is still broken."  | "quote":"My line is broken." | is not in message 2
      context is not tracked         | "kind":"request","addressed":{"1":"yes","3":"no"} | "kind":"context","addressed":{"1":"yes","3":"no"} | threads track points that need an answer
      first message from respondent  | {"from":"complainant","text":"Please refund my £40. Please fix my line."} | {"from":"respondent","text":"Please refund my £40. Please fix my line."} | messages[0] must be the complainant's
      unknown party                  | {"from":"respondent","text":"We have refunded the £40."} | {"from":"company","text":"We have refunded the £40."} | a message is from "complainant" or "respondent"
      """)
  void aBadLineIsRefusedNamingTheProblem(String what, String find, String replace, String expected) {
    assertTrue(GOOD.contains(find.strip()), what + ": fixture lacks " + find);
    CaseFormatException e = assertThrows(CaseFormatException.class, () -> read(GOOD.replace(find.strip(), replace.strip())));
    assertTrue(e.getMessage().contains("t.jsonl:1:"), e.getMessage());
    assertTrue(e.getMessage().contains(expected.strip()), what + ": " + e.getMessage());
  }

  @Test
  void theBundledThreadsRead() throws IOException {
    List<ThreadCase> dev = BundledExamples.threads("threads.jsonl");
    assertTrue(dev.size() >= 8, "at least eight threads: " + dev.size());
    assertTrue(dev.stream().allMatch(t -> t.messages().size() >= 3 && t.messages().size() <= 5));
    assertTrue(dev.stream().anyMatch(t -> t.points().stream().anyMatch(p -> !p.contradicted().isEmpty())));
    assertEquals(3, BundledExamples.threads("threads-heldout.jsonl").size());
  }
}
