package org.replyaudit.semantic.internal;

import java.util.Objects;
import java.util.function.Supplier;

/**
 * A value loaded on first use, exactly once, shared by all threads. Unlike a holder class, a
 * load that fails is not remembered: every caller gets the loader's own exception (a checksum
 * mismatch, a missing jar) rather than the JVM's "could not initialize class".
 */
public final class Lazy<T> implements Supplier<T> {
  private final Supplier<T> loader;
  private volatile T value;

  public Lazy(Supplier<T> loader) {
    this.loader = Objects.requireNonNull(loader, "loader");
  }

  @Override
  public T get() {
    T v = value;
    if (v == null) {
      synchronized (this) {
        v = value;
        if (v == null) {
          v = Objects.requireNonNull(loader.get(), "loaded value");
          value = v;
        }
      }
    }
    return v;
  }

  /** Whether the value has been loaded. */
  public boolean isLoaded() {
    return value != null;
  }
}
