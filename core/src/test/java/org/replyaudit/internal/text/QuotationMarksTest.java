package org.replyaudit.internal.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class QuotationMarksTest {
  @Test
  void findsTheJavadocExamples() {
    assertEquals(List.of(List.of(8, 19, 9, 18), List.of(24, 28, 25, 27)),
        lists(QuotationMarks.find("He said \u201crefund me\u201d and \"no\".", 2000)));
    assertEquals(List.of(), lists(QuotationMarks.find("\u201cunclosed\n\u201d", 2000)));
  }

  /** The expression the scan replaced, with a small bound so that random strings reach it. */
  @Test
  void findsWhatTheExpressionFinds() {
    int max = 4;
    Pattern quoted = Pattern.compile("\u201c([^\u201d\\n]{1," + max + "})\u201d|\"([^\"\\n]{1," + max + "})\"");
    String alphabet = "\u201c\u201d\"\na ";
    Random rnd = new Random(7);
    int found = 0;
    for (int i = 0; i < 100_000; i++) {
      StringBuilder b = new StringBuilder();
      for (int n = rnd.nextInt(16); n > 0; n--) {
        b.append(alphabet.charAt(rnd.nextInt(alphabet.length())));
      }
      String text = b.toString();
      List<List<Integer>> expected = new ArrayList<>();
      Matcher m = quoted.matcher(text);
      while (m.find()) {
        int g = m.group(1) != null ? 1 : 2;
        expected.add(List.of(m.start(), m.end(), m.start(g), m.end(g)));
      }
      found += expected.size();
      assertEquals(expected, lists(QuotationMarks.find(text, max)), text);
    }
    org.junit.jupiter.api.Assertions.assertTrue(found > 10_000, "the strings hold quotations");
  }

  private static List<List<Integer>> lists(List<int[]> found) {
    return found.stream().map(a -> List.of(a[0], a[1], a[2], a[3])).toList();
  }
}
