package org.replyaudit;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.replyaudit.checklist.CueSet;
import org.replyaudit.internal.cues.CueSets;
import org.replyaudit.internal.cues.JsonTree;

/**
 * What a reply claim does. A claim may carry several labels. Labels are immutable and compared by
 * {@link #id()}; they sort in the order reports list them.
 *
 * <p>What a label means (its words, how its {@code why} opens, whether it is a fault, its report
 * colour) is data. The nine built-in labels ({@link #values()}), which the trained models decide,
 * are defined in {@code org/replyaudit/labels.json}. More labels can be added by data alone: a
 * label file read with {@link #load} and given to {@link ReplyAnalyzer.Builder#labels}. Such a
 * label is decided by its cue, a {@link CueSet} in the format of a profile's: named patterns
 * found in a reply claim's text, and examples they must and must not find, checked when the file
 * is read.
 *
 * <pre>{@code
 * {"labels": [
 *   {"id": "legal_threat", "words": "legal threat", "message": "warns of legal action",
 *    "fault": true, "reportClass": "lb-fault",
 *    "cue": {"lookedFor": "a warning of legal action",
 *            "patterns": {"solicitors": "\\bour solicitors\\b", "legal action": "\\blegal action\\b"},
 *            "match": ["We have passed this to our solicitors."],
 *            "noMatch": ["We have passed this to our complaints team."]}}
 * ]}
 * }</pre>
 *
 * A reply claim "Further letters will be passed to our solicitors." then carries the finding
 * {@code legal_threat}, why: {@code warns of legal action (its cue); wording: solicitors ("our solicitors")}.
 * A fuller label file is {@code examples/labels/legal-threat.json}; {@code --labels FILE} gives one on
 * the command line.
 */
public final class Label implements Comparable<Label> {
  /** The HTML classes a label may be coloured with, strongest first: a claim takes its strongest. */
  public static final List<String> REPORT_CLASSES = List.of("lb-fault", "lb-answer", "lb-courtesy");

  private static final String BUILT_IN_FILE = "labels.json";
  private static final Set<String> BUILT_IN_FIELDS = Set.of("id", "words", "message", "fault", "reportClass",
      "quotesClosestComplaint", "pointsToComplaint");
  private static final Set<String> ADDED_FIELDS = Set.of("id", "words", "message", "fault", "reportClass",
      "quotesClosestComplaint", "pointsToComplaint", "cue");
  /** Labels read from files sort after the built-in ones, in the order of their file. */
  private static final int FIRST_ADDED_RANK = 1000;
  private static final List<Label> BUILT_IN = builtIn();

  /** Deals with a complaint point. */
  public static final Label ANSWER = builtIn("answer");
  /** Promises a concrete action. */
  public static final Label COMMITMENT = builtIn("commitment");
  /** Apologises. */
  public static final Label APOLOGY = builtIn("apology");
  /** Greeting, thanks, sign-off. */
  public static final Label COURTESY = builtIn("courtesy");
  /** Denies a wrongdoing that the complaint never alleged. */
  public static final Label UNSOLICITED_DENIAL = builtIn("unsolicited_denial");
  /** Answers something the complainant did not say, as if they had. */
  public static final Label MISREAD_PREMISE = builtIn("misread_premise");
  /** Repeats, as if it were an answer, what the complainant already said or conceded. */
  public static final Label RESTATEMENT = builtIn("restatement");
  /** Sends the complainant elsewhere instead of acting. */
  public static final Label REDIRECTION = builtIn("redirection");
  /** Generic reassurance with no content specific to the complaint. */
  public static final Label BOILERPLATE = builtIn("boilerplate");

  private final String id;
  private final String words;
  private final String message;
  private final boolean fault;
  private final String reportClass;
  private final boolean quotesClosestComplaint;
  private final boolean pointsToComplaint;
  private final CueSet cue;
  private final int rank;

  private Label(String id, String words, String message, boolean fault, String reportClass,
      boolean quotesClosestComplaint, boolean pointsToComplaint, CueSet cue, int rank) {
    this.id = id;
    this.words = words;
    this.message = message;
    this.fault = fault;
    this.reportClass = reportClass;
    this.quotesClosestComplaint = quotesClosestComplaint;
    this.pointsToComplaint = pointsToComplaint;
    this.cue = cue;
    this.rank = rank;
  }

  /**
   * The built-in labels, which the trained models decide, in the order reports list them.
   *
   * @return a new array: {@code ANSWER, COMMITMENT, APOLOGY, COURTESY, UNSOLICITED_DENIAL,
   *     MISREAD_PREMISE, RESTATEMENT, REDIRECTION, BOILERPLATE}
   */
  public static Label[] values() {
    return BUILT_IN.toArray(new Label[0]);
  }

  /**
   * The built-in label with this {@link #id()}.
   *
   * @param id a label's id, such as {@code "redirection"} (case does not matter)
   * @return the label: {@code fromId("redirection")} is {@link #REDIRECTION}
   * @throws IllegalArgumentException if no built-in label has that id
   * @throws NullPointerException if {@code id} is null
   */
  public static Label fromId(String id) {
    String lower = Objects.requireNonNull(id, "id").toLowerCase(Locale.ROOT);
    for (Label l : BUILT_IN) {
      if (l.id.equals(lower)) {
        return l;
      }
    }
    throw new IllegalArgumentException("no built-in label '" + id + "'");
  }

  /**
   * Reads labels from a label file (UTF-8 JSON, format above). The stream is read to its end,
   * not closed. Every label read must have a cue, and some pattern of every cue must find each of
   * its {@code match} examples and none may find its {@code noMatch} ones.
   *
   * @param json the label file's bytes
   * @return the labels, in file order (they sort after the built-in ones, in that order)
   * @throws NullPointerException if {@code json} is null
   * @throws IllegalArgumentException if the file is not a valid label file; the message names the
   *     label and the problem (a missing field, a built-in or repeated id, a pattern that does not
   *     compile, an example its cue gets wrong)
   * @throws UncheckedIOException if reading fails
   */
  public static List<Label> load(InputStream json) {
    Objects.requireNonNull(json, "json");
    Object tree;
    try {
      tree = JsonTree.read(json, "label file");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    List<Label> out = parse(tree, FIRST_ADDED_RANK, true);
    Set<String> ids = new HashSet<>();
    for (Label l : out) {
      if (BUILT_IN.stream().anyMatch(b -> b.id.equals(l.id))) {
        throw new IllegalArgumentException(l.id + ": a built-in label has this id; choose another");
      }
      if (!ids.add(l.id)) {
        throw new IllegalArgumentException(l.id + ": defined twice");
      }
    }
    return out;
  }

  /**
   * The lower-case name used in JSON and the annotated cases.
   *
   * @return the id: {@code UNSOLICITED_DENIAL.id()} is {@code "unsolicited_denial"}
   */
  public String id() {
    return id;
  }

  /**
   * The upper-case name: {@code UNSOLICITED_DENIAL.name()} is {@code "UNSOLICITED_DENIAL"}.
   *
   * @return the id in upper case
   */
  public String name() {
    return id.toUpperCase(Locale.ROOT);
  }

  /**
   * The label as a person writes it, in reports.
   *
   * @return the words: {@code UNSOLICITED_DENIAL.words()} is {@code "unsolicited denial"}
   */
  public String words() {
    return words;
  }

  /**
   * How a finding's {@code why} opens.
   *
   * @return the message: {@code REDIRECTION.message()} is {@code "sends the complainant elsewhere"}
   */
  public String message() {
    return message;
  }

  /**
   * Whether this label marks an evasion: something said that nobody asked.
   *
   * @return true for {@link #UNSOLICITED_DENIAL}, {@link #MISREAD_PREMISE}, {@link #RESTATEMENT},
   *     {@link #REDIRECTION}, {@link #BOILERPLATE} and added labels defined as faults
   */
  public boolean isFault() {
    return fault;
  }

  /**
   * The HTML class that colours the label in reports.
   *
   * @return one of {@link #REPORT_CLASSES}
   */
  public String reportClass() {
    return reportClass;
  }

  /**
   * Whether a finding's {@code why} quotes the complaint claim closest to the reply claim (for
   * evasions judged against what the complaint said).
   *
   * @return true when the {@code why} quotes it
   */
  public boolean quotesClosestComplaint() {
    return quotesClosestComplaint;
  }

  /**
   * Whether a finding carries the span of the complaint claim closest to the reply claim.
   *
   * @return true when it does
   */
  public boolean pointsToComplaint() {
    return pointsToComplaint;
  }

  /**
   * The cue that decides an added label: named patterns found in a reply claim's text, in the
   * format and with the checks of a profile's cue set.
   *
   * @return the cue; empty for the built-in labels, which the trained models decide
   */
  public Optional<CueSet> cue() {
    return Optional.ofNullable(cue);
  }

  @Override
  public int compareTo(Label other) {
    int c = Integer.compare(rank, other.rank);
    return c != 0 ? c : id.compareTo(other.id);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Label l && l.id.equals(id);
  }

  @Override
  public int hashCode() {
    return id.hashCode();
  }

  /** The upper-case name, as an enum constant would print. */
  @Override
  public String toString() {
    return name();
  }

  private static List<Label> builtIn() {
    return JsonTree.readResource(Label.class, BUILT_IN_FILE, "label file", tree -> parse(tree, 0, false));
  }

  private static Label builtIn(String id) {
    for (Label l : BUILT_IN) {
      if (l.id.equals(id)) {
        return l;
      }
    }
    throw new IllegalStateException(BUILT_IN_FILE + " does not define " + id);
  }

  /** The labels of a parsed label file, ranked from {@code firstRank} in file order. */
  static List<Label> parse(Object tree, int firstRank, boolean added) {
    List<Object> list = JsonTree.list(JsonTree.object(tree, "the label file").get("labels"), "the label file's \"labels\"");
    List<Label> out = new ArrayList<>();
    for (int i = 0; i < list.size(); i++) {
      Map<String, Object> e = JsonTree.object(list.get(i), "labels[" + i + "]");
      String id = JsonTree.text(e, "id", "labels[" + i + "].", true);
      if (!id.matches("[a-z][a-z0-9_]*")) {
        throw new IllegalArgumentException(id + ": an id is lower-case letters, digits and _, starting with a letter");
      }
      String at = id + ":";
      JsonTree.fields(e, added ? ADDED_FIELDS : BUILT_IN_FIELDS, id);
      String reportClass = JsonTree.text(e, "reportClass", at, true);
      if (!REPORT_CLASSES.contains(reportClass)) {
        throw new IllegalArgumentException(id + ": reportClass must be one of " + REPORT_CLASSES + ", not " + reportClass);
      }
      CueSet cue = null;
      if (added) {
        if (!e.containsKey("cue")) {
          throw new IllegalArgumentException(id + ": an added label needs a \"cue\" (no trained model decides it)");
        }
        cue = CueSets.read(e.get("cue"), id + ".cue");
      }
      out.add(new Label(id, JsonTree.text(e, "words", at, true), JsonTree.text(e, "message", at, true),
          JsonTree.flag(e, "fault", at, null), reportClass,
          JsonTree.flag(e, "quotesClosestComplaint", at, added ? false : null),
          JsonTree.flag(e, "pointsToComplaint", at, added ? false : null), cue, firstRank + out.size()));
    }
    return List.copyOf(out);
  }
}
