package org.replyaudit.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.replyaudit.Analysis;
import org.replyaudit.ReplyAudit;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** Analyses the bundled reference case. */
@Command(name = "demo", mixinStandardHelpOptions = true,
    description = "Analyse the reference case (a complaint to a political party and its reply) and print the report.")
final class DemoCommand implements Callable<Integer> {
  @Mixin
  ModeOptions modes = new ModeOptions();

  @Mixin
  ReportOptions report = new ReportOptions();

  @Override
  public Integer call() {
    SeedCase seed = seedCase();
    List<String> respondent = seed.respondent();
    String complaint = seed.complaint();
    String reply = seed.reply();
    Analysis a = ProfileConverter.apply(modes.apply(ReplyAudit.builder()).addRespondent(respondent), report.profile).build()
        .analyze(complaint, reply);
    String id = seed.id();
    boolean colour = report.colour();
    String text = ReportOutput.render(report.format, id, "Reference case: " + id, a, colour);
    if (report.format == Format.text) {
      // The terminal demo shows the letters first, since there is no side-by-side view there.
      String nl = System.lineSeparator();
      text = "ReplyAudit demo: " + id + nl + seed.source() + nl + nl
          + "--- complaint ---" + nl + complaint + nl + nl + "--- reply ---" + nl + reply + nl + nl
          + "--- analysis ---" + nl + text;
    }
    ReportOutput.write(text, report.out);
    return 0;
  }

  /** The bundled reference case. */
  record SeedCase(String id, String source, List<String> respondent, String complaint, String reply) {}

  /**
   * Reads the bundled case with Jackson's streaming parser: the data-binding {@code ObjectMapper}
   * costs about 0.3 s to set up in a fresh JVM, a third of the demo's start-up, for five fields.
   */
  static SeedCase seedCase() {
    Map<String, String> text = new HashMap<>();
    List<String> respondent = new ArrayList<>();
    try (InputStream in = DemoCommand.class.getResourceAsStream("seed-case.json");
        JsonParser p = new JsonFactory().createParser(in)) {
      if (p.nextToken() != JsonToken.START_OBJECT) {
        throw new IllegalStateException("seed-case.json is not a JSON object");
      }
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String field = p.currentName();
        if (p.nextToken() == JsonToken.START_ARRAY) {
          while (p.nextToken() != JsonToken.END_ARRAY) {
            if (field.equals("respondent")) {
              respondent.add(p.getText());
            }
          }
        } else {
          text.put(field, p.getText());
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new SeedCase(text.get("id"), text.get("source"), List.copyOf(respondent),
        text.get("complaint"), text.get("reply"));
  }
}
