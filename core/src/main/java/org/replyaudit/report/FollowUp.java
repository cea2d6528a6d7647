package org.replyaudit.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.replyaudit.Analysis;
import org.replyaudit.Point;
import org.replyaudit.Status;

/**
 * The questions a follow-up complaint would repeat: every unanswered point, then every partly
 * answered one, each turned into a numbered question that quotes the complainant's own words.
 *
 * <pre>{@code
 * Analysis a = ReplyAudit.analyze(
 *     "Why was I charged twice in March? Please refund the second charge.",
 *     "Thank you for your letter. We value your custom.");
 * FollowUp.numberedList(a);
 * // 1. You did not answer my question: “Why was I charged twice in March?” Please answer it in full.
 * // 2. You did not respond to my request: “Please refund the second charge.” Will you do this,
 * //    and if not, why not?
 * }</pre>
 */
public final class FollowUp {
  private FollowUp() {}

  /**
   * One question of a follow-up complaint.
   *
   * @param number its number, from 1, in the order the follow-up should ask them
   * @param point the complaint point it repeats
   * @param text the question, quoting the point
   */
  public record Question(int number, Point point, String text) {
    /**
     * Checks the components.
     *
     * @param number its number, from 1
     * @param point the complaint point it repeats
     * @param text the question, quoting the point
     * @throws IllegalArgumentException if {@code number} is below 1
     * @throws NullPointerException if {@code point} or {@code text} is null
     */
    public Question {
      if (number < 1) {
        throw new IllegalArgumentException("number must be at least 1: " + number);
      }
      Objects.requireNonNull(point, "point");
      Objects.requireNonNull(text, "text");
    }
  }

  /**
   * The unanswered points, then the partly answered ones, as numbered questions. Empty when the
   * reply answered everything that needed an answer.
   *
   * @param analysis the analysis of the complaint and reply
   * @return an immutable list, numbered from 1
   * @throws NullPointerException if {@code analysis} is null
   */
  public static List<Question> questions(Analysis analysis) {
    Objects.requireNonNull(analysis, "analysis");
    List<Question> out = new ArrayList<>();
    for (Point p : Summary.of(analysis).open()) {
      out.add(new Question(out.size() + 1, p, question(p)));
    }
    return List.copyOf(out);
  }

  /**
   * The questions as plain text, one "{@code 1. …}" line each, ready to paste into a letter;
   * empty when there is nothing to follow up.
   *
   * @param analysis the analysis of the complaint and reply
   * @return the lines, each ending in a line break
   * @throws NullPointerException if {@code analysis} is null
   */
  public static String numberedList(Analysis analysis) {
    StringBuilder b = new StringBuilder();
    for (Question q : questions(analysis)) {
      b.append(q.number()).append(". ").append(q.text()).append('\n');
    }
    return b.toString();
  }

  private static String question(Point p) {
    String quoted = "\u201C" + quote(p.text()) + "\u201D";
    boolean partly = p.status() == Status.PARTLY;
    // The wording names what was missing, so the organisation cannot answer the same way again.
    return switch (p.kind()) {
      case QUESTION -> (partly ? "You only partly answered my question: " : "You did not answer my question: ")
          + quoted + " Please answer it in full.";
      case REQUEST -> (partly ? "You only partly responded to my request: " : "You did not respond to my request: ")
          + quoted + " Will you do this, and if not, why not?";
      case ALLEGATION -> (partly ? "You only partly addressed this part of my complaint: " : "You did not address this part of my complaint: ")
          + quoted + " Do you accept it, and what will you do about it?";
      case GRIEVANCE -> (partly ? "You only partly addressed what I told you: " : "You did not address what I told you: ")
          + quoted + " What will you do to put this right?";
      case CONTEXT -> throw new IllegalStateException("a context point is never open");
    };
  }

  /** The point's words on one line, whole: a follow-up must quote, not paraphrase. */
  private static String quote(String text) {
    return text.strip().replaceAll("\\s+", " ");
  }
}
