package org.replyaudit.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.replyaudit.Analysis;
import org.replyaudit.ReplyAnalyzer;
import org.replyaudit.ReplyAudit;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** Analyses one complaint file and one reply file. */
@Command(name = "analyze", aliases = "analyse", mixinStandardHelpOptions = true,
    description = {"Analyse one complaint and its reply, each a UTF-8 text file (a byte-order mark is dropped;"
        + " offsets in the JSON count chars of the text after it).",
        "Exit status: 0 done, 2 bad options or input (one line on standard error says what and where)."})
final class AnalyzeCommand implements Callable<Integer> {
  @Mixin
  ModeOptions modes = new ModeOptions();

  @Option(names = "--complaint", required = true, description = "the complaint, a UTF-8 text file")
  Path complaint;

  @Option(names = "--reply", required = true, description = "the reply, a UTF-8 text file")
  Path reply;

  @Option(names = "--respondent", description = "a name the responding organisation uses for itself (repeatable)")
  List<String> respondent = new ArrayList<>();

  @Mixin
  ReportOptions report = new ReportOptions();

  @Option(names = "--max-chars", description = "longest text accepted, in chars (default: ${DEFAULT-VALUE})",
      defaultValue = "" + ReplyAnalyzer.Builder.DEFAULT_MAX_TEXT_LENGTH)
  int maxChars;

  @Override
  public Integer call() {
    if (maxChars < 1) {
      throw new InputException("--max-chars must be at least 1: " + maxChars);
    }
    String c = TextFiles.readUtf8(complaint, maxChars);
    String r = TextFiles.readUtf8(reply, maxChars);
    Analysis a = ProfileConverter.apply(modes.apply(ReplyAudit.builder()).addRespondent(respondent).maxTextLength(maxChars), report.profile)
        .build().analyze(c, r);
    String title = complaint.getFileName() + " and " + reply.getFileName();
    ReportOutput.write(ReportOutput.render(report.format, null, title, a, report.colour()), report.out);
    return 0;
  }
}
