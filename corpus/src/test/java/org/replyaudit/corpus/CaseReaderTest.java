package org.replyaudit.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.replyaudit.Label;
import org.replyaudit.PointKind;
import org.replyaudit.Span;

class CaseReaderTest {
  private static final String GOOD = """
      {"id":"c1","domain":"d","respondent":["Acme","we"],"complaint":"You lost my parcel. Refund me.",\
      "reply":"Thank you. We have refunded you.","gold":{"points":[\
      {"quote":"You lost my parcel.","kind":"allegation","addressed":"no","by":[]},\
      {"quote":"Refund me.","kind":"request","addressed":"yes","by":["We have refunded you."]}],\
      "reply":[{"quote":"Thank you.","labels":["courtesy"]},\
      {"quote":"We have refunded you.","labels":["answer","commitment"]}]}}""";

  @TempDir
  Path dir;

  private Path write(String name, String... lines) throws IOException {
    Path f = dir.resolve(name);
    Files.writeString(f, String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
    return f;
  }

  private CaseFormatException failure(String... lines) throws IOException {
    Path f = write("bad.jsonl", lines);
    return assertThrows(CaseFormatException.class, () -> CaseReader.read(f));
  }

  @Test
  void readsAValidCaseWithSpansKindsAndLabels() throws IOException {
    List<AnnotatedCase> cases = CaseReader.read(write("good.jsonl", GOOD));
    assertEquals(1, cases.size());
    AnnotatedCase c = cases.get(0);
    assertEquals("c1", c.id());
    assertEquals(List.of("Acme", "we"), c.respondent());
    assertEquals(new Span(0, 19), c.points().get(0).span());
    assertEquals(PointKind.REQUEST, c.points().get(1).kind());
    assertEquals(Addressed.YES, c.points().get(1).addressed());
    assertEquals("We have refunded you.", c.points().get(1).by().get(0).of(c.reply()));
    assertEquals(Set.of(Label.ANSWER, Label.COMMITMENT), c.replyItems().get(1).labels());
  }

  @Test
  void alignmentsComeFromByLinks() throws IOException {
    AnnotatedCase c = CaseReader.read(write("good.jsonl", GOOD)).get(0);
    assertEquals(1, c.alignments().size());
    assertEquals("We have refunded you.", c.alignments().get(0).reply().of(c.reply()));
    assertEquals(List.of(c.points().get(1).span()), c.alignments().get(0).complaint());
  }

  @Test
  void invalidJsonNamesFileAndLine() throws IOException {
    CaseFormatException e = failure(GOOD, "{not json");
    assertEquals(2, e.line());
    assertTrue(e.getMessage().startsWith(dir.resolve("bad.jsonl") + ":2: "), e.getMessage());
    assertTrue(e.getMessage().contains("not valid JSON"), e.getMessage());
  }

  @Test
  void lineNumbersCountBlankLines() throws IOException {
    CaseFormatException e = failure(GOOD, "", GOOD.replace("\"c1\"", "\"c2\"")
        .replace("\"kind\":\"request\"", "\"kind\":\"demand\""));
    assertEquals(3, e.line());
    assertTrue(e.getMessage().contains("demand"), e.getMessage());
  }

  @Test
  void missingReplyIsReported() throws IOException {
    CaseFormatException e = failure("{\"id\":\"x\",\"complaint\":\"a\",\"gold\":{}}");
    assertEquals(1, e.line());
    assertTrue(e.getMessage().contains("\"reply\" is missing"), e.getMessage());
  }

  @Test
  void missingIdIsReported() throws IOException {
    CaseFormatException e = failure(GOOD.replace("\"id\":\"c1\",", ""));
    assertTrue(e.getMessage().contains("\"id\" is missing"), e.getMessage());
  }

  @Test
  void quoteNotInComplaintIsReported() throws IOException {
    CaseFormatException e = failure(GOOD.replace("You lost my parcel.\",\"kind", "You lost it.\",\"kind"));
    assertTrue(e.getMessage().contains("gold.points[0]"), e.getMessage());
    assertTrue(e.getMessage().contains("not in the complaint"), e.getMessage());
  }

  @Test
  void byQuoteNotInReplyIsReported() throws IOException {
    CaseFormatException e = failure(GOOD.replace("\"by\":[\"We have refunded you.\"]",
        "\"by\":[\"We refunded you.\"]"));
    assertTrue(e.getMessage().contains("gold.points[1].by[0]"), e.getMessage());
    assertTrue(e.getMessage().contains("not in the reply"), e.getMessage());
  }

  @Test
  void unknownLabelIsReported() throws IOException {
    CaseFormatException e = failure(GOOD.replace("[\"courtesy\"]", "[\"rudeness\"]"));
    assertTrue(e.getMessage().contains("unknown label \"rudeness\""), e.getMessage());
  }

  @Test
  void badAddressedValueIsReported() throws IOException {
    CaseFormatException e = failure(GOOD.replace("\"addressed\":\"no\"", "\"addressed\":\"maybe\""));
    assertTrue(e.getMessage().contains("addressed must be yes, partly or no"), e.getMessage());
  }

  @Test
  void duplicateIdIsReportedOnTheSecondLine() throws IOException {
    CaseFormatException e = failure(GOOD, GOOD);
    assertEquals(2, e.line());
    assertTrue(e.getMessage().contains("duplicate id"), e.getMessage());
  }

  @Test
  void occurrenceSelectsTheNthRepeat() throws IOException {
    String line = """
        {"id":"o","complaint":"Fix it. I said: fix it. Fix it.","reply":"OK. OK.",\
        "gold":{"points":[{"quote":"Fix it.","occurrence":2,"kind":"request","addressed":"no",\
        "by":[{"quote":"OK.","occurrence":2}]}],"reply":[{"quote":"OK.","labels":["courtesy"]}]}}""";
    AnnotatedCase c = CaseReader.read(write("occ.jsonl", line)).get(0);
    assertEquals(new Span(24, 31), c.points().get(0).span());
    assertEquals(new Span(4, 7), c.points().get(0).by().get(0));
    assertEquals(new Span(0, 3), c.replyItems().get(0).span(), "occurrence defaults to 1");
  }

  @Test
  void occurrenceBeyondTheRepeatsIsReported() throws IOException {
    String line = GOOD.replace("\"quote\":\"Refund me.\",", "\"quote\":\"Refund me.\",\"occurrence\":2,");
    CaseFormatException e = failure(line);
    assertTrue(e.getMessage().contains("occurrence 2"), e.getMessage());
    assertTrue(e.getMessage().contains("holds only 1"), e.getMessage());
  }

  @Test
  void occurrenceBelowOneIsReported() throws IOException {
    String line = GOOD.replace("\"quote\":\"Refund me.\",", "\"quote\":\"Refund me.\",\"occurrence\":0,");
    CaseFormatException e = failure(line);
    assertTrue(e.getMessage().contains("occurrence must be a whole number"), e.getMessage());
  }

  @Test
  void nullPathNamesTheParameter() {
    NullPointerException e = assertThrows(NullPointerException.class,
        () -> CaseReader.read((Path) null));
    assertEquals("file", e.getMessage());
  }
}
