package org.replyaudit.semantic.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.replyaudit.semantic.EncoderModel;
import org.replyaudit.semantic.EncoderProvenance;

class WordPieceTokenizerTest {
  private static final WordPieceTokenizer TOKENIZER = load(EncoderModel.E5_SMALL_V2_Q);

  static WordPieceTokenizer load(EncoderModel model) {
    EncoderProvenance p = model.provenance();
    return WordPieceTokenizer.fromTokenizerJson(new ByteArrayInputStream(
        VerifiedResource.read(p.tokenizer(), p.tokenizerSha256(), p.artifact())));
  }

  /**
   * The reference ids come from Hugging Face's tokenizers library (Rust, run by
   * src/test/node/wordpiece-reference.mjs) on odd texts and on every sentence of the cases.
   */
  @Test
  void givesTheReferenceTokenizersIds() throws IOException {
    ObjectMapper json = new ObjectMapper();
    List<String> mismatches = new ArrayList<>();
    int checked = 0;
    try (InputStream gz = getClass().getResourceAsStream("wordpiece-reference.jsonl.gz");
        BufferedReader lines = new BufferedReader(
            new InputStreamReader(new GZIPInputStream(gz), StandardCharsets.UTF_8))) {
      for (String line = lines.readLine(); line != null; line = lines.readLine()) {
        JsonNode row = json.readTree(line);
        String text = row.get("text").asText();
        int[] expected = new int[row.get("ids").size()];
        for (int i = 0; i < expected.length; i++) {
          expected[i] = row.get("ids").get(i).asInt();
        }
        int[] actual = TOKENIZER.encode(text, row.get("max").asInt());
        checked++;
        if (!java.util.Arrays.equals(expected, actual)) {
          mismatches.add(text + "\n  expected " + java.util.Arrays.toString(expected)
              + "\n  actual   " + java.util.Arrays.toString(actual));
        }
      }
    }
    assertTrue(checked > 5_000, "reference rows: " + checked);
    assertEquals(List.of(), mismatches.subList(0, Math.min(10, mismatches.size())),
        mismatches.size() + " of " + checked + " differ");
  }

  @Test
  void bothModelsShareOneVocabulary() {
    WordPieceTokenizer minilm = load(EncoderModel.ALL_MINILM_L6_V2_Q);
    assertEquals(30_522, minilm.vocabularySize());
    assertEquals(30_522, TOKENIZER.vocabularySize());
    String text = "Your fee of £40 has been refunded; we apologise for the delay.";
    assertArrayEquals(TOKENIZER.encode(text, 128), minilm.encode(text, 128));
  }

  @Test
  void truncatesByTokensWithoutReadingTheWholeText() {
    String head = "please refund the fee ";
    String huge = head.repeat(2_000_000 / head.length());
    int[] ids = TOKENIZER.encode(huge, 128);
    assertEquals(128, ids.length);
    assertEquals(101, ids[0]);
    assertEquals(102, ids[127]);
    assertArrayEquals(TOKENIZER.encode(head.repeat(40), 128), ids);
  }

  @Test
  void aWordLongerThanOneHundredCharactersIsUnknown() {
    int unk = 100;
    assertArrayEquals(new int[] {101, unk, 102}, TOKENIZER.encode("x".repeat(101), 128));
    assertArrayEquals(new int[] {101, unk, 102}, TOKENIZER.encode("x".repeat(2_000_000), 128));
  }

  @Test
  void refusesTooSmallACapAndNull() {
    assertThrows(IllegalArgumentException.class, () -> TOKENIZER.encode("a", 2));
    NullPointerException e = assertThrows(NullPointerException.class, () -> TOKENIZER.encode(null, 8));
    assertEquals("text", e.getMessage());
  }

  @Test
  void refusesATokenizerItDoesNotImplement() {
    String bpe = "{\"normalizer\":{\"type\":\"NFC\"},\"pre_tokenizer\":{\"type\":\"ByteLevel\"},"
        + "\"model\":{\"type\":\"BPE\",\"vocab\":{\"a\":0}}}";
    IllegalStateException e = assertThrows(IllegalStateException.class,
        () -> WordPieceTokenizer.fromTokenizerJson(
            new ByteArrayInputStream(bpe.getBytes(StandardCharsets.UTF_8))));
    assertTrue(e.getMessage().contains("model.type is BPE"), e.getMessage());
  }
}
