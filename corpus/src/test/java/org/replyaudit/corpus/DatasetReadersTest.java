package org.replyaudit.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.replyaudit.Span;
import org.replyaudit.Verdict;

/** Runs on the licensed datasets when they are present and skips cleanly when not. */
class DatasetReadersTest {
  private static Path disapere() {
    Path dir = SharedData.dir().resolve("datasets").resolve("disapere");
    assumeTrue(Files.isDirectory(DisapereReader.splitDirectory(dir, "test")),
        "DISAPERE not present under " + dir + "; skipping");
    return dir;
  }

  private static Path qevasion() {
    Path dir = SharedData.dir().resolve("datasets").resolve("qevasion");
    assumeTrue(Files.isRegularFile(QEvasionReader.splitFile(dir, "test")),
        "QEvasion not present under " + dir + "; skipping");
    return dir;
  }

  @Test
  void disapereSplitsHaveTheirPublishedSizes() throws IOException {
    Path dir = disapere();
    assertEquals(167, DisapereReader.read(dir, "test").size());
    assertEquals(88, DisapereReader.read(dir, "dev").size());
    assertEquals(251, DisapereReader.read(dir, "train").size());
  }

  @Test
  void disapereSpansCoverExactlyTheSentenceTexts() throws IOException {
    Path dir = disapere();
    ObjectMapper json = new ObjectMapper();
    Path split = DisapereReader.splitDirectory(dir, "test");
    int checked = 0;
    for (AnnotatedCase c : DisapereReader.read(dir, "test")) {
      JsonNode root = json.readTree(split.resolve(c.id() + ".json").toFile());
      JsonNode review = root.get("review_sentences");
      JsonNode rebuttal = root.get("rebuttal_sentences");
      int pointIndex = 0;
      for (JsonNode s : review) {
        if (DisapereReader.pointKind(s) == null) {
          continue;
        }
        GoldPoint p = c.points().get(pointIndex++);
        assertEquals(s.get("text").asText(), p.span().of(c.complaint()), c.id());
        for (Span by : p.by()) {
          assertTrue(textsOf(rebuttal).contains(by.of(c.reply())), c.id());
        }
        checked++;
      }
      assertEquals(pointIndex, c.points().size(), c.id());
      for (GoldAlignment a : c.alignments()) {
        assertTrue(textsOf(rebuttal).contains(a.reply().of(c.reply())), c.id());
        for (Span s : a.complaint()) {
          assertTrue(textsOf(review).contains(s.of(c.complaint())), c.id());
        }
      }
    }
    assertTrue(checked > 100, "expected many points, checked " + checked);
  }

  @Test
  void disaperePointIsAnsweredExactlyWhenSomethingIsAlignedToIt() throws IOException {
    for (AnnotatedCase c : DisapereReader.read(disapere(), "dev")) {
      for (GoldPoint p : c.points()) {
        assertEquals(p.by().isEmpty() ? Addressed.NO : Addressed.YES, p.addressed(), c.id());
        assertTrue(p.needsAnswer());
      }
    }
  }

  @Test
  void qevasionTestSplitMapsClarityLabelsToVerdicts() throws IOException {
    List<QEvasionItem> items = QEvasionReader.read(qevasion(), "test");
    assertEquals(308, items.size());
    assertEquals(79, items.stream().filter(i -> i.gold() == Verdict.ANSWERED).count());
    assertEquals(206, items.stream().filter(i -> i.gold() == Verdict.PARTLY).count());
    assertEquals(23, items.stream().filter(i -> i.gold() == Verdict.UNANSWERED).count());
    assertTrue(items.stream().noneMatch(i -> i.question().isEmpty() || i.answer().isEmpty()));
  }

  @Test
  void qevasionTuneSplitTakesLabelsLineByLine() throws IOException {
    List<QEvasionItem> items = QEvasionReader.read(qevasion(), "tune");
    assertEquals(237, items.size());
    // the first three lines of task1_eval_labels.txt
    assertEquals(List.of(Verdict.ANSWERED, Verdict.UNANSWERED, Verdict.PARTLY),
        items.subList(0, 3).stream().map(QEvasionItem::gold).toList());
    assertEquals("Do you think that is a good thing?", items.get(0).question());
    assertFalse(items.get(0).answer().startsWith("THE PRESIDENT."), "speaker tag stripped");
  }

  @Test
  void qevasionFullQuestionOptionUsesTheInterviewQuestion() throws IOException {
    List<QEvasionItem> items =
        QEvasionReader.read(qevasion(), "test", QEvasionReader.QuestionField.INTERVIEW_QUESTION);
    assertEquals("What about the redline, sir?", items.get(0).question());
  }

  private static List<String> textsOf(JsonNode sentences) {
    return java.util.stream.StreamSupport.stream(sentences.spliterator(), false)
        .map(s -> s.get("text").asText()).toList();
  }
}
