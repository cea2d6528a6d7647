package org.replyaudit.internal.text;

import org.replyaudit.Span;

/**
 * A sentence-sized piece of a letter.
 *
 * @param span where it stands in the original text
 * @param role what part of the letter it is
 * @param paragraph index of the paragraph it stands in (blank lines separate paragraphs)
 * @param listIntro for a bulleted item, the span of the line that introduced the list ("Please:"),
 *     else null
 * @param item whether it is (or begins) a bulleted or numbered list item
 */
public record Segment(Span span, Role role, int paragraph, Span listIntro, boolean item) {
  /** The part of a letter a segment belongs to. */
  public enum Role {
    /** A greeting line ("Dear Ms Natarajan,"). */
    GREETING,
    /** A header line ("Subject: …"). */
    HEADER,
    /** The letter's body. */
    BODY,
    /** The closing line ("Kind regards,"). */
    SIGNOFF,
    /** Lines after the closing: name, title, organisation. */
    SIGNATURE
  }
}
