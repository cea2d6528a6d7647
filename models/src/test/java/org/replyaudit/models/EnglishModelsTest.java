package org.replyaudit.models;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.Collections;
import java.util.Properties;
import opennlp.tools.sentdetect.SentenceDetectorME;
import org.junit.jupiter.api.Test;

class EnglishModelsTest {

  @Test
  void provenanceMatchesWhatEachArtifactDeclares() throws IOException {
    // Every model jar carries a model.properties naming its file and checksum; ours must agree.
    int checked = 0;
    for (URL url : Collections.list(getClass().getClassLoader().getResources("model.properties"))) {
      Properties declared = new Properties();
      try (InputStream in = url.openStream()) {
        declared.load(in);
      }
      for (ModelProvenance p : EnglishModels.provenance()) {
        if (p.resource().equals(declared.getProperty("model.name"))) {
          assertEquals(declared.getProperty("model.sha256"), p.sha256(), p.name());
          String artifactId = p.artifact().split(":")[1];
          assertEquals(true, url.toString().contains(artifactId), url + " should be " + artifactId);
          checked++;
        }
      }
    }
    assertEquals(EnglishModels.provenance().size(), checked);
  }

  @Test
  void everyModelLoadsAndPassesItsChecksum() {
    for (ModelProvenance p : EnglishModels.provenance()) {
      assertEquals(p.sha256(), EnglishModels.sha256(EnglishModels.verifiedBytes(p)), p.name());
    }
    assertNotNull(EnglishModels.sentence());
    assertNotNull(EnglishModels.tokenizer());
    assertNotNull(EnglishModels.languageDetector());
  }

  @Test
  void languageDetectorTellsGermanFromEnglish() {
    var detector = new opennlp.tools.langdetect.LanguageDetectorME(EnglishModels.languageDetector());
    assertEquals("deu", detector.predictLanguage("Ich möchte mich über die Rechnung beschweren, die ich erhalten habe.").getLang());
    assertEquals("eng", detector.predictLanguage("I would like to complain about the bill I received last month.").getLang());
  }

  @Test
  void modelsAreLoadedOnce() {
    assertSame(EnglishModels.sentence(), EnglishModels.sentence());
    assertSame(EnglishModels.tokenizer(), EnglishModels.tokenizer());
  }

  @Test
  void sentenceModelSplitsSentences() {
    String[] s = new SentenceDetectorME(EnglishModels.sentence()).sentDetect("I ask for a refund. You ignored me.");
    assertEquals(2, s.length);
  }

  @Test
  void unknownModelNameIsRejected() {
    assertThrows(IllegalArgumentException.class, () -> EnglishModels.provenance("ner"));
  }

  @Test
  void versionIsTheArtifactVersion() {
    assertEquals("1.3.0", EnglishModels.provenance("tokenizer").version());
  }

  @Test
  void theOptionalLanguageDetectorIsFoundWhenItsArtifactIsPresent() {
    // The models module's own tests have the optional dependency (a consumer without it is
    // checked by examples/consumer).
    assertEquals(true, EnglishModels.hasLanguageDetector());
  }
}
