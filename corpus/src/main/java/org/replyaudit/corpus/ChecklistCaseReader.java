package org.replyaudit.corpus;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.replyaudit.Span;
import org.replyaudit.checklist.ElementStatus;
import org.replyaudit.checklist.Profile;
import org.replyaudit.checklist.ProfileElement;

/**
 * Reads checklist-annotated pairs: the cases format ({@code shared/corpus/SCHEMA.md}, read by
 * {@link CaseReader}) plus a {@code checklists} array, as {@code corpus/CHECKLISTS.md} defines
 * it:
 *
 * <pre>{@code
 * "checklists": [{"profile": "uk-fca-disp", "elements": {
 *     "decision": {"status": "present", "quotes": ["I have upheld your complaint."]},
 *     "time_limit": {"status": "absent", "note": "no time limit is given"}, …}}]
 * }</pre>
 *
 * Every element of the (shipped) profile must be annotated, and no other; a present element
 * has at least one quote, each an exact substring of the reply; other statuses have none. The
 * first bad line raises a {@link CaseFormatException} naming the file and line.
 */
public final class ChecklistCaseReader {
  private ChecklistCaseReader() {}

  /** Every case of a checklist file. */
  public static List<ChecklistCase> read(Reader in, String fileName) throws IOException {
    return CaseLines.read(in, fileName, (line, lineNo) -> {
      AnnotatedCase pair = CaseReader.parseLine(line, fileName, lineNo);
      return new ChecklistCase(pair, checklists(line, pair, fileName, lineNo));
    }, c -> c.pair().id());
  }

  private static List<GoldChecklist> checklists(String line, AnnotatedCase pair, String file, int lineNo) {
    JsonNode root = CaseLines.object(line, file, lineNo);
    String where = "case \"" + pair.id() + "\": ";
    JsonNode list = root.get("checklists");
    if (list == null || !list.isArray() || list.isEmpty()) {
      throw new CaseFormatException(file, lineNo, where + "\"checklists\" must be a non-empty array");
    }
    List<GoldChecklist> out = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < list.size(); i++) {
      String at = where + "checklists[" + i + "]";
      JsonNode c = list.get(i);
      String profileId = c.path("profile").asText("");
      Profile profile;
      try {
        profile = Profile.named(profileId);
      } catch (IllegalArgumentException e) {
        throw new CaseFormatException(file, lineNo, at + ".profile: " + e.getMessage());
      }
      if (!seen.add(profileId)) {
        throw new CaseFormatException(file, lineNo, at + ": profile " + profileId + " is annotated twice");
      }
      JsonNode elements = c.get("elements");
      if (elements == null || !elements.isObject()) {
        throw new CaseFormatException(file, lineNo, at + ".elements must be an object");
      }
      Map<String, GoldElement> gold = new LinkedHashMap<>();
      for (ProfileElement e : profile.elements()) {
        JsonNode node = elements.get(e.id());
        if (node == null) {
          throw new CaseFormatException(file, lineNo, at + ": element \"" + e.id() + "\" of " + profileId
              + " is not annotated");
        }
        gold.put(e.id(), element(node, pair.reply(), at + ".elements." + e.id(), file, lineNo));
      }
      for (Iterator<String> names = elements.fieldNames(); names.hasNext(); ) {
        String name = names.next();
        if (!gold.containsKey(name)) {
          throw new CaseFormatException(file, lineNo, at + ": " + profileId + " has no element \"" + name + "\"");
        }
      }
      out.add(new GoldChecklist(profileId, gold));
    }
    return out;
  }

  private static GoldElement element(JsonNode node, String reply, String at, String file, int lineNo) {
    ElementStatus status;
    try {
      status = ElementStatus.fromId(node.path("status").asText(""));
    } catch (IllegalArgumentException e) {
      throw new CaseFormatException(file, lineNo, at + ".status: " + e.getMessage());
    }
    List<Span> spans = new ArrayList<>();
    JsonNode quotes = node.get("quotes");
    if (quotes != null) {
      if (!quotes.isArray()) {
        throw new CaseFormatException(file, lineNo, at + ".quotes must be an array of reply quotes");
      }
      for (int j = 0; j < quotes.size(); j++) {
        try {
          spans.add(Quotes.locate(reply, quotes.get(j).asText(""), 1));
        } catch (IllegalArgumentException e) {
          throw new CaseFormatException(file, lineNo, at + ".quotes[" + j + "]: "
              + e.getMessage().replace("the text", "the reply"));
        }
      }
    }
    if (status == ElementStatus.PRESENT && spans.isEmpty()) {
      throw new CaseFormatException(file, lineNo, at + ": a present element needs at least one quote");
    }
    if (status != ElementStatus.PRESENT && !spans.isEmpty()) {
      throw new CaseFormatException(file, lineNo, at + ": only a present element has quotes");
    }
    return new GoldElement(status, spans);
  }
}
