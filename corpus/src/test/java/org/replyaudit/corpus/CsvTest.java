package org.replyaudit.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CsvTest {
  @Test
  void quotedFieldsKeepCommasQuotesAndLineBreaks() {
    List<Map<String, String>> rows = Csv.parseWithHeader(
        "a,b\r\n\"x, \"\"y\"\"\nz\",2\n");
    assertEquals(1, rows.size());
    assertEquals("x, \"y\"\nz", rows.get(0).get("a"));
    assertEquals("2", rows.get(0).get("b"));
  }
}
