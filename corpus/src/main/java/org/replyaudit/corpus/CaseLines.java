package org.replyaudit.corpus;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

/**
 * How every annotated file is read: one JSON object a line, blank lines skipped, ids unique, the
 * first bad line a {@link CaseFormatException} naming the file and line.
 */
final class CaseLines {
  private CaseLines() {}

  /** Parses one non-blank line, numbered from 1. */
  interface Parser<T> {
    T parse(String line, int lineNo);
  }

  static <T> List<T> read(Reader in, String fileName, Parser<T> parser, Function<T, String> id) throws IOException {
    Objects.requireNonNull(in, "in");
    Objects.requireNonNull(fileName, "fileName");
    BufferedReader lines = in instanceof BufferedReader b ? b : new BufferedReader(in);
    List<T> out = new ArrayList<>();
    Set<String> ids = new HashSet<>();
    int lineNo = 0;
    for (String line = lines.readLine(); line != null; line = lines.readLine()) {
      lineNo++;
      if (line.isBlank()) {
        continue;
      }
      T item = parser.parse(line, lineNo);
      if (!ids.add(id.apply(item))) {
        throw new CaseFormatException(fileName, lineNo, "duplicate id \"" + id.apply(item) + "\"");
      }
      out.add(item);
    }
    return List.copyOf(out);
  }
}
