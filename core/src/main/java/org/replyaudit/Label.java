package org.replyaudit;

import java.util.Locale;
import org.replyaudit.internal.cues.LabelDefinitions;

/**
 * What a reply claim does. A claim may carry several labels. What each label means (its words,
 * the opening of its {@code why}, whether it is a fault, its report colour) is data, in
 * {@code org/replyaudit/internal/labels.json}.
 */
public enum Label {
  /** Deals with a complaint point. */
  ANSWER,
  /** Promises a concrete action. */
  COMMITMENT,
  /** Apologises. */
  APOLOGY,
  /** Greeting, thanks, sign-off. */
  COURTESY,
  /** Denies a wrongdoing that the complaint never alleged. */
  UNSOLICITED_DENIAL,
  /** Answers something the complainant did not say, as if they had. */
  MISREAD_PREMISE,
  /** Repeats, as if it were an answer, what the complainant already said or conceded. */
  RESTATEMENT,
  /** Sends the complainant elsewhere instead of acting. */
  REDIRECTION,
  /** Generic reassurance with no content specific to the complaint. */
  BOILERPLATE;

  /**
   * Whether this label marks an evasion: something said that nobody asked.
   *
   * @return true for {@link #UNSOLICITED_DENIAL}, {@link #MISREAD_PREMISE}, {@link #RESTATEMENT},
   *     {@link #REDIRECTION} and {@link #BOILERPLATE}
   */
  public boolean isFault() {
    return LabelDefinitions.of(this).fault();
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
