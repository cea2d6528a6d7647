package org.replyaudit.internal.cues;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.replyaudit.internal.text.ClauseSplitter;

/**
 * Every cue in every cue file matches each of its {@code matches} examples and none of its
 * {@code doesNotMatch} examples, read as the code reads them ({@link CueFile.Entry#firesOn}). A cue edited so
 * that it no longer says what its examples say fails here, by file, list and name.
 */
class CueFileExamplesTest {
  static final List<String> FILES = List.of("point-kinds.json", "reply-acts.json", "typed-evidence.json", "letter-lines.json",
      "structure-anchors.json");

  static Stream<Arguments> entries() {
    return FILES.stream().flatMap(file -> {
      List<CueFile.Entry> entries = CueFile.load(file).entries();
      return entries.stream().map(e -> Arguments.of(Named.of(
          file + " " + e.list() + " #" + entries.indexOf(e) + " \"" + e.cue().name() + "\"", e)));
    });
  }

  @ParameterizedTest
  @MethodSource("entries")
  void everyCueMatchesItsExamplesAndNotItsCounterExamples(CueFile.Entry entry) {
    for (String text : entry.matches()) {
      assertTrue(entry.firesOn(text), () -> "should match: \"" + text + "\" (as " + entry.input() + ")");
      if (entry.input().equals("cue")) {
        String cue = ClauseSplitter.cueString(text);
        assertTrue(entry.cue().foundIn(cue), () -> "the literal prefilter wrongly skips \"" + text + "\"");
      }
    }
    for (String text : entry.doesNotMatch()) {
      assertFalse(entry.firesOn(text), () -> "should not match: \"" + text + "\" (as " + entry.input() + ")");
    }
  }
}
