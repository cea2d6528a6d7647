package org.replyaudit.corpus;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The corpus command line: {@code CorpusMain evaluate --set dev}, {@code CorpusMain train}. */
@Command(name = "replyaudit-corpus", mixinStandardHelpOptions = true,
    description = "Evaluates ReplyAudit on annotated cases and datasets.",
    subcommands = {EvaluateCommand.class, org.replyaudit.corpus.learn.TrainCommand.class})
public final class CorpusMain implements Runnable {
  @CommandLine.Spec
  private CommandLine.Model.CommandSpec spec;

  /** Runs the command line and exits with its code. */
  public static void main(String[] args) {
    System.exit(run(args));
  }

  /** Runs the command line and returns its exit code (for tests: no System.exit). */
  public static int run(String... args) {
    return new CommandLine(new CorpusMain()).execute(args);
  }

  @Override
  public void run() {
    // No subcommand given: say what there is instead of doing nothing.
    throw new CommandLine.ParameterException(spec.commandLine(), "missing subcommand: evaluate or train");
  }
}
