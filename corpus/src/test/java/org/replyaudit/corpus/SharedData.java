package org.replyaudit.corpus;

import java.nio.file.Path;

/** Where the tests find ../shared: the replyaudit.shared property that surefire passes. */
final class SharedData {
  private SharedData() {}

  static Path dir() {
    return EvaluateCommand.defaultDataDirectory();
  }
}
