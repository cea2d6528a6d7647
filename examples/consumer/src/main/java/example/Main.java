package example;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.replyaudit.Analysis;
import org.replyaudit.ReplyAudit;
import org.replyaudit.report.Report;

/** Analyses one complaint and its reply, given as two UTF-8 text files, and prints the report. */
public final class Main {
  private Main() {}

  public static void main(String[] args) throws IOException {
    if (args.length != 2) {
      System.err.println("usage: java example.Main COMPLAINT.txt REPLY.txt");
      System.exit(2);
    }
    String complaint = Files.readString(Path.of(args[0]), StandardCharsets.UTF_8);
    String reply = Files.readString(Path.of(args[1]), StandardCharsets.UTF_8);
    Analysis analysis = ReplyAudit.analyze(complaint, reply);
    System.out.print(Report.text(analysis));
    // What the default analyzer's models were trained on, and what their licence allows.
    System.out.println("models: " + ReplyAudit.defaultAnalyzer().modelSet().name() + "; "
        + ReplyAudit.defaultAnalyzer().modelSet().licence());
  }
}
