package org.replyaudit.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code java -jar replyaudit-cli.jar demo|analyze|batch}. */
@Command(name = "replyaudit", mixinStandardHelpOptions = true, version = "ReplyAudit 0.1.0",
    description = "Says, point by point, what a reply to a complaint answered, left unanswered, "
        + "and said that nobody asked.",
    subcommands = {DemoCommand.class, AnalyzeCommand.class, BatchCommand.class})
public final class Main implements Runnable {
  /** Exit status for bad input (missing, unreadable, binary or invalid files, bad options). */
  static final int BAD_INPUT = 2;

  @Override
  public void run() {
    CommandLine.usage(this, System.out);
  }

  public static void main(String[] args) {
    System.exit(run(args));
  }

  /** Runs the command line and returns its exit status (for tests). */
  public static int run(String... args) {
    CommandLine cl = new CommandLine(new Main());
    cl.setExitCodeExceptionMapper(e -> e instanceof InputException ? BAD_INPUT : 1);
    cl.setExecutionExceptionHandler((e, cmd, parsed) -> {
      if (e instanceof InputException || e instanceof IllegalArgumentException) {
        cmd.getErr().println("replyaudit: " + e.getMessage());
        return BAD_INPUT;
      }
      throw e;
    });
    cl.setParameterExceptionHandler((e, a) -> {
      e.getCommandLine().getErr().println("replyaudit: " + e.getMessage());
      return BAD_INPUT;
    });
    return cl.execute(args);
  }
}
