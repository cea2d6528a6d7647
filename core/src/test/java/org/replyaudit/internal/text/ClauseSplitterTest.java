package org.replyaudit.internal.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.replyaudit.models.EnglishModels;

class ClauseSplitterTest {
  private final TextCleaner cleaner = new TextCleaner();
  private final Segmenter segmenter = new Segmenter(EnglishModels.sentence());
  private final ClauseSplitter splitter = new ClauseSplitter(EnglishModels.tokenizer());

  private List<String> claims(String s) {
    CleanText t = cleaner.clean(s);
    return splitter.split(t, segmenter.segment(t)).stream().map(Claim::text).toList();
  }

  @Test
  void independentClauseJoinedByAndWeIsSplit() {
    assertEquals(List.of(
            "The party takes its responsibilities in handling data extremely seriously",
            "and we would never provide third parties with any information."),
        claims("The party takes its responsibilities in handling data extremely seriously and we would never provide third parties with any information."));
  }

  @Test
  void commaButStartsANewClause() {
    assertEquals(2, claims("I understand LAAS is not affiliated to the party, but several of its members are party members.").size());
  }

  @Test
  void coordinatedObjectsAreNotSplit() {
    assertEquals(1, claims("Please refund the fee and the call charges for my line.").size());
  }

  @Test
  void cueStringIsLowerCaseWordsWithSpacesAtBothEnds() {
    assertEquals(" we don't know ? ", ClauseSplitter.cueString("We don\u2019t know?"));
  }
}
