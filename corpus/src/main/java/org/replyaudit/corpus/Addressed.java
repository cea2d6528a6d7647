package org.replyaudit.corpus;

import java.util.Locale;

/** How far the gold annotation says the reply deals with a complaint point. */
public enum Addressed {
  /** The reply deals with the point itself. */
  YES,
  /** The reply touches the point but leaves its substance open. */
  PARTLY,
  /** The reply does not deal with the point. */
  NO;

  /** The lower-case name used in the annotated cases. */
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * The value with this {@link #id()}.
   *
   * @throws IllegalArgumentException if {@code id} is not yes, partly or no
   */
  public static Addressed fromId(String id) {
    for (Addressed a : values()) {
      if (a.id().equals(id)) {
        return a;
      }
    }
    throw new IllegalArgumentException("addressed must be yes, partly or no: " + id);
  }
}
