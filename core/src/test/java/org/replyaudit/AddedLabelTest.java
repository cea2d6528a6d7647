package org.replyaudit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.replyaudit.report.Report;

/**
 * A label added by data alone, a label file and nothing else, is decided by its cue and appears
 * in the analysis and in every report format, and leaves every other finding as it was.
 */
class AddedLabelTest {
  /** The whole definition of the new label: no code names it. */
  private static final String LABEL_FILE = """
      {"labels": [
        {"id": "legal_threat", "words": "legal threat", "message": "warns of legal action", "fault": true,
         "reportClass": "lb-fault",
         "cue": {"lookedFor": "a warning of legal action",
                 "patterns": {"solicitors": "\\\\bour solicitors\\\\b", "legal action": "\\\\blegal action\\\\b"},
                 "match": ["We have passed this to our solicitors."],
                 "noMatch": ["We have passed this to our complaints team."]}}
      ]}
      """;
  private static final String COMPLAINT = "You charged me twice for my March bill. Please refund the second payment.";
  private static final String THREAT = "Any further correspondence on this matter will be passed to our solicitors.";
  private static final String REPLY = "Thank you for your letter. We have checked your account and the charge is correct. "
      + THREAT;

  private static Label legalThreat;
  private static Analysis with;
  private static Analysis without;

  @BeforeAll
  static void analyse() {
    List<Label> added = Label.load(new ByteArrayInputStream(LABEL_FILE.getBytes(StandardCharsets.UTF_8)));
    legalThreat = added.get(0);
    ReplyAnalyzer.Builder b = ReplyAudit.builder().mode(Mode.LEXICAL);
    without = b.build().analyze(COMPLAINT, REPLY);
    with = b.labels(added).build().analyze(COMPLAINT, REPLY);
  }

  @Test
  void theClaimItsCueFindsCarriesTheFindingWithSpanAndWhy() {
    List<ReplyClaim> labelled = with.claimsLabelled(legalThreat);
    assertEquals(1, labelled.size(), () -> "claims: " + with.replyClaims());
    ReplyClaim c = labelled.get(0);
    assertTrue(THREAT.contains(c.text()), c.text());
    assertEquals(c.text(), c.span().of(REPLY));
    Finding f = c.findings().stream().filter(x -> x.label().equals(legalThreat)).findFirst().orElseThrow();
    assertTrue(f.why().startsWith("warns of legal action (its cue); wording: solicitors (\"our solicitors\")"), f.why());
    assertTrue(legalThreat.isFault());
    // It sorts after the built-in labels, so it is the claim's last finding.
    assertEquals(legalThreat, c.labels().get(c.labels().size() - 1));
  }

  @Test
  void everyOtherFindingIsUnchanged() {
    assertEquals(without.points(), with.points());
    assertEquals(without.replyClaims().size(), with.replyClaims().size());
    for (int j = 0; j < with.replyClaims().size(); j++) {
      List<Finding> others = with.replyClaims().get(j).findings().stream()
          .filter(f -> !f.label().equals(legalThreat)).toList();
      assertEquals(without.replyClaims().get(j).findings(), others);
    }
    assertTrue(without.claimsLabelled(legalThreat).isEmpty());
  }

  @Test
  void appearsInJsonTextMarkdownAndHtml() {
    String json = Report.json(with);
    assertTrue(json.contains("\"legal_threat\""), json);
    assertFalse(Report.json(without).contains("legal_threat"));

    String text = Report.text(with);
    assertTrue(text.contains("legal_threat 1"), text);
    assertTrue(text.contains("legal_threat: warns of legal action"), text);

    String markdown = Report.markdown(with);
    assertTrue(markdown.contains("legal threat 1"), markdown);
    assertTrue(markdown.contains("**legal threat**"), markdown);

    String html = Report.html(with);
    assertTrue(html.contains("data-count-label=\"legal_threat\""), html);
    assertTrue(html.contains("class=\"tag lb-fault\" data-finding=\"legal_threat\""), html);
    assertFalse(Report.html(without).contains("legal_threat"));
  }

  @Test
  void theAnalyzerKeepsItsLabelsInToBuilder() {
    ReplyAnalyzer analyzer = ReplyAudit.builder().mode(Mode.LEXICAL).labels(List.of(legalThreat)).build();
    assertEquals(with, analyzer.toBuilder().build().analyze(COMPLAINT, REPLY));
  }
}
