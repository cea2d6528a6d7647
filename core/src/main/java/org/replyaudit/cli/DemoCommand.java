package org.replyaudit.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.replyaudit.Analysis;
import org.replyaudit.ReplyAudit;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** Analyses the bundled reference case. */
@Command(name = "demo", mixinStandardHelpOptions = true,
    description = "Analyse the reference case (a complaint to a political party and its reply) and print the report.")
final class DemoCommand implements Callable<Integer> {
  @Option(names = "--format", description = "text, json, html or markdown (default: ${DEFAULT-VALUE})",
      defaultValue = "text")
  Format format;

  @Option(names = "--out", description = "write the report to this file instead of standard output")
  Path out;

  @Override
  public Integer call() {
    JsonNode seed = seedCase();
    List<String> respondent = new ArrayList<>();
    seed.path("respondent").forEach(n -> respondent.add(n.asText()));
    String complaint = seed.get("complaint").asText();
    String reply = seed.get("reply").asText();
    Analysis a = ReplyAudit.builder().addRespondent(respondent).build().analyze(complaint, reply);
    String id = seed.get("id").asText();
    boolean colour = out == null && ReportOutput.colourTerminal();
    String report = ReportOutput.render(format, id, "Reference case: " + id, a, colour);
    if (format == Format.text) {
      // The terminal demo shows the letters first, since there is no side-by-side view there.
      String nl = System.lineSeparator();
      report = "ReplyAudit demo: " + id + nl + seed.get("source").asText() + nl + nl
          + "--- complaint ---" + nl + complaint + nl + nl + "--- reply ---" + nl + reply + nl + nl
          + "--- analysis ---" + nl + report;
    }
    ReportOutput.write(report, out);
    return 0;
  }

  static JsonNode seedCase() {
    try (InputStream in = DemoCommand.class.getResourceAsStream("seed-case.json")) {
      return new ObjectMapper().readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
