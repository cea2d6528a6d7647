package org.replyaudit.corpus;

/** Told how a long evaluation run is going. */
@FunctionalInterface
public interface Progress {
  /** Reports nothing. */
  Progress NONE = (done, total, pairsPerSecond) -> {};

  /**
   * Called after every pair.
   *
   * @param done pairs analysed so far
   * @param total pairs in the run
   * @param pairsPerSecond the rate so far
   */
  void update(int done, int total, double pairsPerSecond);
}
