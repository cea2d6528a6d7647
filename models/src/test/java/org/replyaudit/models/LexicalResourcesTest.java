package org.replyaudit.models;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class LexicalResourcesTest {
  @Test
  void everyResourcePassesItsChecksum() {
    for (ModelProvenance p : LexicalResources.provenance()) {
      assertEquals(p.sha256(), EnglishModels.sha256(EnglishModels.verifiedBytes(p)), p.name());
    }
  }

  @Test
  void commonWordsOutnumberRareOnes() {
    assertTrue(LexicalResources.backgroundCounts().get("money") > LexicalResources.backgroundCounts().get("refund"));
    assertTrue(LexicalResources.backgroundTotal() > 40_000_000L);
  }

  @Test
  void derivationsAreRelated() {
    assertTrue(LexicalResources.related().get("suspend").contains("suspension"));
    assertTrue(LexicalResources.related().get("investigate").contains("investigation"));
  }
}
