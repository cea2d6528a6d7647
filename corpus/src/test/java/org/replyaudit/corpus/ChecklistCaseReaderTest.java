package org.replyaudit.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.replyaudit.checklist.ElementStatus;
import org.replyaudit.checklist.Profile;

class ChecklistCaseReaderTest {
  /** A pair in the cases format with a foi-uk checklist; the variants below break one thing each. */
  private static final String GOOD = """
      {"id":"f1","complaint":"Please send me the minutes.","reply":"Please find attached the minutes. \
      You may ask for an internal review.","gold":{"points":[{"quote":"Please send me the minutes.",\
      "kind":"request","addressed":"yes","by":["Please find attached the minutes."]}],"reply":[]},\
      "checklists":[{"profile":"foi-uk","elements":{\
      "information_response":{"status":"present","quotes":["Please find attached the minutes."]},\
      "exemption_cited":{"status":"not_applicable"},\
      "internal_review":{"status":"present","quotes":["You may ask for an internal review."]},\
      "ico_complaint_right":{"status":"absent"}}}]}""";

  private static List<ChecklistCase> read(String line) throws IOException {
    return ChecklistCaseReader.read(new StringReader(line + "\n"), "test.jsonl");
  }

  @Test
  void aGoodLineGivesThePairAndItsChecklist() throws IOException {
    ChecklistCase c = read(GOOD).get(0);
    assertEquals("f1", c.pair().id());
    GoldChecklist g = c.checklists().get(0);
    assertEquals("foi-uk", g.profile());
    assertEquals(List.of("information_response", "exemption_cited", "internal_review", "ico_complaint_right"),
        List.copyOf(g.elements().keySet()));
    assertEquals(ElementStatus.PRESENT, g.elements().get("internal_review").status());
    assertEquals("You may ask for an internal review.", g.elements().get("internal_review").spans().get(0)
        .of(c.pair().reply()));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      unknown profile        | "profile":"foi-uk"                   | "profile":"foi"                       | no shipped profile "foi"
      element missing        | "ico_complaint_right":{"status":"absent"}} | "x":{"status":"absent"}}        | element "ico_complaint_right" of foi-uk is not annotated
      bad status             | {"status":"absent"}}}]               | {"status":"missing"}}}]               | an element status is present, absent or not_applicable
      present without quote  | "exemption_cited":{"status":"not_applicable"} | "exemption_cited":{"status":"present"} | a present element needs at least one quote
      quote not in the reply | "quotes":["Please find attached the minutes."] | "quotes":["Please find the minutes."] | is not in the reply
      absent with a quote    | "ico_complaint_right":{"status":"absent"} | "ico_complaint_right":{"status":"absent","quotes":["Please find attached the minutes."]} | only a present element has quotes
      """)
  void aBadLineIsRefusedNamingTheLineAndTheProblem(String what, String find, String replace, String expected) {
    assertTrue(GOOD.contains(find.strip()), what + ": fixture lacks " + find);
    CaseFormatException e = assertThrows(CaseFormatException.class, () -> read(GOOD.replace(find.strip(), replace.strip())));
    assertTrue(e.getMessage().contains("test.jsonl:1:"), e.getMessage());
    assertTrue(e.getMessage().contains(expected.strip()), what + ": " + e.getMessage());
  }

  @Test
  void anElementTheProfileDoesNotHaveIsRefused() {
    String extra = GOOD.replace("\"ico_complaint_right\":{\"status\":\"absent\"}",
        "\"ico_complaint_right\":{\"status\":\"absent\"},\"apology\":{\"status\":\"absent\"}");
    CaseFormatException e = assertThrows(CaseFormatException.class, () -> read(extra));
    assertTrue(e.getMessage().contains("foi-uk has no element \"apology\""), e.getMessage());
  }

  @Test
  void theBundledExamplesReadAndCoverEveryShippedProfile() throws IOException {
    List<ChecklistCase> dev = BundledExamples.checklists("checklists.jsonl");
    List<ChecklistCase> heldOut = BundledExamples.checklists("checklists-heldout.jsonl");
    assertTrue(dev.size() >= 12, "at least a dozen annotated replies: " + dev.size());
    for (String profile : Profile.shipped()) {
      long n = dev.stream().flatMap(c -> c.checklists().stream()).filter(g -> g.profile().equals(profile)).count();
      assertTrue(n >= 4, profile + " has " + n + " annotated replies");
    }
    assertEquals(6, heldOut.size());
    // Some elements pass, some fail, some do not apply.
    for (ElementStatus s : ElementStatus.values()) {
      assertTrue(dev.stream().flatMap(c -> c.checklists().stream()).flatMap(g -> g.elements().values().stream())
          .anyMatch(e -> e.status() == s), s.id());
    }
  }
}
