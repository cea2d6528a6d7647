package org.replyaudit.internal.cues;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.replyaudit.Label;

/**
 * What each {@link Label} means, read from {@code labels.json} next to this class: the words
 * reports use, how a finding's {@code why} opens, whether it is a fault, the HTML class that
 * colours it, and which complaint evidence its finding cites. Decisions, the reports and
 * {@link Label#isFault()} all read these definitions, so a label's meaning is written once.
 *
 * <p>The file must define exactly the labels of {@link Label}, in any order; the order of the
 * file is the order reports list them. A mismatch is a build defect, reported at class load.
 */
public final class LabelDefinitions {
  /** The HTML classes a label may be coloured with, strongest first. */
  public static final List<String> REPORT_CLASSES = List.of("lb-fault", "lb-answer", "lb-courtesy");

  /**
   * One label's definition.
   *
   * @param label the label
   * @param words the label as a person writes it: "unsolicited denial"
   * @param message how a finding's {@code why} opens: "denies something the complaint never alleged"
   * @param fault whether it marks an evasion: something said that nobody asked
   * @param reportClass the HTML class that colours it, one of {@link #REPORT_CLASSES}
   * @param quotesClosestComplaint whether the {@code why} quotes the closest complaint claim
   * @param pointsToComplaint whether the finding carries that complaint claim's span
   */
  public record Definition(Label label, String words, String message, boolean fault, String reportClass,
      boolean quotesClosestComplaint, boolean pointsToComplaint) {
    public Definition {
      Objects.requireNonNull(label, "label");
      Objects.requireNonNull(words, "words");
      Objects.requireNonNull(message, "message");
      if (!REPORT_CLASSES.contains(reportClass)) {
        throw new IllegalArgumentException(label.id() + ": reportClass must be one of " + REPORT_CLASSES
            + ", not " + reportClass);
      }
    }
  }

  private static final String RESOURCE = "labels.json";
  private static final List<Definition> ALL = load();
  private static final Map<Label, Definition> BY_LABEL = index(ALL);

  private LabelDefinitions() {}

  /** Every label's definition, in report order. */
  public static List<Definition> all() {
    return ALL;
  }

  /** The definition of {@code label}. */
  public static Definition of(Label label) {
    return BY_LABEL.get(Objects.requireNonNull(label, "label"));
  }

  private static Map<Label, Definition> index(List<Definition> all) {
    Map<Label, Definition> m = new EnumMap<>(Label.class);
    for (Definition d : all) {
      if (m.put(d.label(), d) != null) {
        throw new IllegalStateException(RESOURCE + " defines " + d.label().id() + " twice");
      }
    }
    if (!m.keySet().equals(Set.of(Label.values()))) {
      throw new IllegalStateException(RESOURCE + " must define every label and only those: "
          + m.keySet() + " vs " + List.of(Label.values()));
    }
    return m;
  }

  private static List<Definition> load() {
    return JsonTree.readResource(LabelDefinitions.class, RESOURCE, "label file", LabelDefinitions::parse);
  }

  static List<Definition> parse(Object tree) {
    if (!(tree instanceof Map<?, ?> top) || !(top.get("labels") instanceof List<?> list)) {
      throw new IllegalArgumentException("expected an object with a \"labels\" array");
    }
    List<Definition> out = new ArrayList<>();
    for (Object o : list) {
      if (!(o instanceof Map<?, ?> e)) {
        throw new IllegalArgumentException("label " + out.size() + " is not an object");
      }
      out.add(new Definition(Label.fromId(text(e, "id")), text(e, "words"), text(e, "message"),
          flag(e, "fault"), text(e, "reportClass"), flag(e, "quotesClosestComplaint"), flag(e, "pointsToComplaint")));
    }
    return List.copyOf(out);
  }

  private static String text(Map<?, ?> e, String key) {
    if (!(e.get(key) instanceof String s)) {
      throw new IllegalArgumentException(e.get("id") + ": \"" + key + "\" must be a string");
    }
    return s;
  }

  private static boolean flag(Map<?, ?> e, String key) {
    if (!(e.get(key) instanceof Boolean b)) {
      throw new IllegalArgumentException(e.get("id") + ": \"" + key + "\" must be true or false");
    }
    return b;
  }
}
