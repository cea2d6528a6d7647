package org.replyaudit.internal.text;

import java.util.List;
import org.replyaudit.Span;
import org.replyaudit.internal.anchors.QuotedLineCheck;

/**
 * A text prepared for segmentation: {@code masked} has exactly the original's length, with markup,
 * URLs and quoted lines blanked out, so every offset found in it is an offset into the original.
 *
 * @param original the text as the caller gave it
 * @param masked same length; what later stages read
 * @param urls where URLs stood
 * @param quoted lines that quote another letter ({@code > } lines)
 * @param html whether HTML markup was seen and blanked
 * @param ownQuoted {@code > } lines kept as the letter's own text: they copy nothing of the other
 *     letter ({@link QuotedLineCheck})
 */
public record CleanText(String original, String masked, List<Span> urls, List<Span> quoted, boolean html,
    List<Span> ownQuoted) {
  public CleanText {
    if (original.length() != masked.length()) {
      throw new IllegalArgumentException("masking must keep offsets");
    }
    urls = List.copyOf(urls);
    quoted = List.copyOf(quoted);
    ownQuoted = List.copyOf(ownQuoted);
  }
}
