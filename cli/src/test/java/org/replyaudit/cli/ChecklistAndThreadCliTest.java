package org.replyaudit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.replyaudit.ReplyAudit;

/** {@code --profile} on analyze and batch, {@code messages} lines in batch, and {@code thread}. */
class ChecklistAndThreadCliTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String COMPLAINT = "Please refund the £60 late cancellation fee. Please also send an engineer"
      + " to fix my line, which drops out every evening.";
  private static final String REPLY = "Our call records show that you cancelled the visit four days before it, so"
      + " I have upheld your complaint. We have refunded the £60 to your account. If you remain unhappy, you can"
      + " refer your complaint to the Financial Ombudsman Service within six months of the date of this letter.";

  @TempDir Path tmp;
  @RegisterExtension final StandardStreams streams = new StandardStreams();

  private String stdout() {
    return streams.stdout();
  }

  private String stderr() {
    return streams.stderr();
  }

  private Path file(String name, String text) throws Exception {
    return Files.writeString(tmp.resolve(name), text, StandardCharsets.UTF_8);
  }

  @Test
  void analyzeWithAShippedProfileAddsTheChecklist() throws Exception {
    Path c = file("c.txt", COMPLAINT);
    Path r = file("r.txt", REPLY);
    assertEquals(0, Main.run("analyze", "--complaint", c.toString(), "--reply", r.toString(), "--format", "json",
        "--profile", "uk-fca-disp"));
    JsonNode checklist = JSON.readTree(stdout()).get("checklist");
    assertEquals("uk-fca-disp", checklist.get("profile").asText());
    assertEquals(5, checklist.get("items").size());
    assertEquals("present", checklist.get("items").get(0).get("status").asText());
  }

  @Test
  void theDemoAgainstTheGenericProfileFailsOnDecisionAndReasons() {
    assertEquals(0, Main.run("demo", "--profile", "ombudsman-generic"));
    String s = stdout();
    assertTrue(s.contains("Checklist (ombudsman-generic, Good complaint handling (ombudsman principles)): not met"), s);
    assertTrue(s.contains("[ ] absent         Decision"), s);
    assertTrue(s.contains("[ ] absent         Reasons"), s);
  }

  @Test
  void analyzeWithAProfileFileUsesIt() throws Exception {
    Path profile = file("mine.json", """
        {"id": "mine", "name": "Mine", "elements": [{"id": "fos", "name": "FOS", "requirement": "Names the FOS.",
          "cues": {"lookedFor": "the FOS", "patterns": {"fos": "\\\\bfinancial ombudsman\\\\b"},
                   "match": ["the Financial Ombudsman Service"]}}]}
        """);
    Path c = file("c.txt", COMPLAINT);
    Path r = file("r.txt", REPLY);
    assertEquals(0, Main.run("analyze", "--complaint", c.toString(), "--reply", r.toString(), "--profile", profile.toString()));
    assertTrue(stdout().contains("Checklist (mine, Mine): met: 1 of 1 elements present"), stdout());
  }

  @Test
  void anUnknownOrBadProfileExitsTwoSayingWhy() throws Exception {
    Path c = file("c.txt", COMPLAINT);
    Path r = file("r.txt", REPLY);
    assertEquals(2, Main.run("analyze", "--complaint", c.toString(), "--reply", r.toString(), "--profile", "uk-fca"));
    assertTrue(stderr().contains("no shipped profile \"uk-fca\" (the shipped ones are uk-fca-disp, ombudsman-generic, foi-uk)"),
        stderr());
    Path bad = file("bad.json", "{\"id\": \"x\", \"name\": \"x\", \"elements\": [], \"extra\": 1}");
    assertEquals(2, Main.run("analyze", "--complaint", c.toString(), "--reply", r.toString(), "--profile", bad.toString()));
    assertTrue(stderr().contains("bad.json: bad profile: "), stderr());
  }

  @Test
  void batchTakesPairsAndThreadsLineByLineWithAProfile() throws Exception {
    String pair = JSON.writeValueAsString(java.util.Map.of("id", "p1", "complaint", COMPLAINT, "reply", REPLY));
    String thread = JSON.writeValueAsString(java.util.Map.of("id", "t1", "messages", List.of(
        java.util.Map.of("from", "complainant", "text", COMPLAINT),
        java.util.Map.of("from", "respondent", "text", "Thank you for your email; we will reply within 10 days."),
        java.util.Map.of("from", "respondent", "text", REPLY))));
    String both = "{\"id\":\"b\",\"complaint\":\"x\",\"reply\":\"y\",\"messages\":[]}";
    String badFrom = "{\"id\":\"f\",\"messages\":[{\"from\":\"customer\",\"text\":\"x\"}]}";
    Path in = file("in.jsonl", String.join("\n", pair, thread, both, badFrom) + "\n");
    Path outFile = tmp.resolve("out.jsonl");
    assertEquals(1, Main.run("batch", "--in", in.toString(), "--out", outFile.toString(), "--quiet",
        "--profile", "ombudsman-generic"));
    List<String> lines = Files.readAllLines(outFile, StandardCharsets.UTF_8);
    assertEquals(4, lines.size());
    assertEquals("ombudsman-generic", JSON.readTree(lines.get(0)).get("checklist").get("profile").asText());
    JsonNode t = JSON.readTree(lines.get(1));
    assertEquals("t1", t.get("id").asText());
    assertEquals(2, t.get("rounds").size());
    assertEquals("ombudsman-generic", t.get("rounds").get(1).get("checklist").get("profile").asText());
    assertEquals(1, t.get("open").size(), t.toString());
    assertTrue(JSON.readTree(lines.get(2)).get("error").asText().contains("not both"), lines.get(2));
    assertTrue(JSON.readTree(lines.get(3)).get("error").asText().contains("messages[0]"), lines.get(3));
  }

  @Test
  void batchWithoutAProfileWritesWhatTheLibraryWrites() throws Exception {
    Path in = file("in.jsonl", JSON.writeValueAsString(java.util.Map.of("id", "p1", "complaint", COMPLAINT,
        "reply", REPLY)) + "\n");
    Path outFile = tmp.resolve("out.jsonl");
    assertEquals(0, Main.run("batch", "--in", in.toString(), "--out", outFile.toString(), "--quiet"));
    String line = Files.readAllLines(outFile, StandardCharsets.UTF_8).get(0);
    assertEquals(org.replyaudit.report.AnalysisJson.toJsonLine("p1", ReplyAudit.analyze(COMPLAINT, REPLY)), line);
    assertFalse(line.contains("checklist"));
  }

  @Test
  void threadReportsWhatIsStillOpenAndDraftsTheNextLetter() throws Exception {
    Path in = file("thread.json", JSON.writeValueAsString(java.util.Map.of("messages", List.of(
        java.util.Map.of("from", "complainant", "text", COMPLAINT),
        java.util.Map.of("from", "respondent", "text", REPLY)))));
    assertEquals(0, Main.run("thread", "--in", in.toString()));
    String text = stdout();
    assertTrue(text.contains("Still open after the last reply:"), text);
    assertTrue(text.contains("Please also send an engineer"), text);
    assertTrue(text.contains("Next follow-up letter (draft):"), text);
    streams.resetStdout();
    assertEquals(0, Main.run("thread", "--in", in.toString(), "--format", "json"));
    assertEquals(1, JSON.readTree(stdout()).get("rounds").size());
  }

  @Test
  void threadRefusesBadInputWithStatusTwo() throws Exception {
    Path in = file("thread.json", "{\"messages\": [{\"from\": \"respondent\", \"text\": \"Hello\"}]}");
    assertEquals(2, Main.run("thread", "--in", in.toString()));
    assertTrue(stderr().contains("messages[0] must be the complainant's"), stderr());
    Path ok = file("ok.json", "{\"messages\": [{\"from\": \"complainant\", \"text\": \"Please call me.\"}]}");
    assertEquals(2, Main.run("thread", "--in", ok.toString(), "--format", "html"));
    assertTrue(stderr().contains("--format html is not available for threads"), stderr());
    Path broken = file("broken.json", "{\"messages\": [");
    assertEquals(2, Main.run("thread", "--in", broken.toString()));
    assertTrue(stderr().contains("malformed JSON"), stderr());
  }
}
