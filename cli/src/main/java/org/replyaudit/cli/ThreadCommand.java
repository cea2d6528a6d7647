package org.replyaudit.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.replyaudit.ReplyAnalyzer;
import org.replyaudit.ReplyAudit;
import org.replyaudit.checklist.Profile;
import org.replyaudit.report.Report;
import org.replyaudit.thread.Message;
import org.replyaudit.thread.ThreadAnalysis;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** Analyses a thread of messages: what is still open after the last reply, and the next letter. */
@Command(name = "thread", mixinStandardHelpOptions = true,
    description = "Analyse a complaint thread (complaint, reply, follow-up, reply, ...) from a JSON file"
        + " {\"messages\": [{\"from\": \"complainant\"|\"respondent\", \"text\": \"...\"}, ...], \"respondent\"?: [...]}:"
        + " every point tracked through the later replies, what is still open, and the next follow-up letter.")
final class ThreadCommand implements Callable<Integer> {
  @Mixin
  ModeOptions modes = new ModeOptions();

  private static final ObjectMapper MAPPER = new ObjectMapper();

  @Option(names = "--in", required = true, description = "the thread, a UTF-8 JSON file (the shape of a batch line)")
  Path in;

  @Option(names = "--respondent", description = "a name the responding organisation uses for itself (repeatable)")
  List<String> respondent = new ArrayList<>();

  @Option(names = "--profile", paramLabel = "NAME|FILE", converter = ProfileConverter.class,
      description = "check each reply against a complaint-handling profile: uk-fca-disp, ombudsman-generic,"
          + " foi-uk, or a profile file (JSON)")
  Profile profile;

  @Option(names = "--format", description = "text, json or markdown (default: ${DEFAULT-VALUE})", defaultValue = "text")
  Format format;

  @Option(names = "--out", description = "write the report to this file instead of standard output")
  Path out;

  @Option(names = "--max-chars", description = "longest message accepted, in chars (default: ${DEFAULT-VALUE})",
      defaultValue = "" + ReplyAnalyzer.Builder.DEFAULT_MAX_TEXT_LENGTH)
  int maxChars;

  @Override
  public Integer call() {
    if (format == Format.html) {
      throw new InputException("--format html is not available for threads; use text, json or markdown");
    }
    JsonNode node;
    try {
      // A thread holds several messages of up to --max-chars each, JSON-escaped: a generous bound.
      node = MAPPER.readTree(TextFiles.readUtf8(in, (int) Math.min(Integer.MAX_VALUE - 8, 64L * maxChars)));
    } catch (JsonProcessingException e) {
      throw new InputException(in + ": malformed JSON: " + e.getOriginalMessage());
    }
    if (node == null || !node.isObject()) {
      throw new InputException(in + ": not a JSON object with \"messages\"");
    }
    List<Message> messages;
    try {
      messages = BatchLines.messages(node.get("messages"));
    } catch (IllegalArgumentException e) {
      throw new InputException(in + ": " + e.getMessage());
    }
    List<String> names = new ArrayList<>(respondent);
    node.path("respondent").forEach(n -> {
      if (n.isTextual() && !n.asText().isBlank()) {
        names.add(n.asText());
      }
    });
    ThreadAnalysis t = ProfileConverter.apply(modes.apply(ReplyAudit.builder()).maxTextLength(maxChars), profile).build()
        .analyzeThread(messages, names);
    String id = node.hasNonNull("id") ? node.get("id").asText() : null;
    String report = switch (format) {
      case json -> Report.threadJson(id, t) + System.lineSeparator();
      case markdown -> Report.threadMarkdown(t, id != null ? id : in.getFileName().toString());
      default -> Report.threadText(t);
    };
    ReportOutput.write(report, out);
    return 0;
  }
}
