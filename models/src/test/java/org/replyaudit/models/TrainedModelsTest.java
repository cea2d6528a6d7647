package org.replyaudit.models;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class TrainedModelsTest {

  @Test
  void everyModelLoadsAndMatchesTheChecksumInItsProvenance() {
    for (String name : TrainedModels.NAMES) {
      Properties p = TrainedModels.provenance(name);
      assertEquals(name, p.getProperty("name"));
      assertEquals(p.getProperty("sha256"), EnglishModels.sha256(TrainedModels.verifiedBytes(name)), name);
    }
    List<TrainedModel> all = TrainedModels.loadAll();
    for (int i = 0; i < all.size(); i++) {
      String name = TrainedModels.NAMES.get(i);
      Properties p = TrainedModels.provenance(name);
      assertEquals(name, all.get(i).name());
      // The labels the provenance promises are exactly the model's.
      assertEquals(List.of(p.getProperty("labels").split(",")).stream().sorted().toList(),
          all.get(i).labels().stream().sorted().toList(), name);
    }
  }

  @Test
  void provenanceRecordsDataLicenceParametersVersionAndFigures() {
    for (String name : TrainedModels.NAMES) {
      Properties p = TrainedModels.provenance(name);
      for (String key : List.of("trained.on", "tuned.on", "evaluated.on", "licence", "params", "seed",
          "opennlp.version", "eval.test.macroF1", "eval.test.rules.macroF1")) {
        assertTrue(p.getProperty(key) != null && !p.getProperty(key).isBlank(), name + " lacks " + key);
      }
      assertTrue(p.getProperty("licence").contains("CC BY-NC 4.0"), name);
      assertTrue(p.getProperty("licence").contains("non-commercial"), name);
      // A model written by another OpenNLP may read differently: the version must be the one we run.
      assertEquals(opennlp.tools.util.Version.currentVersion().toString(), p.getProperty("opennlp.version"), name);
    }
  }

  @Test
  void modelsAreLoadedOnce() {
    assertSame(TrainedModels.pointKind(), TrainedModels.pointKind());
    assertSame(TrainedModels.replyAct(), TrainedModels.replyAct());
  }

  @Test
  void modelsReadTypicalSentences() {
    assertEquals("question", TrainedModels.pointKind()
        .classify("Why did you not tell me about the early-exit fee?", 0.4, 0.5).label());
    assertEquals("context", TrainedModels.pointKind()
        .classify("The paper proposes a new method for training language models.", 0.0, 0.1).label());
    assertEquals("courtesy", TrainedModels.replyAct()
        .classify("Thank you for your detailed and helpful review.", 0.0, 0.05).label());
    assertEquals("commitment", TrainedModels.replyAct()
        .classify("We will add these results to the final version of the paper.", 0.5, 0.6).label());
  }

  @Test
  void writeThenReadGivesTheSameBytesAndPredictions() throws IOException {
    TrainedModel m = TrainedModels.denial();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    TrainedModel.write(m.maxent(), out);
    TrainedModel back = TrainedModel.read("denial", new ByteArrayInputStream(out.toByteArray()));
    String s = "We never shared your data with anyone.";
    assertTrue(Arrays.equals(m.classify(s, 0.3, 0.4).probabilities(), back.classify(s, 0.3, 0.4).probabilities()));
    // Re-serialising a loaded model gives the shipped file back, byte for byte.
    assertEquals(TrainedModels.provenance("denial").getProperty("sha256"), EnglishModels.sha256(out.toByteArray()));
  }

  @Test
  void unknownModelNameIsRejected() {
    assertThrows(IllegalArgumentException.class, () -> TrainedModels.provenance("sentiment"));
  }
}
