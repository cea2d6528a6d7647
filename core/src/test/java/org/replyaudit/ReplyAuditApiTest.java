package org.replyaudit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class ReplyAuditApiTest {
  private static final String COMPLAINT = "Your engineer missed two appointments. Please refund the £40 call-out fee.";
  private static final String REPLY = "Thank you for your email. We have refunded the £40 call-out fee to your account.";

  @Test
  void nullComplaintThrowsNamingTheParameter() {
    NullPointerException e = assertThrows(NullPointerException.class, () -> ReplyAudit.analyze(null, REPLY));
    assertEquals("complaint", e.getMessage());
  }

  @Test
  void nullReplyThrowsNamingTheParameter() {
    NullPointerException e = assertThrows(NullPointerException.class, () -> ReplyAudit.analyze(COMPLAINT, null));
    assertEquals("reply", e.getMessage());
  }

  @Test
  void aSignalSwitchedOffAndBackOnGivesTheDefaultAnalysis() {
    ReplyAnalyzer off = ReplyAudit.builder().without(MatchingSignal.TYPED_EVIDENCE).build();
    ReplyAnalyzer back = off.toBuilder().with(MatchingSignal.TYPED_EVIDENCE).build();
    assertEquals(ReplyAudit.analyze(COMPLAINT, REPLY), back.analyze(COMPLAINT, REPLY));
  }

  @Test
  void withoutAnEncoderTheDefaultModeIsLexicalAndItsModelsAreLicenceClean() {
    // Core's tests have no encoder on the class path.
    ReplyAnalyzer a = ReplyAudit.defaultAnalyzer();
    assertEquals(Mode.LEXICAL, a.mode());
    assertEquals("", a.modelSet().encoder());
    assertTrue(a.modelSet().licence().contains("CC0"), a.modelSet().licence());
  }

  @Test
  void semanticModeWithoutAnEncoderSaysWhatToAdd() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> ReplyAudit.builder().mode(Mode.SEMANTIC).build());
    assertTrue(e.getMessage().contains("replyaudit-semantic"), e.getMessage());
  }

  @Test
  void modelsTrainedForAnotherEncoderAreRefused() {
    SentenceEncoder other = new SentenceEncoder() {
      @Override
      public String id() {
        return "some-other-encoder";
      }

      @Override
      public int dimension() {
        return 2;
      }

      @Override
      public float[][] encode(List<String> sentences) {
        return new float[sentences.size()][2];
      }
    };
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> ReplyAudit.builder().encoder(other).build());
    assertTrue(e.getMessage().contains("some-other-encoder"), e.getMessage());
  }

  @Test
  void nullModeEncoderAndModelsAreRejectedByName() {
    assertEquals("mode", assertThrows(NullPointerException.class, () -> ReplyAudit.builder().mode(null)).getMessage());
    assertEquals("encoder", assertThrows(NullPointerException.class, () -> ReplyAudit.builder().encoder(null)).getMessage());
    assertEquals("models", assertThrows(NullPointerException.class, () -> ReplyAudit.builder().models(null)).getMessage());
  }

  @Test
  void nullSignalsAreRejected() {
    assertThrows(NullPointerException.class, () -> ReplyAudit.builder().with((MatchingSignal[]) null));
    assertThrows(NullPointerException.class, () -> ReplyAudit.builder().with(MatchingSignal.ORDER, null));
  }

  @Test
  void blankRespondentNameIsRejected() {
    assertThrows(IllegalArgumentException.class, () -> ReplyAudit.builder().respondent("  "));
  }

  @Test
  void textOverTheLimitIsRejectedSayingHowToRaiseIt() {
    ReplyAnalyzer small = ReplyAudit.builder().maxTextLength(10).build();
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> small.analyze(COMPLAINT, "ok"));
    assertTrue(e.getMessage().contains("maxTextLength"), e.getMessage());
  }

  @Test
  void emptyTextsGiveAnEmptyAnalysisWithDiagnostics() {
    Analysis a = ReplyAudit.analyze("", "   ");
    assertTrue(a.points().isEmpty());
    assertTrue(a.replyClaims().isEmpty());
    List<String> codes = a.diagnostics().stream().map(Diagnostic::code).toList();
    assertTrue(codes.contains("complaint.empty") && codes.contains("reply.empty"), codes.toString());
    assertEquals(Verdict.NOT_APPLICABLE, a.verdict(), "nothing was asked, so nothing was answered");
  }

  @Test
  void htmlIsReportedAndTagsAreNotClaims() {
    Analysis a = ReplyAudit.analyze("<p>Please refund my deposit.</p>", "<div>We have refunded your deposit.</div>");
    assertTrue(a.diagnostics().stream().anyMatch(d -> d.code().equals("complaint.html")));
    assertTrue(a.points().stream().noneMatch(p -> p.text().contains("<p>")), a.points().toString());
  }

  @Test
  void listsInTheAnalysisAreUnmodifiable() {
    Analysis a = ReplyAudit.analyze(COMPLAINT, REPLY);
    assertThrows(UnsupportedOperationException.class, () -> a.points().clear());
    assertThrows(UnsupportedOperationException.class, () -> a.replyClaims().clear());
  }

  @Test
  void aPaidRefundAnswersTheRefundRequest() {
    Analysis a = ReplyAudit.analyze(COMPLAINT, REPLY);
    Point refund = a.points().stream().filter(p -> p.text().contains("refund")).findFirst().orElseThrow();
    assertEquals(PointKind.REQUEST, refund.kind());
    assertEquals(Status.ANSWERED, refund.status(), refund.why());
  }

  @Test
  void ignoredRequestIsUnanswered() {
    Analysis a = ReplyAudit.analyze(COMPLAINT, "Thank you for your email. We value your custom.");
    assertEquals(Verdict.UNANSWERED, a.verdict());
    assertEquals(0.0, a.coverage());
  }

  @Test
  void coverageCountsOnlyPointsNeedingAnAnswer() {
    Analysis a = ReplyAudit.analyze(COMPLAINT, REPLY);
    long needing = a.points().stream().filter(p -> p.kind().needsAnswer()).count();
    long answered = a.points().stream().filter(p -> p.status() == Status.ANSWERED).count();
    long partly = a.points().stream().filter(p -> p.status() == Status.PARTLY).count();
    assertEquals((answered + 0.5 * partly) / needing, a.coverage(), 1e-9);
  }

  @Test
  void perPairRespondentNamesDoNotChangeTheSharedAnalyzer() {
    ReplyAnalyzer base = ReplyAudit.builder().respondent("Acme").build();
    base.analyze(COMPLAINT, REPLY, List.of("Other Co"));
    assertEquals(List.of("Acme"), base.respondent());
  }

  @Test
  void textThatIsNotEnglishIsAnalysedAndNamesItsLanguage() {
    Analysis a = ReplyAudit.analyze(
        "Ich möchte mich über die Rechnung beschweren. Bitte erstatten Sie mir die Gebühr von "
            + "vierzig Euro, die Sie mir ohne Grund berechnet haben.",
        REPLY);
    Diagnostic d = a.diagnostics().stream().filter(x -> x.code().equals("complaint.language"))
        .findFirst().orElseThrow(() -> new AssertionError(a.diagnostics().toString()));
    assertTrue(d.message().contains("deu"), d.message());
  }

  @Test
  void textWithoutPunctuationIsAnalysedWithADiagnostic() {
    Analysis a = ReplyAudit.analyze("please refund the forty pound fee you charged me", REPLY);
    assertTrue(a.diagnostics().stream().anyMatch(d -> d.code().equals("complaint.no_punctuation")),
        a.diagnostics().toString());
    assertEquals(1, a.points().size(), a.points().toString());
  }

  @Test
  void aHundredThousandCharSentenceIsSplitIntoBoundedClaims() {
    String runOn = "the fee was wrong and ".repeat(100_000 / 22 + 1).substring(0, 100_000);
    Analysis a = ReplyAudit.analyze(runOn, REPLY);
    assertTrue(a.points().size() > 100, "only " + a.points().size() + " claims");
    assertTrue(a.points().stream().allMatch(p -> p.span().length() <= 400),
        "a claim is longer than 400 chars");
  }
}
