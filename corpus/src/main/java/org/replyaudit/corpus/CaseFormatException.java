package org.replyaudit.corpus;

import java.util.Objects;

/**
 * A line of an annotated-cases file that breaks the format in {@code shared/corpus/SCHEMA.md}.
 * The message starts with {@code file:line:} so an annotator can jump straight to it.
 */
public final class CaseFormatException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final String file;
  private final int line;

  /**
   * @param file the file name as the reader was given it
   * @param line the 1-based line number
   * @param problem what is wrong, in words
   */
  public CaseFormatException(String file, int line, String problem) {
    super(Objects.requireNonNull(file, "file") + ":" + line + ": "
        + Objects.requireNonNull(problem, "problem"));
    this.file = file;
    this.line = line;
  }

  /** The file name as the reader was given it. */
  public String file() {
    return file;
  }

  /** The 1-based line number of the bad line. */
  public int line() {
    return line;
  }
}
