package org.replyaudit.checklist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Loading your own profile: a good one works, a bad one is refused naming the problem. */
class ProfileLoadTest {
  /** One element decided by phrases, with the placeholders the bad variants below replace. */
  private static final String GOOD = """
      {"id": "my-scheme", "name": "My scheme", "elements": [
        {"id": "reference", "name": "Case reference", "requirement": "Quotes the case reference.",
         "cues": {"lookedFor": "a case reference such as CR-123",
                  "patterns": {"reference": "\\\\bcr-\\\\d+\\\\b"},
                  "match": ["Your reference is CR-2291."], "noMatch": ["Thank you for writing."]}}]}
      """;

  private static Profile load(String json) {
    return Profile.load(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
  }

  private static String refused(String json) {
    return assertThrows(IllegalArgumentException.class, () -> load(json)).getMessage();
  }

  @Test
  void aGoodProfileLoadsAndItsCuesWork() {
    Profile p = load(GOOD);
    assertEquals("my-scheme", p.id());
    assertEquals("My scheme", p.name());
    ProfileElement e = p.element("reference").orElseThrow();
    assertEquals(ElementCheck.CUES, e.check());
    assertTrue(e.cues().orElseThrow().matches("Please quote\nCR-77 when you write."));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      not JSON                | {"id": "x",                                                            | not valid JSON
      a JSON array            | []                                                                     | the profile must be a JSON object
      empty                   | '  '                                                                   | the profile is empty
      duplicate key           | {"id": "x", "id": "y"}                                                  | Duplicate field 'id'
      no id                   | {"name": "x", "elements": []}                                          | id is missing
      bad id                  | {"id": "My Scheme", "name": "x", "elements": []}                       | "id" must be lower-case
      no elements             | {"id": "x", "name": "x", "elements": []}                               | at least one element
      unknown top-level field | {"id": "x", "name": "x", "elemnts": []}                                | unknown field "elemnts"
      """)
  void aBadProfileIsRefusedNamingTheProblem(String what, String json, String expected) {
    String message = refused(json);
    assertTrue(message.contains(expected), what + ": " + message);
    assertTrue(message.startsWith("bad profile: "), message);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      unknown evaluator        | "requirement": "Quotes the case reference.",      | "requirement": "Quotes the case reference.", "evaluator": "magic",                 | evaluator must be one of cues, each_point_answered
      misspelt field           | "cues":                                           | "cuez":                                                                            | unknown field "cuez"
      regex does not compile   | "reference": "\\\\bcr-\\\\d+\\\\b"                | "reference": "(cr-"                                                                | patterns."reference" is not a valid regular expression
      regex matches anything   | "reference": "\\\\bcr-\\\\d+\\\\b"                | "reference": "x*"                                                                  | matches empty text
      example not matched      | "match": ["Your reference is CR-2291."]           | "match": ["Your reference is 2291."]                                               | cues.match[0]: no pattern matches this example
      counter-example matched  | "noMatch": ["Thank you for writing."]             | "noMatch": ["See CR-1."]                                                           | cues.noMatch[0]: pattern reference
      no examples              | "match": ["Your reference is CR-2291."],          | "match": [],                                                                       | must give at least one example
      referral without phrases | "requirement": "Quotes the case reference.",      | "requirement": "Quotes the case reference.", "evaluator": "each_point_answered", "referral": true, | referral needs an evaluator that finds the signposting by its phrases
      cues where none are read | "requirement": "Quotes the case reference.",      | "requirement": "Quotes the case reference.", "evaluator": "each_point_answered",   | evaluator each_point_answered takes no "cues"
      apology without trigger  | "requirement": "Quotes the case reference.",      | "requirement": "Quotes the case reference.", "evaluator": "apology_if_fault_accepted", | evaluator apology_if_fault_accepted needs "appliesWhen"
      refusal without reasons  | "requirement": "Quotes the case reference.",      | "requirement": "Quotes the case reference.", "evaluator": "offer_or_reasoned_refusal", | evaluator offer_or_reasoned_refusal needs "refusal"
      referral not boolean     | "requirement": "Quotes the case reference.",      | "requirement": "Quotes the case reference.", "referral": "yes",                    | referral must be true or false
      """)
  void aBadElementIsRefusedNamingItAndTheProblem(String what, String find, String replace, String expected) {
    assertTrue(GOOD.contains(find.strip()), what + ": the fixture lacks " + find);
    String message = refused(GOOD.replace(find.strip(), replace.strip()));
    assertTrue(message.contains(expected.strip()), what + ": " + message);
    assertTrue(message.contains("elements[0] (\"reference\")") || message.contains("elements[0]"), what + ": " + message);
  }

  @Test
  void aProfileIsUtf8AndMayStartWithAByteOrderMark() {
    byte[] utf16 = GOOD.getBytes(StandardCharsets.UTF_16);
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> Profile.load(new ByteArrayInputStream(utf16)));
    assertEquals("bad profile: not valid UTF-8", e.getMessage());
    assertEquals("my-scheme", load("\uFEFF" + GOOD).id());
  }

  @Test
  void reasonsMustNameAnEarlierElement() {
    String json = """
        {"id": "x", "name": "x", "elements": [
          {"id": "redress", "name": "Redress", "requirement": "r", "evaluator": "offer_or_reasoned_refusal",
           "reasons": "why",
           "cues": {"lookedFor": "an offer", "patterns": {"offer": "\\\\brefund\\\\b"}, "match": ["We will refund you."]},
           "refusal": {"lookedFor": "a refusal", "patterns": {"no": "\\\\bno refund\\\\b"}, "match": ["No refund is due."]}},
          {"id": "why", "name": "Reasons", "requirement": "r",
           "cues": {"lookedFor": "because", "patterns": {"because": "\\\\bbecause\\\\b"}, "match": ["because of it"]}}]}
        """;
    assertTrue(refused(json).contains("reasons must name an element listed before this one, not \"why\""), refused(json));
  }

  @Test
  void duplicateElementIdsAreRefused() {
    String element = GOOD.substring(GOOD.indexOf("{\"id\": \"reference\""), GOOD.lastIndexOf("]}"));
    String json = GOOD.replace(element, element + ", " + element);
    assertTrue(refused(json).contains("duplicate element id \"reference\""), refused(json));
  }

  @Test
  void anUnknownShippedNameIsRefusedListingTheShippedOnes() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Profile.named("uk-fca"));
    assertTrue(e.getMessage().contains("uk-fca-disp, ombudsman-generic, foi-uk"), e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> Profile.named("../profiles/uk-fca-disp"));
  }

  @Test
  void nullsThrowNamingTheParameter() {
    assertEquals("json", assertThrows(NullPointerException.class, () -> Profile.load(null)).getMessage());
    assertEquals("id", assertThrows(NullPointerException.class, () -> Profile.named(null)).getMessage());
  }

  @Test
  void shippedProfilesAreLoadedOnce() {
    assertSame(Profile.named("foi-uk"), Profile.named("foi-uk"));
  }
}
