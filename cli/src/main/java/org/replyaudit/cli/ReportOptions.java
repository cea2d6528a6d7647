package org.replyaudit.cli;

import java.nio.file.Path;
import org.replyaudit.checklist.Profile;
import picocli.CommandLine.Option;

/** {@code --format}, {@code --out} and {@code --profile}: what one analysis's report is and where it goes. */
final class ReportOptions {
  @Option(names = "--format", description = "text, json, html or markdown (default: ${DEFAULT-VALUE})",
      defaultValue = "text")
  Format format;

  @Option(names = "--out", description = "write the report to this file instead of standard output")
  Path out;

  @Option(names = "--profile", paramLabel = "NAME|FILE", converter = ProfileConverter.class,
      description = "check the reply against a complaint-handling profile: uk-fca-disp, ombudsman-generic,"
          + " foi-uk, or a profile file (JSON)")
  Profile profile;

  /** Whether the text report may use colour: only on a terminal, never into a file. */
  boolean colour() {
    return out == null && ReportOutput.colourTerminal();
  }
}
