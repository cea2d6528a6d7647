package org.replyaudit.internal.matching;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BackgroundStemsTest {
  @Test
  void theShippedTableIsWhatTheCurrentChainComputes() throws IOException {
    String shipped;
    try (InputStream in = BackgroundStems.class.getResourceAsStream(BackgroundStems.RESOURCE)) {
      shipped = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    // On failure: the stop words, the stemmer or the background counts changed; rebuild the
    // table with the command in BackgroundStems' javadoc.
    assertEquals(BackgroundStems.compute(), shipped, "background-stems.tsv is stale: rebuild it (DerivedResources background-stems, in the corpus module)");
  }

  @Test
  void parseReadsTheTotalAndTheCountsAndSkipsComments() {
    BackgroundStems.Table t = BackgroundStems.parse(
        "# comment\n@total\t120\nrefund\t7\ntotal\t5\ncaf\u00e9\t3\n".getBytes(StandardCharsets.UTF_8));
    assertEquals(120, t.total());
    assertEquals(Map.of("refund", 7L, "total", 5L, "caf\u00e9", 3L), t.counts());
  }

  @Test
  void aDamagedTableIsRefusedWithTheReason() {
    assertThrows(IllegalStateException.class, () -> BackgroundStems.parse("refund\t7\n".getBytes(StandardCharsets.UTF_8)));
    assertThrows(IllegalStateException.class, () -> BackgroundStems.parse("@total\t9\nrefund 7\n".getBytes(StandardCharsets.UTF_8)));
    assertThrows(IllegalStateException.class, () -> BackgroundStems.parse("@total\t9\nrefund\tx\n".getBytes(StandardCharsets.UTF_8)));
  }
}
