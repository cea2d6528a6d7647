package org.replyaudit.internal.cues;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.replyaudit.Label;

/** The label definitions file is complete and says one consistent thing about each label. */
class LabelDefinitionsTest {
  @Test
  void everyLabelIsDefinedOnceWithWordsAndAMessage() {
    List<LabelDefinitions.Definition> all = LabelDefinitions.all();
    assertEquals(Set.of(Label.values()), all.stream().map(LabelDefinitions.Definition::label).collect(Collectors.toSet()));
    assertEquals(Label.values().length, all.size());
    for (LabelDefinitions.Definition d : all) {
      assertFalse(d.words().isBlank(), d.label().id());
      assertFalse(d.message().isBlank(), d.label().id());
      assertEquals(d.label().isFault(), d.fault(), d.label().id());
    }
  }

  @Test
  void faultsAndOnlyFaultsAreColouredAsFaults() {
    for (LabelDefinitions.Definition d : LabelDefinitions.all()) {
      assertEquals(d.fault(), d.reportClass().equals("lb-fault"), d.label().id());
      // Only an evasion is judged against what the complaint said, so only one quotes it.
      assertTrue(!d.quotesClosestComplaint() || d.fault(), d.label().id());
    }
  }

  @Test
  void aDefinitionWithAnUnknownColourOrAMissingFieldIsRefused() {
    Map<String, Object> good = Map.of("id", "apology", "words", "apology", "message", "apologises", "fault", false,
        "reportClass", "lb-courtesy", "quotesClosestComplaint", false, "pointsToComplaint", false);
    assertEquals(Label.APOLOGY, LabelDefinitions.parse(Map.of("labels", List.of(good))).get(0).label());
    Map<String, Object> badColour = new java.util.HashMap<>(good);
    badColour.put("reportClass", "lb-purple");
    assertThrows(IllegalArgumentException.class, () -> LabelDefinitions.parse(Map.of("labels", List.of(badColour))));
    Map<String, Object> noMessage = new java.util.HashMap<>(good);
    noMessage.remove("message");
    assertThrows(IllegalArgumentException.class, () -> LabelDefinitions.parse(Map.of("labels", List.of(noMessage))));
  }
}
