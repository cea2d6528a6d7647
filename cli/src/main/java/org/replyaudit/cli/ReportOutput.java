package org.replyaudit.cli;

import java.io.Console;
import java.io.IOException;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.replyaudit.Analysis;
import org.replyaudit.report.Report;

/** Renders an analysis in the chosen {@link Format} and sends it to standard output or a file. */
final class ReportOutput {
  private ReportOutput() {}

  /**
   * The report as a string. {@code colour} only affects the text format; {@code id} only JSON.
   */
  static String render(Format format, String id, String title, Analysis a, boolean colour) {
    return switch (format) {
      case json -> Report.json(id, a) + System.lineSeparator();
      case html -> Report.html(a, title);
      case markdown -> Report.markdown(a, title);
      case text -> Report.text(a, colour);
    };
  }

  /**
   * Writes {@code report} to {@code out}, or to standard output when {@code out} is null, as
   * UTF-8 with any lone surrogate (from a letter) replaced by U+FFFD, so no letter can make the
   * write fail.
   */
  static void write(String report, Path out) {
    String text = Report.wellFormed(report);
    if (out == null) {
      System.out.print(text);
      System.out.flush();
      return;
    }
    if (Files.isDirectory(out)) {
      throw new InputException(out + ": is a directory; --out takes a file");
    }
    Path dir = out.toAbsolutePath().getParent();
    if (dir == null || !Files.isDirectory(dir)) {
      throw new InputException(out + ": no such directory " + dir);
    }
    try {
      Files.writeString(out, text, StandardCharsets.UTF_8);
    } catch (AccessDeniedException e) {
      throw new InputException(out + ": cannot write (permission denied)");
    } catch (IOException e) {
      throw new InputException(out + ": cannot write (" + e.getMessage() + ")");
    }
    System.err.println("replyaudit: wrote " + out);
  }

  /**
   * Whether standard output is a terminal, so colour is welcome. {@code NO_COLOR} (no-color.org)
   * turns colour off. On JDK 22+ {@code System.console()} is non-null even when output is
   * redirected, so {@code Console.isTerminal()} is asked too when it exists.
   */
  static boolean colourTerminal() {
    Console console = System.console();
    if (console == null || System.getenv("NO_COLOR") != null) {
      return false;
    }
    try {
      Method isTerminal = Console.class.getMethod("isTerminal");
      return (Boolean) isTerminal.invoke(console);
    } catch (NoSuchMethodException e) {
      return true;  // JDK 17-21: a console exists only when both streams are a terminal
    } catch (ReflectiveOperationException e) {
      return false;
    }
  }
}
