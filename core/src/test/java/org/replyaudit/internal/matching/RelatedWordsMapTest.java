package org.replyaudit.internal.matching;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.synonym.SynonymMap;
import org.junit.jupiter.api.Test;
import org.replyaudit.models.LexicalResources;

class RelatedWordsMapTest {
  @Test
  void theShippedMapIsWhatLucenesBuilderMakesFromTheModelsTable() throws IOException {
    byte[] shipped;
    try (InputStream in = RelatedWordsMap.class.getResourceAsStream(RelatedWordsMap.RESOURCE)) {
      shipped = in.readAllBytes();
    }
    // On failure: the WordNet table or Lucene changed; rebuild with RelatedWordsMap's command.
    assertArrayEquals(RelatedWordsMap.write(RelatedWordsMap.build()), shipped,
        "related-words.fst is stale: rebuild it (DerivedResources related-words, in the corpus module)");
  }

  @Test
  void theLoadedMapExpandsEveryWordAsTheBuiltOneDoes() {
    SynonymMap built = RelatedWordsMap.build();
    SynonymMap loaded = RelatedWordsMap.load();
    ClaimAnalyzer a = new ClaimAnalyzer(built);
    ClaimAnalyzer b = new ClaimAnalyzer(loaded);
    List<String> words = new ArrayList<>(LexicalResources.related().keySet());
    int expanded = 0;
    for (int i = 0; i < words.size(); i += 7) {
      String text = "We will " + words.get(i) + " the " + words.get((i * 31) % words.size()) + " today.";
      ClaimAnalyzer.Analysed x = a.termsAndExpansions(text);
      assertEquals(x, b.termsAndExpansions(text), text);
      expanded += x.expansions().isEmpty() ? 0 : 1;
    }
    assertTrue(expanded > 100, "the sample exercises the map: " + expanded);
  }

  @Test
  void aFileThatIsNotAMapIsRefused() {
    assertThrows(IllegalStateException.class, () -> RelatedWordsMap.read(new byte[] {6, 'X', 'X', 'X', 'X', 'X', 'X'}));
  }
}
