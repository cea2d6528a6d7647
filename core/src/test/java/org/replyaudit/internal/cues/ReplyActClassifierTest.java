package org.replyaudit.internal.cues;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.replyaudit.internal.cues.ReplyActClassifier.Act;
import org.replyaudit.internal.text.Claim;
import org.replyaudit.internal.text.ClauseSplitter;
import org.replyaudit.internal.text.CleanText;
import org.replyaudit.internal.text.Segmenter;
import org.replyaudit.internal.text.TextCleaner;
import org.replyaudit.models.EnglishModels;

class ReplyActClassifierTest {
  private final TextCleaner cleaner = new TextCleaner();
  private final Segmenter segmenter = new Segmenter(EnglishModels.sentence());
  private final ClauseSplitter splitter = new ClauseSplitter(EnglishModels.tokenizer());
  private final ReplyActClassifier classifier = new ReplyActClassifier();

  private Map<Act, Cue.Hit> acts(String sentence) {
    CleanText t = cleaner.clean(sentence);
    List<Claim> claims = splitter.split(t, segmenter.segment(t));
    return classifier.acts(claims.get(0));
  }

  @Test
  void thanksIsCourtesy() {
    assertTrue(acts("Thank you for your email.").containsKey(Act.COURTESY));
  }

  @Test
  void sorryForWhatHappenedIsAnApology() {
    assertTrue(acts("I am sorry that the engineer did not arrive.").containsKey(Act.APOLOGY));
  }

  @Test
  void sorryYouFeelThatWayIsNoApology() {
    Map<Act, Cue.Hit> a = acts("I am sorry you feel that way about our service.");
    assertFalse(a.containsKey(Act.APOLOGY));
    assertTrue(a.containsKey(Act.NON_APOLOGY));
  }

  @Test
  void weWillIsACommitment() {
    assertTrue(acts("We will send an engineer on Thursday morning.").containsKey(Act.COMMITMENT));
  }

  @Test
  void weWillNotIsNoCommitment() {
    assertFalse(acts("We will not refund the fee.").containsKey(Act.COMMITMENT));
  }

  @Test
  void suggestingAnotherBodyIsRedirection() {
    assertTrue(acts("You may wish to contact the retailer about a refund.").containsKey(Act.REDIRECTION));
  }

  @Test
  void takingThingsSeriouslyIsBoilerplate() {
    assertTrue(acts("We take the security of your data extremely seriously.").containsKey(Act.BOILERPLATE));
  }

  @Test
  void atNoPointIsADenial() {
    assertTrue(acts("At no point did our staff share your details.").containsKey(Act.DENIAL));
  }

  @Test
  void ifYouHaveConcernsAssumesAPremise() {
    assertTrue(acts("If you have concerns about your data, please let us know.").containsKey(Act.PREMISE));
  }

  @Test
  void weNoteYourConcernIsAnAcknowledgement() {
    assertTrue(acts("We note your concern about the price rise.").containsKey(Act.ACKNOWLEDGEMENT));
  }

  @Test
  void sorryThatSomethingHappenedToTheComplainantIsAnApology() {
    Map<Act, Cue.Hit> a = acts("I am very sorry that you were left at the stop on 14 November.");
    assertTrue(a.containsKey(Act.APOLOGY), a.toString());
    assertFalse(a.containsKey(Act.NON_APOLOGY), a.toString());
  }

  @Test
  void sorryThatTheComplainantIsDisappointedIsNoApology() {
    Map<Act, Cue.Hit> a = acts("I am sorry that you were disappointed with our service.");
    assertTrue(a.containsKey(Act.NON_APOLOGY), a.toString());
    assertFalse(a.containsKey(Act.APOLOGY), a.toString());
  }

  @Test
  void conditionalSorryIsNoApology() {
    Map<Act, Cue.Hit> a = acts("We are sorry if you were inconvenienced by the delay.");
    assertTrue(a.containsKey(Act.NON_APOLOGY), a.toString());
  }

  @Test
  void reportingTheComplainantsDisputeIsNoDenial() {
    assertFalse(acts("We note that you dispute the proposed deductions from your deposit.")
        .containsKey(Act.DENIAL));
  }

  @Test
  void anOfferToAnswerQuestionsAssumesNoConcern() {
    assertFalse(acts("If you have any questions about your bill, please call us on 0300 123 4567.")
        .containsKey(Act.PREMISE));
    assertTrue(acts("If you have concerns about how they obtained your data, ask them.")
        .containsKey(Act.PREMISE));
  }

  @Test
  void aFutureActionByAnyoneIsACommitment() {
    assertTrue(acts("The balance of £560 will be released to you within 5 working days.")
        .containsKey(Act.COMMITMENT));
    assertTrue(acts("From Monday the crew will come to your front garden.").containsKey(Act.COMMITMENT));
  }

  @Test
  void somethingThatWillNotHappenIsNoCommitment() {
    assertFalse(acts("The crew will not come to your front garden.").containsKey(Act.COMMITMENT));
  }

  @Test
  void askingToBeContactedAgainIsNoRedirection() {
    assertFalse(acts("Please contact me on 01632 960418.").containsKey(Act.REDIRECTION));
    assertTrue(acts("Please contact the retailer about a refund.").containsKey(Act.REDIRECTION));
  }

  @Test
  void disagreeingWithTheDecisionIntroducesASignpost() {
    assertTrue(acts("If you disagree with this decision, you can refer the matter to the Ombudsman.")
        .containsKey(Act.SIGNPOST));
  }

  @Test
  void aDecisionInThePassiveIsAnActionTaken() {
    assertTrue(acts("The £142.60 for the coat and boots is approved.").containsKey(Act.ACTION_TAKEN));
  }
}
