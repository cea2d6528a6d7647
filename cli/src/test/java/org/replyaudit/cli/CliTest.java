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

class CliTest {
  @TempDir Path tmp;
  @RegisterExtension final StandardStreams streams = new StandardStreams();

  private String stderr() {
    return streams.stderr();
  }

  private Path file(String name, byte[] bytes) throws Exception {
    Path p = tmp.resolve(name);
    Files.write(p, bytes);
    return p;
  }

  private Path file(String name, String text) throws Exception {
    return file(name, text.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void demoPrintsTheReferenceCaseReport() {
    assertEquals(0, Main.run("demo"));
    String s = streams.stdout();
    assertTrue(s.contains("Verdict: \u2717 UNANSWERED"), s);
    assertTrue(s.contains("unsolicited_denial"), s);
  }

  @Test
  void analyzeWritesJson() throws Exception {
    Path c = file("c.txt", "Please refund my £40 deposit.");
    Path r = file("r.txt", "We have refunded your £40 deposit.");
    assertEquals(0, Main.run("analyze", "--complaint", c.toString(), "--reply", r.toString(), "--format", "json"));
    JsonNode j = new ObjectMapper().readTree(streams.stdout());
    assertEquals("answered", j.get("verdict").asText());
  }

  @Test
  void jsonNamesWhatTheReplyQuotesAndWhere() throws Exception {
    Path c = file("c.txt", "Please refund my £40 deposit for the cancelled booking.");
    Path r = file("r.txt", "> Please refund my £40 deposit for the cancelled booking.\n\nIt was refunded today.");
    assertEquals(0, Main.run("analyze", "--complaint", c.toString(), "--reply", r.toString(), "--format", "json"));
    JsonNode q = new ObjectMapper().readTree(streams.stdout()).get("quotes").get(0);
    assertEquals(2, q.get("start").asInt());
    assertEquals("Please refund my £40 deposit for the cancelled booking.", q.get("text").asText());
    assertEquals(0, q.get("source").get(0).get("start").asInt());
    assertEquals(1.0, q.get("source").get(0).get("score").asDouble());
  }

  @Test
  void theExampleLabelFileAddsItsLabelToTheReport() throws Exception {
    // The label file examples/labels/ ships, used as its "about" says.
    Path labels = Path.of("..", "examples", "labels", "legal-threat.json");
    Path c = file("c.txt", "You charged me twice in March. Please refund the second payment.");
    Path r = file("r.txt", "The charge is correct. Further letters will be passed to our solicitors.");
    assertEquals(0, Main.run("analyze", "--mode", "lexical", "--labels", labels.toString(), "--complaint", c.toString(),
        "--reply", r.toString(), "--format", "json"));
    assertTrue(streams.stdout().contains("\"legal_threat\""), streams.stdout());
    streams.resetStdout();
    assertEquals(0, Main.run("analyze", "--mode", "lexical", "--complaint", c.toString(), "--reply", r.toString(),
        "--format", "json"));
    assertFalse(streams.stdout().contains("legal_threat"));
  }

  @Test
  void aBadLabelFileExitsTwoInOneLineNamingTheFileAndTheMistake() throws Exception {
    Path bad = file("labels.json", "{\"labels\": [{\"id\": \"redirection\", \"words\": \"r\", \"message\": \"m\","
        + " \"fault\": true, \"reportClass\": \"lb-fault\", \"cue\": {\"lookedFor\": \"x\", \"patterns\": {\"x\": \"x\"}, \"match\": [\"x\"]}}]}");
    assertEquals(2, Main.run("demo", "--labels", bad.toString()));
    assertTrue(stderr().contains("label file " + bad + ": redirection: a built-in label has this id"), stderr());
    assertEquals(2, Main.run("demo", "--labels", tmp.resolve("none.json").toString()));
    assertTrue(stderr().contains("cannot read the label file " + tmp.resolve("none.json")), stderr());
    assertEquals(2, stderr().strip().lines().count(), stderr());
  }

  @Test
  void aBadModeOrModelSetExitsTwoInOneLine() throws Exception {
    assertEquals(2, Main.run("demo", "--mode", "fast"));
    assertTrue(stderr().contains("--mode must be semantic or lexical, not 'fast'"), stderr());
    assertEquals(2, Main.run("demo", "--models", tmp.toString()));
    assertTrue(stderr().contains("no model-set.properties in " + tmp), stderr());
    Path lexical = tmp.resolve("lexical");
    org.replyaudit.models.ModelSet.shipped("lexical").write(lexical);
    assertEquals(2, Main.run("demo", "--models", lexical.toString(), "--mode", "semantic"));
    assertTrue(stderr().contains("model set lexical reads no encoder (lexical mode), but the analyzer is in semantic mode"),
        stderr());
    assertEquals(3, stderr().strip().lines().count(), stderr());
  }

  @Test
  void missingFileExitsTwoNamingIt() {
    assertEquals(2, Main.run("analyze", "--complaint", tmp.resolve("nope.txt").toString(), "--reply", "x"));
    assertTrue(stderr().contains("nope.txt: no such file"), stderr());
  }

  @Test
  void binaryFileExitsTwo() throws Exception {
    Path c = file("c.bin", new byte[] {'h', 'i', 0, 1, 2});
    Path r = file("r.txt", "ok");
    assertEquals(2, Main.run("analyze", "--complaint", c.toString(), "--reply", r.toString()));
    assertTrue(stderr().contains("binary file (NUL byte at offset 2)"), stderr());
  }

  @Test
  void invalidUtf8ExitsTwoWithTheByteOffset() throws Exception {
    Path c = file("c.txt", new byte[] {'a', 'b', 'c', (byte) 0xC3, '(', 'x'});
    Path r = file("r.txt", "ok");
    assertEquals(2, Main.run("analyze", "--complaint", c.toString(), "--reply", r.toString()));
    assertTrue(stderr().contains("invalid UTF-8 at byte offset 3"), stderr());
  }

  @Test
  void batchWritesAnErrorLineInPlaceOfABadLineAndExitsOne() throws Exception {
    Path in = file("in.jsonl", String.join("\n",
        "{\"id\": \"a\", \"complaint\": \"Please refund me.\", \"reply\": \"We refunded you.\"}",
        "{not json",
        "{\"id\": \"c\", \"complaint\": \"Hello\"}",
        "{\"id\": \"d\", \"complaint\": \"Why?\", \"reply\": \"Because.\"}") + "\n");
    Path o = tmp.resolve("out.jsonl");
    assertEquals(1, Main.run("batch", "--quiet", "--in", in.toString(), "--out", o.toString()));
    List<String> lines = Files.readAllLines(o);
    assertEquals(4, lines.size());
    ObjectMapper m = new ObjectMapper();
    assertEquals("a", m.readTree(lines.get(0)).get("id").asText());
    assertEquals(2, m.readTree(lines.get(1)).get("line").asInt());
    assertTrue(m.readTree(lines.get(1)).get("error").asText().startsWith("malformed JSON"));
    JsonNode missing = m.readTree(lines.get(2));
    assertEquals("c", missing.get("id").asText());
    assertTrue(missing.get("error").asText().contains("reply"), missing.toString());
    assertEquals("d", m.readTree(lines.get(3)).get("id").asText());
    assertTrue(stderr().contains("1 failed") || stderr().contains("2 failed"), stderr());
  }

  @Test
  void batchKeepsOrderWithManyThreads() throws Exception {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < 40; i++) {
      b.append("{\"id\": \"").append(i).append("\", \"complaint\": \"Please refund fee ").append(i)
          .append(".\", \"reply\": \"No.\"}\n");
    }
    Path in = file("in.jsonl", b.toString());
    Path o = tmp.resolve("out.jsonl");
    assertEquals(0, Main.run("batch", "--quiet", "--threads", "4", "--in", in.toString(), "--out", o.toString()));
    List<String> lines = Files.readAllLines(o);
    ObjectMapper m = new ObjectMapper();
    for (int i = 0; i < 40; i++) {
      assertEquals(String.valueOf(i), m.readTree(lines.get(i)).get("id").asText());
    }
  }

  @Test
  void batchLeavesNoPartialFileBehind() throws Exception {
    Path in = file("in.jsonl", "{\"id\": \"a\", \"complaint\": \"x\", \"reply\": \"y\"}\n");
    Path o = tmp.resolve("out.jsonl");
    Main.run("batch", "--quiet", "--in", in.toString(), "--out", o.toString());
    try (var files = Files.list(tmp)) {
      assertFalse(files.anyMatch(f -> f.getFileName().toString().endsWith(".part")));
    }
  }

  @Test
  void badThreadCountExitsTwo() throws Exception {
    Path in = file("in.jsonl", "");
    assertEquals(2, Main.run("batch", "--threads", "0", "--in", in.toString(), "--out", tmp.resolve("o").toString()));
    assertTrue(stderr().contains("--threads"), stderr());
  }

  @Test
  void analyzeWritesAnHtmlReportToTheOutFile() throws Exception {
    Path c = file("c.txt", "Please refund my <b>£40</b> deposit.");
    Path r = file("r.txt", "We have refunded your £40 deposit.");
    Path o = tmp.resolve("report.html");
    assertEquals(0, Main.run("analyze", "--complaint", c.toString(), "--reply", r.toString(),
        "--format", "html", "--out", o.toString()));
    String html = Files.readString(o);
    assertTrue(html.startsWith("<!DOCTYPE html>"), html);
    assertTrue(html.contains("Please refund my &lt;b&gt;£40&lt;/b&gt; deposit."), html);
    assertEquals("", streams.stdout(), "nothing on standard output");
  }

  @Test
  void demoPrintsAMarkdownReportWithTheUnansweredPoints() {
    assertEquals(0, Main.run("demo", "--format", "markdown"));
    String s = streams.stdout();
    assertTrue(s.contains("## You did not answer\n\n"), s);
    assertTrue(s.contains("\n- I ask that the party members involved in LAAS"), s);
    assertTrue(s.contains("## Follow-up questions"), s);
  }

  @Test
  void textReportToAPipeHasNoColour() throws Exception {
    Path c = file("c.txt", "Please refund my deposit.");
    Path r = file("r.txt", "No.");
    assertEquals(0, Main.run("analyze", "--complaint", c.toString(), "--reply", r.toString()));
    assertFalse(streams.stdout().contains("\u001B["));
  }

  @Test
  void unknownFormatExitsTwo() {
    assertEquals(2, Main.run("demo", "--format", "pdf"));
    assertTrue(stderr().contains("pdf"), stderr());
  }
}
