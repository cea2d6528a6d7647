package org.replyaudit.corpus.train;

import java.nio.file.Path;
import org.replyaudit.corpus.EvaluateCommand;
import picocli.CommandLine.Option;

/** The options every training command shares: where the data is read and the files written. */
final class TrainingPaths {
  @Option(names = "--data", paramLabel = "DIR",
      description = "the shared data directory; default: system property replyaudit.shared, else ../shared")
  private Path data;

  @Option(names = "--out", paramLabel = "DIR",
      defaultValue = "models/src/main/resources/org/replyaudit/models/trained",
      description = "where the trained files and their provenance are written (default: ${DEFAULT-VALUE})")
  private Path out;

  /** The shared data directory. */
  Path shared() {
    return data != null ? data : EvaluateCommand.defaultDataDirectory();
  }

  /** Where the trained files go. */
  Path out() {
    return out;
  }
}
