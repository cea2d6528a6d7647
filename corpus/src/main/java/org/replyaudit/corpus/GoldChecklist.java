package org.replyaudit.corpus;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One reply's gold checklist against one profile.
 *
 * @param profile the shipped profile's id
 * @param elements every element of the profile, in the profile's order
 */
public record GoldChecklist(String profile, Map<String, GoldElement> elements) {
  public GoldChecklist {
    Objects.requireNonNull(profile, "profile");
    elements = Collections.unmodifiableMap(new LinkedHashMap<>(elements));
  }
}
