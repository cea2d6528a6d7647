package org.replyaudit.corpus;

import java.io.PrintWriter;
import java.io.StringWriter;
import picocli.CommandLine;

/** Runs {@link CorpusMain} in-process with standard output and error captured. */
public final class CorpusCli {
  public final StringWriter out = new StringWriter();
  public final StringWriter err = new StringWriter();

  /** The exit code of {@code CorpusMain args}. */
  public int run(String... args) {
    return new CommandLine(new CorpusMain())
        .setOut(new PrintWriter(out, true))
        .setErr(new PrintWriter(err, true))
        .execute(args);
  }
}
