package org.replyaudit.internal;

import java.util.List;
import org.replyaudit.Analysis;
import org.replyaudit.Verdict;

/** Placeholder: the real pipeline lands in the next commit. */
public final class Pipeline {
  public Pipeline(Settings settings) {}

  public Analysis analyze(String complaint, String reply) {
    return new Analysis(complaint, reply, List.of(), List.of(), Verdict.ANSWERED, 1.0, List.of());
  }
}
