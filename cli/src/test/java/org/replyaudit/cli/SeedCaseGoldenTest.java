package org.replyaudit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.replyaudit.SharedData;
import org.replyaudit.Span;

/**
 * The reference case, run through {@code batch} exactly as a user would, checked against the
 * findings its annotation requires. Reads {@code ../shared/cases/seed.jsonl}.
 */
class SeedCaseGoldenTest {
  private static JsonNode gold;
  private static JsonNode out;

  @BeforeAll
  static void analyse(@TempDir Path tmp) throws Exception {
    Path seed = SharedData.require("cases/seed.jsonl");
    Path result = tmp.resolve("seed.out.jsonl");
    assertEquals(0, Main.run("batch", "--quiet", "--in", seed.toString(), "--out", result.toString()));
    ObjectMapper m = new ObjectMapper();
    gold = m.readTree(Files.readAllLines(seed).get(0));
    List<String> lines = Files.readAllLines(result);
    assertEquals(1, lines.size());
    out = m.readTree(lines.get(0));
  }

  @Test
  void everyRequestIsUnanswered() {
    assertKindUnanswered("request");
  }

  @Test
  @Disabled("the shipped models take the clause \"operates in the name of the Labour Party without the party's"
      + " permission\" for background: docs/accuracy.md, \"The reference case\"")
  void everyAllegationIsUnanswered() {
    assertKindUnanswered("allegation");
  }

  private static void assertKindUnanswered(String wanted) {
    String complaint = gold.get("complaint").asText();
    int checked = 0;
    for (JsonNode p : gold.at("/gold/points")) {
      if (p.get("kind").asText().equals(wanted)) {
        Span g = span(complaint, p.get("quote").asText());
        assertTrue(points("unanswered").stream().anyMatch(s -> matches(s, g)),
            () -> "should be unanswered: " + p.get("quote").asText());
        checked++;
      }
    }
    assertTrue(checked > 0, "the seed has gold points of kind " + wanted);
  }

  @Test
  void atMostOneOtherComplaintSentenceIsFlagged() {
    String complaint = gold.get("complaint").asText();
    List<Span> golds = new ArrayList<>();
    for (JsonNode p : gold.at("/gold/points")) {
      if (!p.get("kind").asText().equals("context")) {
        golds.add(span(complaint, p.get("quote").asText()));
      }
    }
    long others = points("unanswered").stream().filter(s -> golds.stream().noneMatch(g -> matches(s, g))).count();
    assertTrue(others <= 1, "wrongly flagged: " + others);
  }

  @Test
  void theOnlyUnsolicitedDenialIsTheDataDenial() {
    List<String> denials = findings("unsolicited_denial");
    assertEquals(1, denials.size(), denials.toString());
    assertTrue(denials.get(0).contains("we would never provide third parties"));
  }

  @Test
  @Disabled("the shipped models find neither restatement: docs/accuracy.md, \"The reference case\"")
  void bothSeparateOrganisationSentencesAreRestatements() {
    List<String> r = findings("restatement");
    assertTrue(r.stream().anyMatch(t -> t.contains("completely separate organisation")), r.toString());
    assertTrue(r.stream().anyMatch(t -> t.contains("not affiliated to the party")), r.toString());
  }

  @Test
  void concernsAboutTheirDataIsRedirection() {
    assertTrue(findings("redirection").stream().anyMatch(t -> t.startsWith("If you have concerns about how they have obtained your data")));
  }

  @Test
  @Disabled("semantic mode, the command line's default, misses this misread premise (lexical mode finds it):"
      + " docs/accuracy.md, \"The reference case\"")
  void concernsAboutTheirDataIsMisreadPremise() {
    assertTrue(findings("misread_premise").stream().anyMatch(t -> t.startsWith("If you have concerns about how they have obtained your data")));
  }

  @Test
  void theIcoSentenceIsRedirection() {
    assertTrue(findings("redirection").stream().anyMatch(t -> t.contains("raising a complaint with the ICO")));
  }

  @Test
  @Disabled("the shipped models miss this boilerplate: docs/accuracy.md, \"The reference case\"")
  void takingResponsibilitiesSeriouslyIsBoilerplate() {
    assertTrue(findings("boilerplate").stream().anyMatch(t -> t.contains("takes its responsibilities in handling sensitive data extremely seriously")));
  }

  @Test
  void spansPointIntoTheOriginalTexts() {
    String complaint = gold.get("complaint").asText();
    String reply = gold.get("reply").asText();
    for (JsonNode p : out.get("points")) {
      assertEquals(p.get("text").asText(), complaint.substring(p.get("start").asInt(), p.get("end").asInt()));
    }
    for (JsonNode f : out.get("replyFindings")) {
      assertEquals(f.get("text").asText(), reply.substring(f.get("start").asInt(), f.get("end").asInt()));
    }
  }

  private static List<Span> points(String status) {
    List<Span> spans = new ArrayList<>();
    for (JsonNode p : out.get("points")) {
      if (p.get("status").asText().equals(status)) {
        spans.add(new Span(p.get("start").asInt(), p.get("end").asInt()));
      }
    }
    return spans;
  }

  private static List<String> findings(String label) {
    List<String> texts = new ArrayList<>();
    for (JsonNode f : out.get("replyFindings")) {
      for (JsonNode l : f.get("labels")) {
        if (l.asText().equals(label)) {
          texts.add(f.get("text").asText());
        }
      }
    }
    return texts;
  }

  static Span span(String text, String quote) {
    int i = text.indexOf(quote);
    assertTrue(i >= 0, quote);
    return new Span(i, i + quote.length());
  }

  /** The schema's rule: spans match when they overlap by at least half the shorter one. */
  static boolean matches(Span a, Span b) {
    int overlap = a.overlap(b);
    return overlap > 0 && 2 * overlap >= Math.min(a.length(), b.length());
  }
}
