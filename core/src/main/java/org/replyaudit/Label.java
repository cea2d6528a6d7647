package org.replyaudit;

import java.util.Locale;

/** What a reply claim does. A claim may carry several labels. */
public enum Label {
  /** Deals with a complaint point. */
  ANSWER(false),
  /** Promises a concrete action. */
  COMMITMENT(false),
  /** Apologises. */
  APOLOGY(false),
  /** Greeting, thanks, sign-off. */
  COURTESY(false),
  /** Denies a wrongdoing that the complaint never alleged. */
  UNSOLICITED_DENIAL(true),
  /** Answers something the complainant did not say, as if they had. */
  MISREAD_PREMISE(true),
  /** Repeats, as if it were an answer, what the complainant already said or conceded. */
  RESTATEMENT(true),
  /** Sends the complainant elsewhere instead of acting. */
  REDIRECTION(true),
  /** Generic reassurance with no content specific to the complaint. */
  BOILERPLATE(true);

  private final boolean fault;

  Label(boolean fault) {
    this.fault = fault;
  }

  /**
   * Whether this label marks an evasion: something said that nobody asked.
   *
   * @return true for {@link #UNSOLICITED_DENIAL}, {@link #MISREAD_PREMISE}, {@link #RESTATEMENT},
   *     {@link #REDIRECTION} and {@link #BOILERPLATE}
   */
  public boolean isFault() {
    return fault;
  }

  /**
   * The lower-case name used in JSON and the annotated cases.
   *
   * @return the name in lower case: {@code UNSOLICITED_DENIAL.id()} is {@code "unsolicited_denial"}
   */
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * The label with this {@link #id()}.
   *
   * @param id a label's id, such as {@code "redirection"} (case does not matter)
   * @return the label: {@code fromId("redirection")} is {@link #REDIRECTION}
   * @throws IllegalArgumentException if no label has that id
   * @throws NullPointerException if {@code id} is null
   */
  public static Label fromId(String id) {
    return valueOf(id.toUpperCase(Locale.ROOT));
  }
}
