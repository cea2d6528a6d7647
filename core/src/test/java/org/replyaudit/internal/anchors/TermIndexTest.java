package org.replyaudit.internal.anchors;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TermIndexTest {
  @Test
  void pairsAreAdjacentLowerCasedWords() {
    assertEquals(Set.of("we have", "have refunded", "refunded you"), TermIndex.pairs("We have refunded you."));
  }

  @Test
  void aNominatedClaimCountsEverySharedPairCommonOnesToo() {
    List<String> claims = new ArrayList<>();
    for (int i = 0; i <= TermIndex.COMMON; i++) {
      claims.add("of the filler " + i); // "of the" is now held by COMMON + 1 claims
    }
    claims.add("the refund of the deposit");
    int last = claims.size() - 1;
    int[][] shared = TermIndex.ofPairs(claims).shared(TermIndex.pairs("you owe me the refund of the deposit"));
    // Only the last claim shares an uncommon pair; its common "of the" is counted as well.
    assertArrayEquals(new int[] {last}, shared[0]);
    assertArrayEquals(new int[] {4}, shared[1]);
  }

  @Test
  void aPairHeldByManyClaimsNominatesNone() {
    List<String> claims = new ArrayList<>();
    for (int i = 0; i <= TermIndex.COMMON; i++) {
      claims.add("of the filler " + i);
    }
    assertArrayEquals(new int[0], TermIndex.ofPairs(claims).shared(Set.of("of the"))[0]);
  }
}
