package org.replyaudit.semantic.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.replyaudit.semantic.EncoderModel;
import org.replyaudit.semantic.EncoderProvenance;

class VerifiedResourceTest {
  private static final EncoderProvenance MINILM = EncoderModel.ALL_MINILM_L6_V2_Q.provenance();

  @Test
  void readsAResourceWhoseChecksumMatches() {
    byte[] bytes = VerifiedResource.read(MINILM.tokenizer(), MINILM.tokenizerSha256(), MINILM.artifact());
    assertEquals(MINILM.tokenizerSha256(), VerifiedResource.sha256(bytes));
  }

  @Test
  void refusesAMismatchNamingBothChecksums() {
    String wrong = "0".repeat(64);
    IllegalStateException e = assertThrows(IllegalStateException.class,
        () -> VerifiedResource.read(MINILM.tokenizer(), wrong, MINILM.artifact()));
    assertTrue(e.getMessage().contains(wrong) && e.getMessage().contains(MINILM.tokenizerSha256()),
        e.getMessage());
  }

  @Test
  void aMissingResourceNamesTheJarToAdd() {
    IllegalStateException e = assertThrows(IllegalStateException.class,
        () -> VerifiedResource.read("no-such-model.onnx", "0".repeat(64), "g:a:1"));
    assertTrue(e.getMessage().contains("add the dependency g:a:1"), e.getMessage());
  }

  @Test
  void provenanceRecordsEveryModelsSourceAndLicence() {
    for (EncoderModel m : EncoderModel.values()) {
      EncoderProvenance p = m.provenance();
      assertEquals(m.id(), p.id());
      assertTrue(p.artifact().startsWith("dev.langchain4j:"), p.artifact());
      assertTrue(p.modelSha256().matches("[0-9a-f]{64}"), p.modelSha256());
      assertTrue(p.tokenizerSha256().matches("[0-9a-f]{64}"), p.tokenizerSha256());
      assertTrue(p.licence().equals("Apache-2.0") || p.licence().equals("MIT"), p.licence());
    }
    assertEquals("query: ", EncoderModel.E5_SMALL_V2_Q.prefix());
    assertEquals("", EncoderModel.ALL_MINILM_L6_V2_Q.prefix());
  }
}
