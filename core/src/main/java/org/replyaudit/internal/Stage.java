package org.replyaudit.internal;

import java.util.Objects;
import java.util.function.Consumer;

/**
 * One named step of {@link Pipeline}: it reads what the stages before it wrote into a
 * {@link PairContext} and writes its own part, and nothing else. Stages are immutable and safe
 * to share between threads; the context is one analysis's own.
 *
 * <p>Each stage writes fields no other stage writes, so running a stage again on a context the
 * stages before it have filled gives the same result (the stage benchmarks time a stage that way).
 */
public interface Stage {
  /** The stage's name, as the pipeline lists it and the stage benchmarks select it: "bm25". */
  String name();

  /** Reads what earlier stages wrote into {@code pair} and writes this stage's part. */
  void apply(PairContext pair);

  /** A stage named {@code name} that runs {@code body}. */
  static Stage of(String name, Consumer<PairContext> body) {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(body, "body");
    return new Stage() {
      @Override
      public String name() {
        return name;
      }

      @Override
      public void apply(PairContext pair) {
        body.accept(pair);
      }

      @Override
      public String toString() {
        return name;
      }
    };
  }
}
