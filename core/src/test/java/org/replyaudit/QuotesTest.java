package org.replyaudit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link Analysis#quotes()}: the reply's {@code > } lines traced to the complaint claims they copy. */
class QuotesTest {
  private static final String COMPLAINT = "Dear Sir,\n\nWhy was my refund for the cancelled flight not paid? "
      + "Your staff at the check-in desk were rude to me.\n\nRegards,\nAnn\n";

  @Test
  void eachQuotedSentenceIsTracedToTheComplaintSentenceItCopies() {
    String reply = "Thank you for your letter.\n\n"
        + "> Why was my refund for the cancelled flight not paid? Your staff at the check-in desk\n"
        + "> were rude to me.\n\nThe delay was caused by a fault at our bank.\n";
    List<Quote> quotes = ReplyAudit.analyze(COMPLAINT, reply).quotes();
    assertEquals(2, quotes.size());
    assertEquals("Why was my refund for the cancelled flight not paid?", quotes.get(0).text());
    assertEquals("Why was my refund for the cancelled flight not paid?",
        quotes.get(0).source().get(0).span().of(COMPLAINT));
    assertTrue(quotes.get(1).text().startsWith("Your staff at the check-in desk"), quotes.get(1).text());
    assertEquals("Your staff at the check-in desk were rude to me.", quotes.get(1).source().get(0).span().of(COMPLAINT));
  }

  @Test
  void aVerbatimQuoteScoresOne() {
    String reply = "> Why was my refund for the cancelled flight not paid?\n\nIt was paid on Monday.\n";
    assertEquals(1.0, ReplyAudit.analyze(COMPLAINT, reply).quotes().get(0).source().get(0).score());
  }

  @Test
  void quotedLinesFromAnotherLetterAreNotQuotesOfTheComplaint() {
    String reply = "> Our terms allow a fee to be charged for every late change of booking.\n\n"
        + "The delay was caused by a fault at our bank.\n";
    assertEquals(List.of(), ReplyAudit.analyze(COMPLAINT, reply).quotes());
  }

  @Test
  void aShortQuotedHeadingIsNoQuote() {
    String reply = "> Point 2\n\nThe delay was caused by a fault at our bank.\n";
    assertEquals(List.of(), ReplyAudit.analyze(COMPLAINT, reply).quotes());
  }

  @Test
  void wordsInQuotationMarksStayTheReplysOwnClaims() {
    String reply = "You wrote “your staff at the check-in desk were rude to me”. We have spoken to them.\n";
    Analysis a = ReplyAudit.analyze(COMPLAINT, reply);
    assertEquals(List.of(), a.quotes());
    assertTrue(a.replyClaims().stream().anyMatch(c -> c.text().contains("check-in desk")));
  }

  @Test
  void quotesAreNeverReplyClaims() {
    String reply = "> Why was my refund for the cancelled flight not paid?\n\nIt was paid on Monday.\n";
    Analysis a = ReplyAudit.analyze(COMPLAINT, reply);
    for (Quote q : a.quotes()) {
      assertTrue(a.replyClaims().stream().noneMatch(c -> c.span().overlap(q.span()) > 0), q.toString());
    }
  }

  @Test
  void answersMarkedWithQuoteMarkersAreTheReplysOwnClaims() {
    String reply = "“Why was my refund for the cancelled flight not paid?”\n\n"
        + ">>> The payment was delayed by a fault at our bank and reached your account on Monday.\n";
    Analysis a = ReplyAudit.analyze(COMPLAINT, reply);
    assertTrue(a.replyClaims().stream().anyMatch(c -> c.text().startsWith("The payment was delayed")),
        a.replyClaims().toString());
    assertTrue(a.diagnostics().stream().anyMatch(d -> d.code().equals("reply.own_quoted_lines")), a.diagnostics().toString());
    assertEquals(List.of(), a.quotes());
  }

  @Test
  void quotedLinesCopyingTheComplaintAreNotTheReplysClaims() {
    String reply = "> Why was my refund for the cancelled flight not paid?\n\nIt was paid on Monday.\n";
    Analysis a = ReplyAudit.analyze(COMPLAINT, reply);
    assertTrue(a.replyClaims().stream().noneMatch(c -> c.text().contains("cancelled flight")), a.replyClaims().toString());
    assertTrue(a.diagnostics().stream().anyMatch(d -> d.code().equals("reply.quoted_lines")), a.diagnostics().toString());
  }

  @Test
  void aQuoteWithoutSourceIsRejected() {
    assertThrows(IllegalArgumentException.class, () -> new Quote(new Span(0, 4), "text", List.of()));
  }
}
