package org.replyaudit.corpus;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** The annotated checklist replies and threads bundled in the corpus jar. */
final class BundledExamples {
  private BundledExamples() {}

  static Reader open(String name) {
    InputStream in = EvaluateCommand.class.getResourceAsStream("data/" + name);
    if (in == null) {
      throw new IllegalStateException("no bundled data/" + name);
    }
    return new InputStreamReader(in, StandardCharsets.UTF_8);
  }

  static List<ChecklistCase> checklists(String name) throws IOException {
    try (Reader r = open(name)) {
      return ChecklistCaseReader.read(r, name);
    }
  }

  static List<ThreadCase> threads(String name) throws IOException {
    try (Reader r = open(name)) {
      return ThreadCaseReader.read(r, name);
    }
  }
}
