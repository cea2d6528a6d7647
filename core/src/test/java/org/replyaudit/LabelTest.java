package org.replyaudit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The built-in label file is complete and consistent; a label file with a mistake is refused, saying which. */
class LabelTest {
  private static List<Label> load(String json) {
    return Label.load(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
  }

  private static String file(String entry) {
    return "{\"labels\": [" + entry + "]}";
  }

  private static final String GOOD = "{\"id\": \"legal_threat\", \"words\": \"legal threat\", \"message\": \"warns of legal action\","
      + " \"fault\": true, \"reportClass\": \"lb-fault\", \"cue\": {\"lookedFor\": \"a warning\","
      + " \"patterns\": {\"solicitors\": \"our solicitors\"},"
      + " \"match\": [\"Passed to OUR SOLICITORS.\"], \"noMatch\": [\"Passed to our team.\"]}}";

  @Test
  void theBuiltInLabelsAreTheNineTheModelsDecideInReportOrder() {
    assertEquals("answer commitment apology courtesy unsolicited_denial misread_premise restatement redirection boilerplate",
        Arrays.stream(Label.values()).map(Label::id).collect(Collectors.joining(" ")));
    for (Label l : Label.values()) {
      assertFalse(l.words().isBlank(), l.id());
      assertFalse(l.message().isBlank(), l.id());
      assertTrue(l.cue().isEmpty(), l.id());
      assertEquals(l, Label.fromId(l.name()));
      // Faults, and only faults, are coloured as faults; only an evasion is judged against what
      // the complaint said, so only one quotes it.
      assertEquals(l.isFault(), l.reportClass().equals("lb-fault"), l.id());
      assertTrue(!l.quotesClosestComplaint() || l.isFault(), l.id());
    }
    assertEquals(Label.REDIRECTION, Label.fromId("redirection"));
    assertThrows(IllegalArgumentException.class, () -> Label.fromId("legal_threat"));
  }

  @Test
  void aLabelFileAddsLabelsThatSortAfterTheBuiltInOnes() {
    Label l = load(file(GOOD)).get(0);
    assertEquals("legal_threat", l.id());
    assertEquals("LEGAL_THREAT", l.name());
    assertTrue(l.isFault());
    assertFalse(l.pointsToComplaint());
    assertTrue(l.cue().orElseThrow().matches("passed to Our Solicitors"), "a cue ignores case");
    for (Label b : Label.values()) {
      assertTrue(b.compareTo(l) < 0, b.id());
    }
    assertEquals(l, load(file(GOOD)).get(0));
  }

  @Test
  void aLabelFileWithAMistakeIsRefusedNamingTheLabelAndTheMistake() {
    String[][] cases = {
        {GOOD.replace("\"legal_threat\"", "\"redirection\""), "redirection: a built-in label has this id"},
        {GOOD + ", " + GOOD, "legal_threat: defined twice"},
        {GOOD.replace("\"lb-fault\"", "\"lb-purple\""), "legal_threat: reportClass must be one of"},
        {GOOD.replace("\"message\": \"warns of legal action\",", ""), "legal_threat: message is missing"},
        {GOOD.replace("\"legal_threat\"", "\"Legal Threat\""), "Legal Threat: an id is lower-case"},
        {GOOD.substring(0, GOOD.indexOf(", \"cue\"")) + "}", "legal_threat: an added label needs a \"cue\""},
        {GOOD.replace("\"our solicitors\"", "\"our (solicitors\""), "legal_threat.cue.patterns.\"solicitors\" is not a valid regular expression"},
        {GOOD.replace("Passed to OUR SOLICITORS.", "Passed to our lawyers."), "legal_threat.cue.match[0]: no pattern matches this example"},
        {GOOD.replace("Passed to our team.", "Sent to our solicitors today."), "legal_threat.cue.noMatch[0]: pattern solicitors"},
        {GOOD.replace("\"fault\": true", "\"fault\": \"yes\""), "legal_threat: fault must be true or false"},
        {GOOD.replace("\"fault\": true", "\"fault\": true, \"colour\": \"red\""), "legal_threat: unknown field \"colour\""},
    };
    for (String[] c : cases) {
      IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> load(file(c[0])), c[1]);
      assertTrue(e.getMessage().startsWith(c[1]), () -> c[1] + " vs " + e.getMessage());
    }
    assertThrows(IllegalArgumentException.class, () -> load("{\"labels\": 3}"));
    assertThrows(NullPointerException.class, () -> Label.load(null));
  }

  @Test
  void theBuilderTakesOnlyLabelsWithACue() {
    ReplyAnalyzer.Builder b = ReplyAudit.builder();
    assertThrows(IllegalArgumentException.class, () -> b.labels(List.of(Label.APOLOGY)));
    Label added = load(file(GOOD)).get(0);
    assertThrows(IllegalArgumentException.class, () -> b.labels(List.of(added, added)));
    assertThrows(NullPointerException.class, () -> b.labels(null));
  }
}
