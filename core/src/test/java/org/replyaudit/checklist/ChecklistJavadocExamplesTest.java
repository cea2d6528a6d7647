package org.replyaudit.checklist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import org.junit.jupiter.api.Test;
import org.replyaudit.ReplyAudit;

/** The input → output examples in the checklist package's javadoc say what the code does. */
class ChecklistJavadocExamplesTest {
  @Test
  void cueSet() {
    CueSet s = Profile.named("uk-fca-disp").element("time_limit").orElseThrow().cues().orElseThrow();
    assertEquals("Optional[six months: \u201Cwithin six months\u201D]", s.find("Please refer it within six months.").toString());
    assertFalse(s.matches("We will call you in six months."));
    assertEquals("we will pay the £60 - we will not charge you again.",
        CueSet.normalise("We\u2019ll pay the £60 \u2014 we won\u2019t\n charge you again."));
  }

  @Test
  void profile() {
    ChecklistItem decision = ReplyAudit.builder().profile(Profile.named("uk-fca-disp")).build()
        .analyze("Please refund the fee.", "I have upheld your complaint.").checklist().orElseThrow()
        .item("decision").orElseThrow();
    assertEquals("present  Decision: found in \u201CI have upheld your complaint.\u201D (upheld: \u201Cupheld your complaint\u201D)",
        decision.status().id() + "  " + decision.name() + ": " + decision.why());
  }
}
