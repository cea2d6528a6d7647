package org.replyaudit.internal.decisions;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.replyaudit.PointKind;
import org.replyaudit.internal.PairState;
import org.replyaudit.internal.Pipeline;
import org.replyaudit.internal.Settings;
import org.replyaudit.models.ModelBank;
import org.replyaudit.models.ModelSet;
import org.replyaudit.models.TrainedModel;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@link ModelBank} gives exactly the probabilities of each model's own evaluation, which the
 * decisions relied on before: every model of a shipped set, on every feature row (point, reply,
 * link, status) of real letters, to the last bit. Semantic rows get stand-in vectors: their
 * values only need to be realistic numbers, not a real encoder's.
 */
class ModelBankAgreementTest {
  private static final int LETTERS = 6;

  @ParameterizedTest
  @ValueSource(strings = {"lexical", "semantic"})
  void theBankAgreesBitForBitWithEachModel(String setName) throws IOException {
    ModelSet set = ModelSet.shipped(setName);
    ModelBank bank = set.bank();
    Pipeline pipeline = new Pipeline(Settings.defaults());
    int rows = 0;
    for (JsonNode letter : letters()) {
      PairState s = pipeline.state(letter.get("complaint").asText(), letter.get("reply").asText(), List.of());
      LearnedFeatures.Vectors v = setName.equals("semantic") ? standIn(s) : null;
      for (FeatureRow f : rows(set, LearnedFeatures.prepare(s, v))) {
        ModelBank.Row row = bank.row(f.names(), f.values());
        for (String name : set.models()) {
          TrainedModel m = set.model(name);
          assertArrayEquals(m.eval(f.names(), f.values()), bank.eval(bank.index(name), row), 0,
              () -> name + " on " + List.of(f.names()));
        }
        rows++;
      }
    }
    assertTrue(rows > 100, "too few rows to mean anything: " + rows);
  }

  /** Every row the decisions build for a pair, fed as they feed them. */
  private static List<FeatureRow> rows(ModelSet set, FeatureContext pr) {
    List<FeatureRow> out = new ArrayList<>();
    PairState s = pr.state();
    int nc = s.complaint().size();
    int nr = s.reply().size();
    double[] pointP = new double[nc];
    for (int i = 0; i < nc; i++) {
      FeatureRow f = LearnedFeatures.point(pr, i);
      out.add(f);
      pointP[i] = 1 - set.model("point").probability("context", f.names(), f.values());
    }
    double[] answerP = new double[nr];
    int answering = 0;
    for (int j = 0; j < nr; j++) {
      FeatureRow f = LearnedFeatures.reply(pr, j, pointP);
      out.add(f);
      answerP[j] = set.model("reply-answer").probability("yes", f.names(), f.values());
      answering += answerP[j] >= 0.5 ? 1 : 0;
    }
    for (int i = 0; i < nc; i++) {
      int[] cand = pr.candidates(i);
      double[] linkP = new double[cand.length];
      for (int k = 0; k < cand.length; k++) {
        FeatureRow f = LearnedFeatures.link(pr, i, cand[k]);
        out.add(f);
        linkP[k] = set.model("link").probability("yes", f.names(), f.values());
      }
      for (PointKind kind : PointKind.values()) {
        out.add(LearnedFeatures.status(pr, i, kind, answerP, answering, linkP));
      }
    }
    return out;
  }

  private static List<JsonNode> letters() throws IOException {
    ObjectMapper json = new ObjectMapper();
    List<JsonNode> out = new ArrayList<>();
    for (String line : Files.readAllLines(Path.of("..", "corpus", "data", "cases", "dev.jsonl"))) {
      if (!line.isBlank() && out.size() < LETTERS) {
        out.add(json.readTree(line));
      }
    }
    return out;
  }

  /** Unit vectors, fixed per claim text, so similarities spread over [-1, 1] as real ones do. */
  private static LearnedFeatures.Vectors standIn(PairState s) {
    float[][] c = new float[s.complaint().size()][];
    for (int i = 0; i < c.length; i++) {
      c[i] = unit(s.complaint().get(i).text());
    }
    float[][] r = new float[s.reply().size()][];
    for (int j = 0; j < r.length; j++) {
      r[j] = unit(s.reply().get(j).text());
    }
    return new LearnedFeatures.Vectors(c, r);
  }

  private static float[] unit(String text) {
    java.util.Random random = new java.util.Random(text.hashCode());
    float[] v = new float[16];
    double norm = 0;
    for (int k = 0; k < v.length; k++) {
      // A shared positive part, so that some pairs are close, as sentences of one letter are.
      v[k] = (float) (random.nextGaussian() + 1.5);
      norm += v[k] * v[k];
    }
    for (int k = 0; k < v.length; k++) {
      v[k] /= (float) Math.sqrt(norm);
    }
    return v;
  }
}
