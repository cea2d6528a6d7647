package org.replyaudit.internal.cues;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.replyaudit.internal.text.Claim;
import org.replyaudit.internal.text.ClauseSplitter;

/**
 * The cue lists of one classifier, read from a JSON resource next to this class under
 * {@code cues/}. Knowledge about how letters are written lives in those files, not in code, so
 * that a reader can see every phrase a decision may turn on, and so that one test
 * ({@code CueFileExamplesTest}) can check that each cue matches the examples it claims to match
 * and none of those it claims not to.
 *
 * <p>A file is one object: {@code {"about": "…", "cues": [entry, …]}}; an entry is
 * <pre>{@code
 * {"list": "QUESTION", "name": "question mark", "pattern": " \\? $| \\? ",
 *  "why": "optional: why the cue is written this way",
 *  "matches": ["Why was I charged?"], "doesNotMatch": ["I was charged."]}
 * }</pre>
 * The pattern runs over a claim's {@link Claim#cue() cue string} (lower-cased tokens joined by
 * single spaces, a space at each end); the examples are plain text, turned into cue strings the
 * same way. An entry with {@code "input": "text"} runs over the claim's own text instead,
 * and one with {@code "input": "line"} must match a whole line of the letter (its examples are
 * then read as written). Entries of one list keep their file order, which is the order they are tried in:
 * the first cue that fires is the one a finding quotes.
 *
 * <p>Plain groups are compiled non-capturing ({@link Cue}); a named group {@code (?<name>…)}
 * stays capturing, for the code that reads one part of a match ({@link #only} gives the pattern).
 */
public final class CueFile {
  /**
   * One entry of a cue file: the cue, what it runs over, and the examples it is checked against.
   *
   * @param input "cue" (a claim's cue string, found anywhere), "text" (a claim's own text, found
   *     anywhere) or "line" (a whole line of the letter, matched entirely)
   */
  public record Entry(String list, Cue cue, String regex, String input, List<String> matches,
      List<String> doesNotMatch) {
    public Entry {
      matches = List.copyOf(matches);
      doesNotMatch = List.copyOf(doesNotMatch);
    }

    /** Whether the cue fires on {@code example}, read as the code reads its {@link #input}. */
    public boolean firesOn(String example) {
      return switch (input) {
        case "cue" -> cue.pattern().matcher(ClauseSplitter.cueString(example)).find();
        case "text" -> cue.pattern().matcher(example).find();
        default -> cue.pattern().matcher(example).matches();
      };
    }
  }

  private final String resource;
  private final List<Entry> entries;

  private CueFile(String resource, List<Entry> entries) {
    this.resource = resource;
    this.entries = List.copyOf(entries);
  }

  /**
   * Reads {@code cues/<name>} from the class path.
   *
   * @throws IllegalStateException if the resource is missing or malformed (a build defect)
   */
  public static CueFile load(String name) {
    Objects.requireNonNull(name, "name");
    String resource = name;
    return JsonTree.readResource(CueFile.class, resource, "cue file", tree -> parse(resource, tree));
  }

  private static CueFile parse(String resource, Object tree) {
    List<Object> list = JsonTree.list(JsonTree.object(tree, "the cue file").get("cues"), "the cue file's \"cues\"");
    List<Entry> entries = new ArrayList<>();
    for (int i = 0; i < list.size(); i++) {
      String where = "cues[" + i + "].";
      Map<String, Object> e = JsonTree.object(list.get(i), where);
      String listName = JsonTree.text(e, "list", where, true);
      String name = JsonTree.text(e, "name", where, true);
      String regex = JsonTree.text(e, "pattern", where, true);
      String input = Objects.requireNonNullElse(JsonTree.text(e, "input", where, false), "cue");
      if (!List.of("cue", "text", "line").contains(input)) {
        throw new IllegalArgumentException(where + " (" + name + "): \"input\" must be \"cue\", \"text\" or \"line\"");
      }
      List<String> matches = JsonTree.strings(e.get("matches"), where + "matches");
      List<String> misses = JsonTree.strings(e.get("doesNotMatch"), where + "doesNotMatch");
      if (matches.isEmpty() || misses.isEmpty()) {
        throw new IllegalArgumentException(where + " (" + name + "): needs at least one example in"
            + " \"matches\" and one in \"doesNotMatch\"");
      }
      entries.add(new Entry(listName, Cue.of(name, regex), regex, input, matches, misses));
    }
    return new CueFile(resource, entries);
  }

  /** Every entry, in file order. */
  public List<Entry> entries() {
    return entries;
  }

  /**
   * The cues of one list, in file order.
   *
   * @throws IllegalStateException if the file has no such list (a code/data mismatch)
   */
  public List<Cue> list(String list) {
    List<Cue> cues = entries.stream().filter(e -> e.list().equals(list)).map(Entry::cue).toList();
    if (cues.isEmpty()) {
      throw new IllegalStateException(resource + " has no cue list " + list);
    }
    return cues;
  }

  /**
   * The cue of a list that holds exactly one, for code that reads its pattern's matches itself
   * (where a match ends, a named group, every match in a whole letter) rather than asking
   * {@link Cue} whether it fires.
   *
   * @throws IllegalStateException if the file has no such list, or the list holds more than one
   *     cue (a code/data mismatch)
   */
  public Cue only(String list) {
    List<Cue> cues = list(list);
    if (cues.size() != 1) {
      throw new IllegalStateException(resource + ": " + list + " must hold one cue, not " + cues.size());
    }
    return cues.get(0);
  }

  /** The cues of every list, by list name, lists in order of first appearance. */
  public Map<String, List<Cue>> lists() {
    Map<String, List<Cue>> out = new LinkedHashMap<>();
    for (Entry e : entries) {
      out.computeIfAbsent(e.list(), k -> new ArrayList<>()).add(e.cue());
    }
    out.replaceAll((k, v) -> List.copyOf(v));
    return out;
  }
}
