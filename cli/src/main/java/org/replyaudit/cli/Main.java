package org.replyaudit.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.replyaudit.ReplyAudit;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.HelpCommand;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;

/** {@code java -jar replyaudit-cli.jar demo|analyze|batch|thread|help}. */
@Command(name = "replyaudit", mixinStandardHelpOptions = true, version = "ReplyAudit 0.1.0",
    description = "Says, point by point, what a reply to a complaint answered, left unanswered, "
        + "and said that nobody asked.",
    subcommands = {DemoCommand.class, AnalyzeCommand.class, BatchCommand.class, ThreadCommand.class, HelpCommand.class})
public final class Main implements Runnable {
  /** Exit status for bad input (missing, unreadable, binary or invalid files, bad options). */
  static final int BAD_INPUT = 2;
  /** Exit status for a failure that is ReplyAudit's, not the input's. */
  static final int INTERNAL_ERROR = 1;

  @Override
  public void run() {
    CommandLine.usage(this, System.out);
  }

  public static void main(String[] args) {
    // Reports and JSON are UTF-8 whatever the locale: under LANG=C the JVM would otherwise
    // write every non-ASCII character of a letter as '?'.
    System.setOut(new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8));
    System.setErr(new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8));
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
    if (a.isEmpty() || !List.of("demo", "analyze", "analyse", "batch").contains(a.get(0))
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

  /**
   * Runs the command line and returns its exit status (for tests). Whatever happens, the user
   * gets one line on standard error and an exit status, never a stack trace: 2 for bad input or
   * options (and for running out of memory or stack, which a smaller input or a bigger heap
   * cures), 1 for a failure of ReplyAudit's own.
   */
  public static int run(String... args) {
    // Building the command line loads classes too: with a small heap that the model warm-up
    // has filled, running out of memory can happen before the command runs.
    try {
      return execute(args);
    } catch (OutOfMemoryError e) {
      System.err.println("replyaudit: out of memory; give Java more heap (java -Xmx4g -jar …) or lower --max-chars");
      return BAD_INPUT;
    }
  }

  private static int execute(String... args) {
    CommandLine cl = new CommandLine(new Main());
    cl.setOut(new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true));
    cl.setErr(new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true));
    // "analyse" works as well as "analyze"; a near miss ("analize", "--fromat") gets a suggestion.
    cl.setAbbreviatedSubcommandsAllowed(false);
    cl.setExitCodeExceptionMapper(e -> e instanceof InputException || e instanceof ParameterException ? BAD_INPUT : INTERNAL_ERROR);
    cl.setExecutionExceptionHandler((e, cmd, parsed) -> {
      if (e instanceof InputException || e instanceof IllegalArgumentException) {
        cmd.getErr().println("replyaudit: " + e.getMessage());
        return BAD_INPUT;
      }
      cmd.getErr().println("replyaudit: internal error: " + e);
      return INTERNAL_ERROR;
    });
    cl.setParameterExceptionHandler((e, a) -> {
      PrintWriter err = e.getCommandLine().getErr();
      err.println("replyaudit: " + e.getMessage());
      String option = e instanceof UnmatchedArgumentException u ? optionSuggestion(u) : null;
      if (option != null) {
        err.println("Did you mean: " + option + "?");
      } else if (!UnmatchedArgumentException.printSuggestions(e, err)) {
        err.println("Try 'replyaudit help" + commandPath(e.getCommandLine()) + "'.");
      }
      return BAD_INPUT;
    });
    try {
      return cl.execute(args);
    } catch (OutOfMemoryError e) {
      System.err.println("replyaudit: out of memory; give Java more heap (java -Xmx4g -jar …) or lower --max-chars");
      return BAD_INPUT;
    } catch (StackOverflowError e) {
      System.err.println("replyaudit: ran out of stack analysing this input (give Java more with java -Xss16m -jar …);"
          + " please report the input");
      return BAD_INPUT;
    } catch (RuntimeException | Error e) {
      System.err.println("replyaudit: internal error: " + e);
      return INTERNAL_ERROR;
    }
  }

  /**
   * The command's option nearest to an unknown one ("--fromat" -> "--format"), within two edits
   * (a swap of two letters counts as one), or null.
   */
  static String optionSuggestion(UnmatchedArgumentException e) {
    for (String arg : e.getUnmatched()) {
      if (!arg.startsWith("-")) {
        continue;
      }
      String given = arg.contains("=") ? arg.substring(0, arg.indexOf('=')) : arg;
      String best = null;
      int bestDistance = 3;
      for (var option : e.getCommandLine().getCommandSpec().options()) {
        for (String name : option.names()) {
          int d = editDistance(given, name);
          if (d < bestDistance) {
            bestDistance = d;
            best = name;
          }
        }
      }
      return best;
    }
    return null;
  }

  /** Optimal string alignment distance: insertions, deletions, substitutions and adjacent swaps. */
  static int editDistance(String a, String b) {
    int[][] d = new int[a.length() + 1][b.length() + 1];
    for (int i = 0; i <= a.length(); i++) {
      d[i][0] = i;
    }
    for (int j = 0; j <= b.length(); j++) {
      d[0][j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
        if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
          d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
        }
      }
    }
    return d[a.length()][b.length()];
  }

  /** " analyze" for the analyze command, "" for the top level. */
  private static String commandPath(CommandLine cmd) {
    StringBuilder b = new StringBuilder();
    for (CommandLine c = cmd; c.getParent() != null; c = c.getParent()) {
      b.insert(0, " " + c.getCommandName());
    }
    return b.toString();
  }
}
