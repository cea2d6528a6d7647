package org.replyaudit.benchmarks;

import java.util.List;
import java.util.Objects;

/**
 * One complaint and its reply, as a benchmark feeds it to the analyzer.
 *
 * @param id where it came from (a case id, a DISAPERE file name, or a generated size)
 * @param complaint the complaint text
 * @param reply the reply text
 * @param respondent the names the organisation uses for itself, as the case gives them
 */
public record BenchPair(String id, String complaint, String reply, List<String> respondent) {
  public BenchPair {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(complaint, "complaint");
    Objects.requireNonNull(reply, "reply");
    respondent = List.copyOf(respondent);
  }

  /** Characters in both letters. */
  public int chars() {
    return complaint.length() + reply.length();
  }
}
