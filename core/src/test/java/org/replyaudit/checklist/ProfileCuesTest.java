package org.replyaudit.checklist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every example of every cue set of every shipped profile, one test each: a {@code match}
 * example must be found by some pattern of its set, a {@code noMatch} example by none. And every
 * pattern must find at least one of its set's {@code match} examples, so no pattern goes untested.
 */
class ProfileCuesTest {
  static Stream<Arguments> examples() {
    List<Arguments> rows = new ArrayList<>();
    for (String id : Profile.shipped()) {
      for (ProfileElement e : Profile.named(id).elements()) {
        for (Map.Entry<String, CueSet> set : e.cueSets().entrySet()) {
          String where = id + " " + e.id() + "." + set.getKey();
          set.getValue().match().forEach(x -> rows.add(Arguments.of(where, set.getValue(), x, true)));
          set.getValue().noMatch().forEach(x -> rows.add(Arguments.of(where, set.getValue(), x, false)));
        }
      }
    }
    return rows.stream();
  }

  @ParameterizedTest(name = "{0}: \"{2}\" matches: {3}")
  @MethodSource("examples")
  void exampleMatchesAsItSays(String where, CueSet set, String example, boolean shouldMatch) {
    assertEquals(shouldMatch, set.matches(example), where + ": " + set.find(example).map(Object::toString).orElse("no match"));
  }

  static Stream<Arguments> patterns() {
    List<Arguments> rows = new ArrayList<>();
    for (String id : Profile.shipped()) {
      for (ProfileElement e : Profile.named(id).elements()) {
        for (Map.Entry<String, CueSet> set : e.cueSets().entrySet()) {
          for (CueSet.CuePattern p : set.getValue().patterns()) {
            rows.add(Arguments.of(id + " " + e.id() + "." + set.getKey() + " \"" + p.name() + "\"", set.getValue(), p));
          }
        }
      }
    }
    return rows.stream();
  }

  @ParameterizedTest(name = "{0} finds one of its examples")
  @MethodSource("patterns")
  void everyPatternFindsAnExample(String where, CueSet set, CueSet.CuePattern pattern) {
    assertTrue(set.match().stream().anyMatch(x -> pattern.pattern().matcher(CueSet.normalise(x)).find()),
        where + " matches none of " + set.match());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("org.replyaudit.checklist.ProfileCuesTest#shippedIds")
  void everyShippedProfileLoadsWithItsElements(String id) {
    Profile p = Profile.named(id);
    assertEquals(id, p.id());
    assertFalse(p.elements().isEmpty());
    assertFalse(p.name().isBlank());
    assertFalse(p.source().isBlank(), "a shipped profile says which rules it follows");
  }

  static Stream<String> shippedIds() {
    return Profile.shipped().stream();
  }
}
