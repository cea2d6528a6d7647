package org.replyaudit.cli;

import java.util.List;
import org.replyaudit.ReplyAudit;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code java -jar replyaudit-cli.jar demo|analyze|batch|thread}. */
@Command(name = "replyaudit", mixinStandardHelpOptions = true, version = "ReplyAudit 0.1.0",
    description = "Says, point by point, what a reply to a complaint answered, left unanswered, "
        + "and said that nobody asked.",
    subcommands = {DemoCommand.class, AnalyzeCommand.class, BatchCommand.class, ThreadCommand.class})
public final class Main implements Runnable {
  /** Exit status for bad input (missing, unreadable, binary or invalid files, bad options). */
  static final int BAD_INPUT = 2;

  @Override
  public void run() {
    CommandLine.usage(this, System.out);
  }

  public static void main(String[] args) {
    warmUp(args);
    System.exit(run(args));
  }

  /**
   * Loads the models on a background thread while picocli parses the command line and the
   * command reads its input: together those take about as long as loading the models, which is
   * most of a short run such as the demo. The loaders remember only success, so a load that
   * fails here fails again, with its own message, where the command needs the model.
   */
  private static void warmUp(String[] args) {
    List<String> a = List.of(args);
    if (a.isEmpty() || !List.of("demo", "analyze", "batch").contains(a.get(0))
        || a.contains("--models") || a.contains("--help") || a.contains("-h")) {
      return;
    }
    Thread t = new Thread(() -> {
      try {
        // Loads the shared models, then runs one tiny analysis so that the cue tables, the
        // report classes and the rest of the analysis path are loaded here, not on the command's
        // first pair. The analyzer itself is dropped.
        org.replyaudit.Mode mode = ModeOptions.fromArgs(a);
        (mode == null ? ReplyAudit.builder() : ReplyAudit.builder().mode(mode)).build().analyze("Please refund the fee. Why was I charged?",
            "We have refunded the fee. You were charged because of a fault.");
      } catch (RuntimeException | Error e) {
        // Reported by the command itself, which loads the same models again.
      }
    }, "replyaudit-warm-up");
    t.setDaemon(true);
    t.start();
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
