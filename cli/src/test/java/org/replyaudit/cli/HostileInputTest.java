package org.replyaudit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.ByteBuffer;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * The command line against hostile input: each test is one probe of docs/robustness.md, run in
 * process through {@link Main#run}. Probes that need a real process (signals, the locale) are in
 * {@link CliProcessTest}.
 */
class HostileInputTest {
  private static final ObjectMapper JSON = new ObjectMapper();

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

  private Path file(String name, byte[] bytes) throws Exception {
    return Files.write(tmp.resolve(name), bytes);
  }

  /** One line on standard error, no stack trace. */
  private void assertOneLine() {
    List<String> lines = stderr().lines().filter(l -> !l.startsWith("SLF4J")).toList();
    assertEquals(1, lines.size(), stderr());
    assertFalse(stderr().contains("\tat "), stderr());
  }

  private List<JsonNode> outputLines(Path o) throws Exception {
    List<JsonNode> nodes = new ArrayList<>();
    for (String l : Files.readAllLines(o, StandardCharsets.UTF_8)) {
      nodes.add(JSON.readTree(l));
    }
    return nodes;
  }

  private static String pair(String id, String complaint, String reply) throws Exception {
    var o = JSON.createObjectNode();
    o.put("id", id);
    o.put("complaint", complaint);
    o.put("reply", reply);
    return JSON.writeValueAsString(o);
  }

  // 1. A run of '>' overflowed the stack in the quote-marker expression.

  @Test
  void aReplyOfTwoThousandQuoteMarkersIsAnalysed() throws Exception {
    Path c = file("c.txt", "Please refund the fee.");
    for (String reply : List.of(">".repeat(2000), "> ".repeat(3000), ">".repeat(100_000))) {
      Path r = file("r.txt", reply);
      assertEquals(0, Main.run("analyze", "--complaint", c.toString(), "--reply", r.toString(), "--format", "json"), stderr());
    }
    assertFalse(stderr().contains("StackOverflowError"), stderr());
  }

  @Test
  void batchKeepsEveryLineAroundAQuoteMarkerRun() throws Exception {
    Path in = file("in.jsonl", pair("a", "Please refund the fee.", "We refunded it.") + "\n"
        + pair("b", "Please refund the fee.", ">".repeat(2000)) + "\n"
        + pair("c", "Why was I charged?", "Because of a fault.") + "\n");
    Path o = tmp.resolve("out.jsonl");
    assertEquals(0, Main.run("batch", "--quiet", "--in", in.toString(), "--out", o.toString()), stderr());
    List<JsonNode> lines = outputLines(o);
    assertEquals(List.of("a", "b", "c"), lines.stream().map(n -> n.get("id").asText()).toList());
  }

  // 2. A lone surrogate made the UTF-8 writer throw and lose the whole batch.

  @Test
  void loneSurrogatesAnywhereInABatchLineBecomeTheReplacementCharacter() throws Exception {
    Path in = file("in.jsonl", "{\"id\": \"x\\ud800\", \"complaint\": \"Please \\udc00 refund the fee.\","
        + " \"reply\": \"We \\ud800 refunded it.\"}\n" + pair("ok", "Why?", "Because.") + "\n");
    Path o = tmp.resolve("out.jsonl");
    assertEquals(0, Main.run("batch", "--quiet", "--in", in.toString(), "--out", o.toString()), stderr());
    byte[] bytes = Files.readAllBytes(o);
    StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes));
    List<JsonNode> lines = outputLines(o);
    assertEquals("x\uFFFD", lines.get(0).get("id").asText());
    assertTrue(lines.get(0).toString().contains("Please \uFFFD refund"), lines.get(0).toString());
    assertEquals("ok", lines.get(1).get("id").asText());
  }

  // 5. Input was read whole before any check.

  @Test
  void devZeroIsRefusedAtItsFirstByte() {
    Path zero = Path.of("/dev/zero");
    assumeTrue(Files.isReadable(zero), "no /dev/zero here");
    assertEquals(2, Main.run("analyze", "--complaint", zero.toString(), "--reply", zero.toString()));
    assertTrue(stderr().contains("/dev/zero: binary file (NUL byte at offset 0)"), stderr());
    assertOneLine();
  }

  @Test
  void anEndlessInputIsRefusedAfterTheLimitAndOneChunk() {
    AtomicLong read = new AtomicLong();
    InputStream endless = new InputStream() {
      @Override
      public int read() {
        read.incrementAndGet();
        return 'a';
      }

      @Override
      public int read(byte[] b, int off, int len) {
        java.util.Arrays.fill(b, off, off + len, (byte) 'a');
        read.addAndGet(len);
        return len;
      }
    };
    InputException e = assertThrows(InputException.class, () -> TextFiles.read(endless, "fifo", 1_000_000));
    assertTrue(e.getMessage().contains("fifo: over the limit of 1,000,000 chars (raise it with --max-chars)"), e.getMessage());
    assertTrue(read.get() <= 1_000_000 + 2 * 65_536, "read " + read.get() + " bytes");
  }

  @Test
  void aFileOverTheLimitExitsTwoInOneLine() throws Exception {
    Path c = file("c.txt", "a".repeat(5000));
    assertEquals(2, Main.run("analyze", "--complaint", c.toString(), "--reply", c.toString(), "--max-chars", "4000"));
    assertTrue(stderr().contains("c.txt: over the limit of 4,000 chars"), stderr());
    assertOneLine();
  }

  @Test
  void theLimitCountsCharsNotBytesAndNotTheByteOrderMark() throws Exception {
    byte[] text = ("\uFEFF" + "é".repeat(100)).getBytes(StandardCharsets.UTF_8);
    assertEquals("é".repeat(100), TextFiles.read(new ByteArrayInputStream(text), "t", 100));
    assertThrows(InputException.class, () -> TextFiles.read(new ByteArrayInputStream(text), "t", 99));
  }

  @Test
  void invalidUtf8IsReportedAtItsOffsetAcrossChunks() {
    byte[] text = new byte[200_000];
    java.util.Arrays.fill(text, (byte) 'a');
    text[150_000] = (byte) 0xC3;
    text[150_001] = '(';
    InputException e = assertThrows(InputException.class,
        () -> TextFiles.read(new ByteArrayInputStream(text), "t", 1_000_000));
    assertTrue(e.getMessage().endsWith("invalid UTF-8 at byte offset 150000"), e.getMessage());
  }

  @Test
  void aDirectoryIsNamedAsOne() {
    assertEquals(2, Main.run("analyze", "--complaint", tmp.toString(), "--reply", tmp.toString()));
    assertTrue(stderr().contains(": is a directory"), stderr());
    assertEquals(2, Main.run("batch", "--in", tmp.toString(), "--out", tmp.resolve("o.jsonl").toString()));
    assertTrue(stderr().contains(": is a directory; --in takes a JSONL file"), stderr());
  }

  // 6. batch --out replaced whatever was at the path.

  @Test
  void batchOutMustBeARegularFileOrANewPath() throws Exception {
    Path in = file("in.jsonl", pair("a", "Why?", "Because.") + "\n");
    Path devNull = Path.of("/dev/null");
    if (Files.exists(devNull)) {
      assertEquals(2, Main.run("batch", "--in", in.toString(), "--out", devNull.toString()));
      assertTrue(stderr().contains("/dev/null: not a regular file"), stderr());
    }
    assertEquals(2, Main.run("batch", "--in", in.toString(), "--out", tmp.toString()));
    assertTrue(stderr().contains("is a directory; --out takes a file"), stderr());
    assertEquals(2, Main.run("batch", "--in", in.toString(), "--out", in.toString()));
    assertTrue(stderr().contains("is the --in file"), stderr());
    assertEquals(pair("a", "Why?", "Because.") + "\n", Files.readString(in), "the input is untouched");
    assertEquals(2, Main.run("batch", "--in", in.toString(), "--out", tmp.resolve("no/such/dir/o.jsonl").toString()));
    assertTrue(stderr().contains("no such directory"), stderr());
    Path fifo = tmp.resolve("fifo");
    if (mkfifo(fifo)) {
      assertEquals(2, Main.run("batch", "--in", in.toString(), "--out", fifo.toString()));
      assertTrue(Files.exists(fifo) && !Files.isRegularFile(fifo), "the FIFO is left as it was");
    }
    assertFalse(stderr().contains("\tat "), stderr());
    try (var files = Files.list(tmp)) {
      assertFalse(files.anyMatch(f -> f.toString().endsWith(".part")), "no temporary file left");
    }
  }

  @Test
  void batchOutThroughASymbolicLinkReplacesTheFileAndKeepsTheLink() throws Exception {
    Path in = file("in.jsonl", pair("a", "Why?", "Because.") + "\n");
    Path target = file("target.jsonl", "old\n");
    Path link = Files.createSymbolicLink(tmp.resolve("link.jsonl"), target);
    assertEquals(0, Main.run("batch", "--quiet", "--in", in.toString(), "--out", link.toString()), stderr());
    assertTrue(Files.isSymbolicLink(link));
    assertEquals("a", outputLines(target).get(0).get("id").asText());
  }

  @Test
  void analyzeOutInAMissingDirectoryExitsTwoInOneLine() throws Exception {
    Path c = file("c.txt", "Please refund the fee.");
    assertEquals(2, Main.run("analyze", "--complaint", c.toString(), "--reply", c.toString(),
        "--out", tmp.resolve("missing/report.html").toString()));
    assertTrue(stderr().contains("no such directory"), stderr());
    assertOneLine();
  }

  // 7. One emoji cut in half lost the report.

  @Test
  void reportsWithAnEmojiAtTheCutAreWritten() throws Exception {
    for (int at = 150; at < 170; at += 3) {
      Path c = file("c.txt", "Please refund the fee " + "x".repeat(at) + "\uD83D\uDE00\uD83D\uDE00 now.");
      Path r = file("r.txt", "No.");
      for (String format : List.of("text", "html", "markdown", "json")) {
        Path o = tmp.resolve("report-" + at + "." + format);
        assertEquals(0, Main.run("analyze", "--complaint", c.toString(), "--reply", r.toString(),
            "--format", format, "--out", o.toString()), stderr());
        assertTrue(Files.readString(o, StandardCharsets.UTF_8).contains("x\uD83D\uDE00")
            || Files.readString(o, StandardCharsets.UTF_8).contains("x\u2026"), format);
      }
    }
  }

  // 8. Batch input silently dropped or shifted.

  @Test
  void aBatchLineHoldsExactlyOneJsonObject() throws Exception {
    byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    String lines = pair("first", "Why?", "Because.") + "\n"
        + "{\"id\": \"a\", \"complaint\": \"x\", \"reply\": \"y\"}{\"id\": \"b\", \"complaint\": \"x\", \"reply\": \"y\"}\n"
        + "{\"id\": \"t\", \"complaint\": \"x\", \"reply\": \"y\"} trailing\n"
        + "{\"id\": \"cr\", \"complaint\": \"x\",\r\"reply\": \"y\"}\n"
        + "{\"id\": {\"x\": 1}, \"complaint\": \"x\", \"reply\": \"y\"}\n"
        + "{\"id\": [1], \"complaint\": \"x\", \"reply\": \"y\"}\n"
        + "{\"id\": 7, \"complaint\": \"x\", \"reply\": \"y\"}\r\n"
        + "{\"id\": \"s\", \"complaint\": \"x\", \"reply\": 3}\n"
        + "[1, 2]\n"
        + "\n"
        + "{\"id\": \"last\", \"complaint\": \"Why?\", \"reply\": \"Because.\"}";
    ByteArrayOutputStream b = new ByteArrayOutputStream();
    b.write(bom);
    b.write(lines.getBytes(StandardCharsets.UTF_8));
    Path in = file("in.jsonl", b.toByteArray());
    Path o = tmp.resolve("out.jsonl");
    assertEquals(1, Main.run("batch", "--quiet", "--in", in.toString(), "--out", o.toString()));
    List<JsonNode> out = outputLines(o);
    assertEquals(11, out.size(), "one output line per input line; a bare CR splits nothing");
    assertEquals("first", out.get(0).get("id").asText(), "the byte-order mark is not part of line 1");
    assertEquals("more than one JSON value on the line: text after the first value, at column 44",
        out.get(1).get("error").asText());
    assertTrue(out.get(2).get("error").asText().startsWith("more than one JSON value"), out.get(2).toString());
    assertEquals("cr", out.get(3).get("id").asText());
    assertEquals("\"id\" must be a string or a number, not an object", out.get(4).get("error").asText());
    assertEquals("\"id\" must be a string or a number, not an array", out.get(5).get("error").asText());
    assertEquals("7", out.get(6).get("id").asText());
    assertEquals("\"reply\" must be a string, not a number", out.get(7).get("error").asText());
    assertEquals("s", out.get(7).get("id").asText());
    assertEquals("not a JSON object (the line holds an array)", out.get(8).get("error").asText());
    assertEquals("empty line", out.get(9).get("error").asText());
    assertEquals(10, out.get(9).get("line").asInt());
    assertEquals("last", out.get(10).get("id").asText());
  }

  @Test
  void batchErrorsArePlainWordsWithTheColumn() throws Exception {
    Path in = file("in.jsonl", "{not json\n[1,2\n{\"a\": \"\u0001\"}\n{\"a\": NaN}\n");
    Path o = tmp.resolve("out.jsonl");
    assertEquals(1, Main.run("batch", "--quiet", "--in", in.toString(), "--out", o.toString()));
    List<JsonNode> out = outputLines(o);
    assertEquals("malformed JSON at column 2: unexpected character ('n'): was expecting double-quote to start field name",
        out.get(0).get("error").asText());
    assertEquals("malformed JSON: the line ends at column 5 before the JSON value does (an unclosed string, object or array)",
        out.get(1).get("error").asText());
    assertTrue(out.get(2).get("error").asText().contains("control character U+0001"), out.get(2).toString());
    assertEquals("malformed JSON at column 10: non-standard token 'NaN'", out.get(3).get("error").asText());
    String all = Files.readString(o) + stderr();
    for (String internal : List.of("Feature", "com.fasterxml", "REDACTED", "(code ", "JsonNode", "`")) {
      assertFalse(all.contains(internal), internal + " in " + all);
    }
    assertTrue(stderr().contains("batch: line 1: malformed JSON at column 2"), stderr());
  }

  @Test
  void aLineOverTheLimitIsAnErrorLineAndTheRunGoesOn() throws Exception {
    Path in = file("in.jsonl", pair("big", "x".repeat(3000), "y") + "\n" + pair("ok", "Why?", "Because.") + "\n");
    Path o = tmp.resolve("out.jsonl");
    // --max-chars 100 allows lines of 12 * 100 bytes plus 64 KB: make the line longer than that.
    Path big = file("big.jsonl", pair("big", "x".repeat(70_000), "y") + "\n" + pair("ok", "Why?", "Because.") + "\n");
    assertEquals(1, Main.run("batch", "--quiet", "--max-chars", "100", "--in", big.toString(), "--out", o.toString()));
    List<JsonNode> out = outputLines(o);
    assertTrue(out.get(0).get("error").asText().startsWith("line of 70,"), out.get(0).toString());
    assertEquals("ok", out.get(1).get("id").asText());
    // Within the line limit but over --max-chars: the analyzer's own message, in the line's place.
    assertEquals(1, Main.run("batch", "--quiet", "--max-chars", "100", "--in", in.toString(), "--out", o.toString()));
    assertTrue(outputLines(o).get(0).get("error").asText().contains("over the limit of 100"), outputLines(o).get(0).toString());
  }

  @Test
  void binaryDataInABatchStopsItKeepingTheLinesBefore() throws Exception {
    ByteArrayOutputStream b = new ByteArrayOutputStream();
    b.write((pair("a", "Why?", "Because.") + "\n" + pair("b", "Why?", "Because.") + "\n").getBytes(StandardCharsets.UTF_8));
    b.write(new byte[] {'{', 0, 0, 0});
    Path in = file("in.jsonl", b.toByteArray());
    Path o = tmp.resolve("out.jsonl");
    assertEquals(2, Main.run("batch", "--quiet", "--in", in.toString(), "--out", o.toString()));
    assertTrue(stderr().contains("binary data (NUL byte at byte offset"), stderr());
    assertTrue(stderr().contains("line 3"), stderr());
    assertFalse(Files.exists(o), "no output under the final name");
    Path partial = tmp.resolve("out.jsonl.partial");
    assertEquals(List.of("a", "b"), outputLines(partial).stream().map(n -> n.get("id").asText()).toList());
    assertOneLine();
  }

  @Test
  void batchFromDevZeroStopsAtOnce() {
    Path zero = Path.of("/dev/zero");
    assumeTrue(Files.isReadable(zero), "no /dev/zero here");
    assertEquals(2, Main.run("batch", "--quiet", "--in", zero.toString(), "--out", tmp.resolve("o.jsonl").toString()));
    assertTrue(stderr().contains("NUL byte at byte offset 0, line 1"), stderr());
    assertOneLine();
  }

  // The time budget.

  @Test
  void aLineOverTheTimeBudgetBecomesAnErrorLineAndTheRunGoesOn() throws Exception {
    // An analysis that does not return until the test ends and ignores interruption, as a
    // runaway one would (it parks rather than spins, so as not to slow the tests after it).
    java.util.concurrent.atomic.AtomicBoolean released = new java.util.concurrent.atomic.AtomicBoolean();
    BatchLines lines = new BatchLines((id, c, r, names) -> {
      while (c.equals("forever") && !released.get()) {
        java.util.concurrent.locks.LockSupport.parkNanos(1_000_000);
      }
      return "{\"id\":\"" + id + "\"}";
    });
    StringBuilder input = new StringBuilder();
    for (int i = 0; i < 6; i++) {
      input.append(pair("p" + i, i == 2 || i == 4 ? "forever" : "fine", "r")).append('\n');
    }
    Path o = tmp.resolve("out.jsonl");
    BatchOutput output = BatchOutput.open(o, null);
    ByteArrayOutputStream progress = new ByteArrayOutputStream();
    BatchRun.Result r;
    try (BatchInput in = new BatchInput(new ByteArrayInputStream(input.toString().getBytes(StandardCharsets.UTF_8)), "t", 1 << 20)) {
      r = new BatchRun(lines, 2, Duration.ofMillis(200), new PrintStream(progress, true, StandardCharsets.UTF_8), true)
          .run(in, output, () -> -1);
    }
    output.commit();
    released.set(true);
    assertEquals(6, r.lines());
    assertEquals(2, r.timedOut());
    List<JsonNode> out = outputLines(o);
    for (int i = 0; i < 6; i++) {
      assertEquals("p" + i, out.get(i).get("id").asText());
      assertEquals(i == 2 || i == 4, out.get(i).has("error"), out.get(i).toString());
    }
    assertEquals("the analysis took longer than 0.2 s (--line-timeout) and was abandoned", out.get(2).get("error").asText());
  }

  @Test
  void anAnalysisThatThrowsOrRunsOutOfStackOrMemoryGivesAnErrorLine() {
    BatchLines lines = new BatchLines((id, c, r, names) -> {
      switch (c) {
        case "stack" -> throw new StackOverflowError();
        case "memory" -> throw new OutOfMemoryError("Java heap space");
        case "bug" -> throw new IllegalStateException("a bug");
        default -> {
          return "{\"id\":\"" + id + "\"}";
        }
      }
    });
    for (String c : List.of("stack", "memory", "bug")) {
      BatchLines.Output o = lines.process(4, "{\"id\": \"x\", \"complaint\": \"" + c + "\", \"reply\": \"r\"}");
      assertTrue(o.error(), o.json());
      assertTrue(o.json().startsWith("{\"line\":4,\"id\":\"x\",\"error\":"), o.json());
    }
    assertFalse(lines.process(5, "{\"id\": \"y\", \"complaint\": \"fine\", \"reply\": \"r\"}").error());
  }

  @Test
  void badLineTimeoutsAreRefused() throws Exception {
    Path in = file("in.jsonl", pair("a", "Why?", "Because.") + "\n");
    for (String t : List.of("0", "-1", "NaN", "soon")) {
      assertEquals(2, Main.run("batch", "--line-timeout", t, "--in", in.toString(), "--out", tmp.resolve("o").toString()), t);
    }
  }

  // Progress.

  @Test
  void progressShowsDoneOfTotalAndTheTimeLeft() {
    assertEquals("batch: 50/200 lines (25%), 2 failed, 10.0 lines/s, about 15 s left",
        BatchRun.progressLine(50, 2, 200, 5.0));
    assertEquals("batch: 50 lines, 0 failed, 10.0 lines/s", BatchRun.progressLine(50, 0, -1, 5.0));
    assertEquals("12 min 5 s", BatchRun.duration(725));
    assertEquals("3 h 20 min", BatchRun.duration(12_000));
  }

  // The command line itself.

  @Test
  void helpWorksForEveryCommand() {
    assertEquals(0, Main.run("help"));
    assertTrue(stdout().contains("analyze, analyse"), stdout());
    assertEquals(0, Main.run("help", "analyze"));
    assertTrue(stdout().contains("--complaint"), stdout());
    assertEquals(0, Main.run("help", "batch"));
    assertTrue(stdout().contains("--line-timeout"), stdout());
  }

  @Test
  void britishSpellingWorksAndNearMissesGetASuggestion() throws Exception {
    Path c = file("c.txt", "Please refund the fee.");
    assertEquals(0, Main.run("analyse", "--complaint", c.toString(), "--reply", c.toString()));
    assertEquals(2, Main.run("analize", "--complaint", c.toString(), "--reply", c.toString()));
    assertTrue(stderr().contains("Did you mean: replyaudit analyze"), stderr());
    assertEquals(2, Main.run("analyze", "--complaint", c.toString(), "--reply", c.toString(), "--fromat", "json"));
    assertTrue(stderr().contains("Did you mean: --format?"), stderr());
  }

  @Test
  void anEmptyComplaintIsNotApplicable() throws Exception {
    Path c = file("c.txt", "");
    Path r = file("r.txt", "");
    assertEquals(0, Main.run("analyze", "--complaint", c.toString(), "--reply", r.toString(), "--format", "json"));
    assertEquals("not_applicable", JSON.readTree(stdout()).get("verdict").asText());
  }

  @Test
  void optionSuggestionsNeedACloseName() {
    assertEquals(1, Main.editDistance("--fromat", "--format"), "a swap is one edit");
    assertEquals(1, Main.editDistance("--treads", "--threads"));
    assertTrue(Main.editDistance("--colour", "--quiet") > 2, "too far to suggest");
  }

  private static boolean mkfifo(Path p) {
    try {
      return new ProcessBuilder("mkfifo", p.toString()).start().waitFor() == 0;
    } catch (java.io.IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }
}
