package org.replyaudit.corpus;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;
import org.replyaudit.Verdict;

/**
 * Reads QEvasion / CLARITY (Thomas et al., EMNLP 2024; CC BY-NC-ND 4.0) question/answer pairs.
 *
 * <p>Splits: {@code test} = {@code hf_test_split/test.csv} (308 pairs, for reporting) and
 * {@code tune} = {@code semeval2026_eval/clarity_task_evaluation_dataset.csv} with its gold in
 * {@code task1_eval_labels.txt}, line i labelling row i (237 pairs, for tuning).
 *
 * <p>Which question: each row holds the full {@code interview_question} (which may ask several
 * things) and {@code question}, the single sub-question the clarity label was given for. The
 * label refers to the sub-question, so that is the default complaint; in the test split it is
 * sometimes a paraphrase ("Inquiring about ...") rather than the journalist's words, so
 * {@link QuestionField#INTERVIEW_QUESTION} is offered for comparison. A blank sub-question falls
 * back to the interview question.
 *
 * <p>Leading speaker tags ("Q.", "The President.") and surrounding whitespace are removed: they
 * are transcript furniture, not part of what was asked or said. The data is read in place and
 * never copied.
 */
public final class QEvasionReader {
  /** The splits this reader knows. */
  public static final List<String> SPLITS = List.of("tune", "test");

  private static final Pattern SPEAKER_TAG =
      Pattern.compile("^\\s*(?:Q\\.|The President\\.|THE PRESIDENT\\.)\\s*", Pattern.CASE_INSENSITIVE);

  /** Which column becomes the complaint. */
  public enum QuestionField {
    /** The {@code question} column: the sub-question the label refers to. */
    SUB_QUESTION,
    /** The {@code interview_question} column: the journalist's whole turn. */
    INTERVIEW_QUESTION
  }

  private QEvasionReader() {}

  /** The file holding a split's rows, whether or not it exists. */
  public static Path splitFile(Path datasetDir, String split) {
    Objects.requireNonNull(datasetDir, "datasetDir");
    Objects.requireNonNull(split, "split");
    return switch (split) {
      case "test" -> datasetDir.resolve("hf_test_split").resolve("test.csv");
      case "tune" -> datasetDir.resolve("semeval2026_eval")
          .resolve("clarity_task_evaluation_dataset.csv");
      default -> throw new IllegalArgumentException(
          "QEvasion split must be one of " + SPLITS + ": " + split);
    };
  }

  /** Reads a split with the sub-question as the complaint. */
  public static List<QEvasionItem> read(Path datasetDir, String split) throws IOException {
    return read(datasetDir, split, QuestionField.SUB_QUESTION);
  }

  /**
   * Reads a split.
   *
   * @param datasetDir the QEvasion directory (holding hf_test_split and semeval2026_eval)
   * @param split tune or test
   * @param field which column becomes the question
   * @throws IOException if a file is missing or unreadable, a label is unknown, or the tuning
   *     labels do not line up with the rows
   */
  public static List<QEvasionItem> read(Path datasetDir, String split, QuestionField field)
      throws IOException {
    Objects.requireNonNull(field, "field");
    Path file = splitFile(datasetDir, split);
    List<Map<String, String>> rows = Csv.parseWithHeader(
        Files.readString(file, StandardCharsets.UTF_8));
    List<String> labels;
    if (split.equals("tune")) {
      Path labelFile = file.resolveSibling("task1_eval_labels.txt");
      labels = Files.readAllLines(labelFile, StandardCharsets.UTF_8).stream()
          .filter(l -> !l.isBlank()).toList();
      if (labels.size() != rows.size()) {
        throw new IOException(labelFile + " has " + labels.size() + " labels for " + rows.size()
            + " rows of " + file);
      }
    } else {
      labels = rows.stream().map(r -> r.getOrDefault("clarity_label", "")).toList();
    }
    List<QEvasionItem> items = new ArrayList<>(rows.size());
    for (int i = 0; i < rows.size(); i++) {
      Map<String, String> row = rows.get(i);
      Verdict gold;
      try {
        gold = verdictOf(labels.get(i));
      } catch (IllegalArgumentException e) {
        throw new IOException(file + " row " + (i + 1) + ": " + e.getMessage(), e);
      }
      String interview = clean(row.getOrDefault("interview_question", ""));
      String sub = clean(row.getOrDefault("question", ""));
      String question = field == QuestionField.INTERVIEW_QUESTION || sub.isEmpty() ? interview : sub;
      items.add(new QEvasionItem("qevasion-" + split + "-" + i, question,
          clean(row.getOrDefault("interview_answer", "")), gold));
    }
    return List.copyOf(items);
  }

  /**
   * The verdict for a clarity label.
   *
   * @throws IllegalArgumentException for any other label
   */
  public static Verdict verdictOf(String clarityLabel) {
    Objects.requireNonNull(clarityLabel, "clarityLabel");
    return switch (clarityLabel.strip()) {
      case "Clear Reply" -> Verdict.ANSWERED;
      case "Ambivalent" -> Verdict.PARTLY;
      case "Clear Non-Reply" -> Verdict.UNANSWERED;
      default -> throw new IllegalArgumentException("unknown clarity label \"" + clarityLabel
          + "\" (expected Clear Reply, Ambivalent or Clear Non-Reply)");
    };
  }

  static String clean(String text) {
    return SPEAKER_TAG.matcher(text).replaceFirst("").strip();
  }
}
