package org.replyaudit.models;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import opennlp.tools.ml.model.AbstractModel;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/**
 * The bank reproduces each model's own evaluation bit for bit. Real feature rows are checked in
 * core ({@code ModelBankAgreementTest}); here rows drawn from the models' own predicates, with
 * unknown names, repeats and odd values, and a check that the shipped models take the fast path
 * at all (else agreement would prove nothing).
 */
class ModelBankTest {
  @ParameterizedTest
  @ValueSource(strings = {"lexical", "semantic"})
  void everyShippedModelIsEvaluatedByTheBankAndAgrees(String setName) {
    ModelSet set = ModelSet.shipped(setName);
    ModelBank bank = set.bank();
    List<String> all = new ArrayList<>();
    for (String name : set.models()) {
      assertTrue(bank.exact(bank.index(name)), name + " falls back to OpenNLP");
      @SuppressWarnings("unchecked")
      Map<String, ?> table = (Map<String, ?>) ((AbstractModel) set.model(name).maxent()).getDataStructures()[1];
      all.addAll(table.keySet());
    }
    Random random = new Random(7);
    float[] odd = {1f, 0.5f, -2.25f, 1e-7f, 3e5f, Float.MIN_VALUE};
    for (int r = 0; r < 500; r++) {
      int n = random.nextInt(60);
      String[] names = new String[n];
      float[] values = new float[n];
      for (int i = 0; i < n; i++) {
        names[i] = random.nextInt(20) == 0 ? "never-seen-" + i
            : random.nextInt(10) == 0 && i > 0 ? names[random.nextInt(i)] : all.get(random.nextInt(all.size()));
        values[i] = random.nextBoolean() ? odd[random.nextInt(odd.length)] : (float) random.nextGaussian();
      }
      ModelBank.Row row = bank.row(names, values);
      for (String name : set.models()) {
        assertArrayEquals(set.model(name).eval(names, values), bank.eval(bank.index(name), row), 0, name);
      }
    }
  }

  @Test
  void anUnknownModelIsNamed() {
    ModelBank bank = ModelSet.shipped("lexical").bank();
    assertThrows(IllegalArgumentException.class, () -> bank.index("no-such-model"));
  }
}
