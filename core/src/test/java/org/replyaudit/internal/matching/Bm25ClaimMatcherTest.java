package org.replyaudit.internal.matching;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.replyaudit.internal.text.Claim;
import org.replyaudit.internal.text.ClauseSplitter;
import org.replyaudit.internal.text.CleanText;
import org.replyaudit.internal.text.Segmenter;
import org.replyaudit.internal.text.TextCleaner;
import org.replyaudit.models.EnglishModels;

class Bm25ClaimMatcherTest {
  private final TextCleaner cleaner = new TextCleaner();
  private final Segmenter segmenter = new Segmenter(EnglishModels.sentence());
  private final ClauseSplitter splitter = new ClauseSplitter(EnglishModels.tokenizer());
  private final Bm25ClaimMatcher matcher = new Bm25ClaimMatcher();

  private List<Claim> claims(String s) {
    CleanText t = cleaner.clean(s);
    return splitter.split(t, segmenter.segment(t));
  }

  @Test
  void aClaimScoresOneAgainstItsOwnWords() {
    List<Claim> c = claims("Please refund the deposit.");
    List<Claim> r = claims("Please refund the deposit.");
    assertEquals(1.0, matcher.score(c, r).score(0, 0), 1e-6);
  }

  @Test
  void aRareSharedWordOutweighsACommonOne() {
    // "account" is in every claim of the pair, "deposit" in one complaint and one reply claim.
    List<Claim> c = claims("My account shows the deposit. My account was closed. My account is wrong.");
    List<Claim> r = claims("The deposit was returned. Your account is open.");
    Bm25ClaimMatcher.Scores s = matcher.score(c, r);
    assertTrue(s.score(0, 0) > s.score(0, 1), s.complaintToReply().toString());
  }

  @Test
  void stemsMatchAcrossInflections() {
    Bm25ClaimMatcher.Scores s = matcher.score(claims("You refused my refund."), claims("We have refunded you."));
    assertTrue(s.score(0, 0) > 0);
  }

  @Test
  void scoresLieBetweenZeroAndOne() {
    Bm25ClaimMatcher.Scores s = matcher.score(
        claims("Refund refund refund the fee. The fee was wrong."), claims("We refunded the fee. Fee fee fee."));
    s.complaintToReply().forEach(links -> links.forEach(l -> assertTrue(l.score() >= 0 && l.score() <= 1)));
    s.replyToComplaint().forEach(links -> links.forEach(l -> assertTrue(l.score() >= 0 && l.score() <= 1)));
  }

  @Test
  void claimsWithNoSharedTermAreNotLinked() {
    Bm25ClaimMatcher.Scores s = matcher.score(claims("The parcel was crushed."), claims("Your invoice is attached."));
    assertTrue(s.complaintToReply().get(0).isEmpty());
  }
}
