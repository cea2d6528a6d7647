package org.replyaudit.internal.matching;

import java.io.IOException;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Writes amounts one way, so that "£640.00" in a reply matches "£640" in the complaint:
 * thousands separators go ("1,200" → "1200") and so do zero pence ("640.00" → "640").
 */
final class AmountNormalizingFilter extends TokenFilter {
  private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

  AmountNormalizingFilter(TokenStream in) {
    super(in);
  }

  @Override
  public boolean incrementToken() throws IOException {
    if (!input.incrementToken()) {
      return false;
    }
    int len = term.length();
    if (len == 0 || !Character.isDigit(term.charAt(0))) {
      return true;
    }
    char[] b = term.buffer();
    int out = 0;
    for (int i = 0; i < len; i++) {
      if (b[i] == ',' && i > 0 && i + 1 < len && Character.isDigit(b[i - 1]) && Character.isDigit(b[i + 1])) {
        continue;
      }
      b[out++] = b[i];
    }
    if (out > 3 && b[out - 3] == '.' && b[out - 2] == '0' && b[out - 1] == '0') {
      out -= 3;
    }
    term.setLength(out);
    return true;
  }
}
