package org.replyaudit.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.replyaudit.Analysis;
import org.replyaudit.ReplyAudit;
import org.replyaudit.report.AnalysisJson;
import org.replyaudit.report.TextReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** Analyses the bundled reference case. */
@Command(name = "demo", mixinStandardHelpOptions = true,
    description = "Analyse the reference case (a complaint to a political party and its reply) and print the report.")
final class DemoCommand implements Callable<Integer> {
  @Option(names = "--format", description = "text or json (default: ${DEFAULT-VALUE})", defaultValue = "text")
  Format format;

  @Override
  public Integer call() {
    JsonNode seed = seedCase();
    List<String> respondent = new ArrayList<>();
    seed.path("respondent").forEach(n -> respondent.add(n.asText()));
    String complaint = seed.get("complaint").asText();
    String reply = seed.get("reply").asText();
    Analysis a = ReplyAudit.builder().addRespondent(respondent).build().analyze(complaint, reply);
    if (format == Format.json) {
      System.out.println(AnalysisJson.toPrettyJson(seed.get("id").asText(), a));
    } else {
      System.out.println("ReplyAudit demo: " + seed.get("id").asText());
      System.out.println(seed.get("source").asText());
      System.out.println();
      System.out.println("--- complaint ---");
      System.out.println(complaint);
      System.out.println();
      System.out.println("--- reply ---");
      System.out.println(reply);
      System.out.println();
      System.out.println("--- analysis ---");
      System.out.print(TextReport.render(a));
    }
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
