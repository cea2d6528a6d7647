package org.replyaudit.spark;

import java.util.Locale;
import java.util.Optional;

/** The file formats the job reads pairs from. */
public enum InputFormat {
  /**
   * One JSON object per line, as {@code batch} reads: {@code {"id", "complaint", "reply",
   * "respondent"?: [names]}}, other fields ignored. Compressed files (.gz, .bz2) are read too.
   */
  JSONL,
  /** Parquet with string columns {@code complaint} and {@code reply}; {@code id} and {@code respondent} optional. */
  PARQUET,
  /**
   * CSV with a header row naming the columns; fields in double quotes may span lines and double a
   * quote inside ({@code "He said ""no""."}) as RFC 4180 does. {@code respondent} is one field of
   * names separated by {@code ;} ({@code "Tallis Mobile;Tallis"}).
   */
  CSV;

  /** The lower-case name used on the command line. */
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * The format a file's name says: {@code cases.jsonl}, {@code .ndjson}, {@code .json} (also
   * with {@code .gz} or {@code .bz2} after them) → JSONL; {@code .parquet} → PARQUET; {@code .csv}
   * → CSV; anything else (a directory, say) → empty.
   */
  public static Optional<InputFormat> fromPath(String path) {
    String p = path.toLowerCase(Locale.ROOT).replaceFirst("\\.(gz|bz2)$", "");
    if (p.endsWith(".jsonl") || p.endsWith(".ndjson") || p.endsWith(".json")) {
      return Optional.of(JSONL);
    }
    if (p.endsWith(".parquet")) {
      return Optional.of(PARQUET);
    }
    if (p.endsWith(".csv")) {
      return Optional.of(CSV);
    }
    return Optional.empty();
  }
}
