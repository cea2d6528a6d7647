package org.replyaudit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.replyaudit.SharedData;

/** {@code batch} over the thirty annotated dev pairs: one output line per input line, no errors. */
class DevBatchTest {
  @Test
  void oneAnalysisPerLineAndNoErrors(@TempDir Path tmp) throws Exception {
    Path dev = SharedData.require("cases/dev.jsonl");
    Path out = tmp.resolve("dev.out.jsonl");
    assertEquals(0, Main.run("batch", "--quiet", "--threads", "2", "--in", dev.toString(), "--out", out.toString()));
    List<String> in = Files.readAllLines(dev);
    List<String> lines = Files.readAllLines(out);
    assertEquals(in.size(), lines.size());
    ObjectMapper m = new ObjectMapper();
    for (int i = 0; i < in.size(); i++) {
      JsonNode o = m.readTree(lines.get(i));
      assertFalse(o.has("error"), lines.get(i));
      assertEquals(m.readTree(in.get(i)).get("id").asText(), o.get("id").asText(), "order kept");
    }
  }
}
