package org.replyaudit.internal.cues;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RequiredLiteralsTest {
  @Test
  void anAlternationRequiresOneOfItsWords() {
    assertArrayEquals(new String[] {"send", "call"}, RequiredLiterals.of(" (?:i|we) (?:send|call)"));
    assertArrayEquals(new String[] {" will ("}, RequiredLiterals.of(" (?:i|we) will \\((?:a|b)"));
  }

  @Test
  void optionalPartsRequireNothing() {
    assertNull(RequiredLiterals.of("(?:please )?(?:do|did)"));
    assertArrayEquals(new String[] {"hesitate"}, RequiredLiterals.of("(?:please )?hesitate[a-z]{0,3}"));
  }

  @Test
  void lookaroundsClassesAndFlagsGiveNoLiteral() {
    assertArrayEquals(new String[] {" refund "}, RequiredLiterals.of("(?!no )[a-z]+ refund (?<!x)"));
    assertNull(RequiredLiterals.of("(?i)refund"));
    assertNull(RequiredLiterals.of("\\d+ (a|b)"));
  }

  /** Every cue of the classifiers: a text the pattern matches always passes the prefilter. */
  @Test
  void thePrefilterNeverRejectsATextThePatternMatches() throws Exception {
    List<Cue> cues = classifierCues();
    assertTrue(cues.size() > 50, "found the classifiers' cues");
    // Texts assembled from the words the cues themselves are written in, so that many match.
    Set<String> vocabulary = new LinkedHashSet<>(List.of("the", "a", "you", "we", "i", "not", "?", "'ll", "'d"));
    for (Cue c : cues) {
      for (String w : c.pattern().pattern().split("[^a-z']+")) {
        if (!w.isEmpty()) {
          vocabulary.add(w);
        }
      }
    }
    List<String> words = List.copyOf(vocabulary);
    int[] matched = {0};
    qt().withExamples(4000).forAll(lists().of(integers().between(0, words.size() - 1)).ofSizeBetween(1, 12))
        .checkAssert(ix -> {
          StringBuilder text = new StringBuilder(" ");
          ix.forEach(i -> text.append(words.get(i)).append(' '));
          String s = text.toString();
          for (Cue c : cues) {
            if (c.pattern().matcher(s).find()) {
              matched[0]++;
              assertTrue(c.mayMatch(s), c + " on \"" + s + "\"");
            }
          }
        });
    assertTrue(matched[0] > 1000, "the generated texts make the cues fire: " + matched[0]);
  }

  static List<Cue> classifierCues() throws IllegalAccessException {
    List<Cue> cues = new ArrayList<>();
    for (Class<?> type : List.of(PointClassifier.class, ReplyActClassifier.class)) {
      for (Field f : type.getDeclaredFields()) {
        if (!Modifier.isStatic(f.getModifiers())) {
          continue;
        }
        f.setAccessible(true);
        Object v = f.get(null);
        List<Object> items = new ArrayList<>();
        if (v instanceof List<?> l) {
          items.addAll(l);
        } else if (v instanceof Map<?, ?> m) {
          m.values().forEach(x -> items.addAll(x instanceof List<?> l ? l : List.of()));
        }
        items.stream().filter(Cue.class::isInstance).map(Cue.class::cast).forEach(cues::add);
      }
    }
    return cues;
  }
}
