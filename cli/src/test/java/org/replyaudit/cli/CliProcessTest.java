package org.replyaudit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The command line as a separate process, for what only a process shows: the encoding of
 * standard output under another locale, and what a signal or {@code kill -9} leaves on disk.
 */
class CliProcessTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path tmp;

  private static ProcessBuilder cli(Map<String, String> env, String... args) {
    return cli(List.of(), env, args);
  }

  private static ProcessBuilder cli(List<String> jvm, Map<String, String> env, String... args) {
    List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
    cmd.addAll(jvm);
    cmd.addAll(List.of("-cp", System.getProperty("java.class.path"), Main.class.getName()));
    cmd.addAll(List.of(args));
    ProcessBuilder pb = new ProcessBuilder(cmd);
    pb.environment().putAll(env);
    return pb;
  }

  @Test
  void standardOutputIsUtf8UnderTheCLocale() throws Exception {
    Path c = Files.writeString(tmp.resolve("c.txt"), "Please refund my £40 deposit, café owner.", StandardCharsets.UTF_8);
    Path r = Files.writeString(tmp.resolve("r.txt"), "We refunded the £40 — sorry.", StandardCharsets.UTF_8);
    Path stdout = tmp.resolve("stdout");
    Process p = cli(Map.of("LANG", "C", "LC_ALL", "C"), "analyze", "--complaint", c.toString(), "--reply", r.toString(),
        "--format", "json").redirectOutput(stdout.toFile()).redirectError(tmp.resolve("stderr").toFile()).start();
    assertTrue(p.waitFor(120, TimeUnit.SECONDS));
    assertEquals(0, p.exitValue(), Files.readString(tmp.resolve("stderr")));
    String json = Files.readString(stdout, StandardCharsets.UTF_8);
    assertTrue(json.contains("£40 deposit, café owner."), json);
    assertFalse(json.contains("?40"), json);
  }

  @Test
  void runningOutOfMemoryIsOneLineAndExitTwo() throws Exception {
    StringBuilder b = new StringBuilder();
    java.util.Random rnd = new java.util.Random(1);
    String[] words = {"refund", "charge", "fee", "why", "please", "account", "staff", "rude", "phone", "letter"};
    while (b.length() < 1_900_000) {
      b.append(words[rnd.nextInt(words.length)]).append(rnd.nextInt(10) == 0 ? ". " : " ");
    }
    Path big = Files.writeString(tmp.resolve("big.txt"), b);
    Process p = cli(List.of("-Xmx48m"), Map.of(), "analyze", "--complaint", big.toString(), "--reply", big.toString(),
        "--format", "json").redirectOutput(tmp.resolve("stdout").toFile()).redirectError(tmp.resolve("stderr").toFile()).start();
    assertTrue(p.waitFor(300, TimeUnit.SECONDS));
    String stderr = Files.readString(tmp.resolve("stderr"));
    assertEquals(2, p.exitValue(), stderr);
    assertEquals(List.of("replyaudit: out of memory; give Java more heap (java -Xmx4g -jar …) or lower --max-chars"),
        stderr.lines().filter(l -> !l.startsWith("SLF4J")).toList());
  }

  /** A batch of {@code n} small lines: long enough to stop half way. */
  private Path manyLines(int n) throws IOException {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < n; i++) {
      b.append("{\"id\": \"").append(i).append("\", \"complaint\": \"Please refund fee number ").append(i)
          .append(". Why was I charged twice for the same month? Your staff were rude to me on the phone.\","
              + " \"reply\": \"We are sorry. We have refunded the fee and spoken to the team.\"}\n");
    }
    return Files.writeString(tmp.resolve("in.jsonl"), b.toString());
  }

  /** Starts a batch and returns once its temporary file holds a line. */
  private Process startBatch(Path in, Path out) throws Exception {
    Process p = cli(Map.of(), "batch", "--in", in.toString(), "--out", out.toString())
        .redirectOutput(tmp.resolve("stdout").toFile()).redirectError(tmp.resolve("stderr").toFile()).start();
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
    while (System.nanoTime() < deadline && p.isAlive()) {
      try (var files = Files.list(tmp)) {
        for (Path f : files.filter(f -> f.toString().endsWith(".part")).toList()) {
          if (Files.size(f) > 0) {
            return p;
          }
        }
      }
      Thread.sleep(50);
    }
    throw new AssertionError("the batch wrote nothing: " + Files.readString(tmp.resolve("stderr")));
  }

  private List<String> parts() throws IOException {
    try (var files = Files.list(tmp)) {
      return files.map(f -> f.getFileName().toString()).filter(f -> f.endsWith(".part")).toList();
    }
  }

  @Test
  void sigtermKeepsTheLinesWrittenAndLeavesNoPartFile() throws Exception {
    Path in = manyLines(5000);
    Path out = tmp.resolve("out.jsonl");
    Process p = startBatch(in, out);
    p.destroy(); // SIGTERM
    assertTrue(p.waitFor(60, TimeUnit.SECONDS));
    String stderr = Files.readString(tmp.resolve("stderr"));
    assertEquals(List.of(), parts(), stderr);
    assertFalse(Files.exists(out), "no output under the final name");
    Path partial = tmp.resolve("out.jsonl.partial");
    List<String> lines = Files.readAllLines(partial);
    assertFalse(lines.isEmpty());
    for (int i = 0; i < lines.size(); i++) {
      assertEquals(String.valueOf(i), JSON.readTree(lines.get(i)).get("id").asText(), "complete lines, in order");
    }
    assertTrue(stderr.contains("batch stopped (interrupted); the " + lines.size() + " line(s) written before it are in "),
        stderr);
    assertFalse(stderr.contains("\tat "), stderr);
  }

  @Test
  void killNineLeavesTheLinesAnalysedSoFarInThePartFile() throws Exception {
    Path in = manyLines(5000);
    Process p = startBatch(in, tmp.resolve("out.jsonl"));
    p.destroyForcibly(); // SIGKILL: no hook runs
    assertTrue(p.waitFor(60, TimeUnit.SECONDS));
    List<String> parts = parts();
    assertEquals(1, parts.size());
    String text = Files.readString(tmp.resolve(parts.get(0)));
    List<String> complete = text.lines().toList().subList(0, (int) text.chars().filter(ch -> ch == '\n').count());
    assertFalse(complete.isEmpty());
    for (int i = 0; i < complete.size(); i++) {
      assertEquals(String.valueOf(i), JSON.readTree(complete.get(i)).get("id").asText(), "every flushed line whole");
    }
    assertTrue(Files.readString(tmp.resolve("stderr")).contains(parts.get(0)), "the run named its temporary file");
  }
}
