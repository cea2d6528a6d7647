package org.replyaudit;

import java.util.Locale;

/** What a complaint point asks of the reply. */
public enum PointKind {
  /** Asks for an action, remedy or decision. */
  REQUEST,
  /** Asks for information. */
  QUESTION,
  /** Says someone did something wrong. */
  ALLEGATION,
  /** States harm or dissatisfaction that calls for a response. */
  GRIEVANCE,
  /** Background that needs no answer; never counted as unanswered. */
  CONTEXT;

  /**
   * Whether a fair reply must deal with a point of this kind.
   *
   * @return false for {@link #CONTEXT} only
   */
  public boolean needsAnswer() {
    return this != CONTEXT;
  }

  /**
   * The lower-case name used in JSON and the annotated cases.
   *
   * @return the name in lower case: {@code ALLEGATION.id()} is {@code "allegation"}
   */
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }
}
