package org.replyaudit.internal.text;

import org.replyaudit.Span;

/**
 * A clause-level claim: the unit that is classified and matched.
 *
 * @param index position among its letter's claims
 * @param span where it stands in the original text
 * @param text the original text it covers
 * @param cue its lower-cased tokens joined by single spaces, with a space at each end, so that
 *     cue patterns match whole words: {@code " we would never provide … "}
 * @param segment the segment (sentence) it was cut from
 * @param firstOfSegment whether it begins its sentence
 */
public record Claim(int index, Span span, String text, String cue, Segment segment, boolean firstOfSegment) {
  public Segment.Role role() {
    return segment.role();
  }
}
