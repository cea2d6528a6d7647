package org.replyaudit.checklist;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayInputStream;

/**
 * Fuzzes {@link Profile#load} with untrusted bytes: a profile file is user input, so anything
 * must give a profile or an {@link IllegalArgumentException} saying what is wrong, never another
 * exception. Regression mode replays the committed inputs in {@code ProfileLoadFuzzTestInputs};
 * {@code JAZZER_FUZZ=1} fuzzes.
 */
class ProfileLoadFuzzTest {
  @FuzzTest(maxDuration = "10m")
  void loadGivesAProfileOrSaysWhatIsWrong(byte[] json) {
    if (json == null) {
      return;  // Jazzer passes null in regression mode; Profile.load(null) is an NPE by contract
    }
    try {
      Profile.load(new ByteArrayInputStream(json));
    } catch (IllegalArgumentException e) {
      if (e.getMessage() == null || !e.getMessage().startsWith("bad profile: ")) {
        throw new AssertionError("an unhelpful message: " + e.getMessage(), e);
      }
    }
  }
}
