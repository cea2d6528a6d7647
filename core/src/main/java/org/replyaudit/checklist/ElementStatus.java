package org.replyaudit.checklist;

import java.util.Locale;

/** Whether a reply has one element a profile requires. */
public enum ElementStatus {
  /** The reply has it; the item's spans show where. */
  PRESENT,
  /** The reply lacks it; the item's {@code why} says what was looked for. */
  ABSENT,
  /** The rule does not apply to this reply (an exemption when nothing was withheld). */
  NOT_APPLICABLE;

  /**
   * The lower-case name used in JSON and the annotated examples.
   *
   * @return {@code present}, {@code absent} or {@code not_applicable}
   */
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * The status with this {@link #id()}.
   *
   * @param id {@code present}, {@code absent} or {@code not_applicable}
   * @return the status
   * @throws IllegalArgumentException for any other id
   */
  public static ElementStatus fromId(String id) {
    for (ElementStatus s : values()) {
      if (s.id().equals(id)) {
        return s;
      }
    }
    throw new IllegalArgumentException("an element status is present, absent or not_applicable, not \"" + id + "\"");
  }
}
