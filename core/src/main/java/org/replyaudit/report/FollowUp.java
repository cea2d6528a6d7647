package org.replyaudit.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.replyaudit.Analysis;
import org.replyaudit.Point;
import org.replyaudit.Status;
import org.replyaudit.thread.Contradiction;
import org.replyaudit.thread.Party;
import org.replyaudit.thread.Raise;
import org.replyaudit.thread.ThreadAnalysis;
import org.replyaudit.thread.ThreadPoint;

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
 * String next = FollowUp.letter(thread);   // a thread: the next follow-up letter, drafted
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

  /**
   * The questions the next follow-up in a thread would ask: every point still open after the
   * last reply (unanswered first, then partly answered, each in the order first raised), then
   * every point two replies contradicted each other on. A re-raised point says when it was raised.
   *
   * @param thread a thread analysis
   * @return the questions, numbered from 1; empty when nothing is open or contradicted
   * @throws NullPointerException if {@code thread} is null
   */
  public static List<Question> threadQuestions(ThreadAnalysis thread) {
    Objects.requireNonNull(thread, "thread");
    List<Question> out = new ArrayList<>();
    List<ThreadPoint> open = new ArrayList<>(thread.open().stream().filter(p -> p.status() == Status.UNANSWERED).toList());
    open.addAll(thread.open().stream().filter(p -> p.status() == Status.PARTLY).toList());
    for (ThreadPoint p : open) {
      Point now = new Point(p.point().span(), p.point().text(), p.point().kind(), p.status(),
          p.rounds().isEmpty() ? List.of() : p.rounds().get(p.rounds().size() - 1).answeredBy(), p.why());
      out.add(new Question(out.size() + 1, now, question(now) + raised(thread, p)));
    }
    for (ThreadPoint p : thread.contradicted()) {
      Contradiction c = p.contradiction().orElseThrow();
      String text = "On my point \u201C" + quote(p.point().text()) + "\u201D, your " + ordinal(thread, c.laterMessage())
          + " reply says \u201C" + quote(c.laterText()) + "\u201D, but your " + ordinal(thread, c.earlierMessage())
          + " reply said \u201C" + quote(c.earlierText()) + "\u201D Which is correct?";
      out.add(new Question(out.size() + 1, p.point(), text));
    }
    return List.copyOf(out);
  }

  /**
   * The next follow-up letter of a thread, drafted from {@link #threadQuestions(ThreadAnalysis)}: a
   * greeting, the numbered questions and a closing, ready to edit and send. Empty when nothing
   * is open and no replies contradict each other.
   *
   * @param thread a thread analysis
   * @return the letter, or an empty string
   * @throws NullPointerException if {@code thread} is null
   */
  public static String letter(ThreadAnalysis thread) {
    List<Question> questions = threadQuestions(thread);
    if (questions.isEmpty()) {
      return "";
    }
    StringBuilder b = new StringBuilder("Dear Sir or Madam,\n\n");
    int replies = thread.replies().size();
    b.append(replies == 0 ? "I have not yet had a reply to my complaint. "
        : "Thank you for your " + (replies == 1 ? "reply" : "latest reply") + ". ")
        .append("My complaint is not yet resolved: ")
        .append(questions.size() == 1 ? "one point is" : questions.size() + " points are")
        .append(" still open. Please answer each numbered point below.\n\n");
    for (Question q : questions) {
      b.append(q.number()).append(". ").append(q.text()).append("\n\n");
    }
    b.append("If I do not receive a full answer to each of these points, I will take my complaint further.\n\n")
        .append("Yours faithfully,\n");
    return b.toString();
  }

  /** " (I raised this in my first letter and again in my second.)", or "" for a point raised once. */
  private static String raised(ThreadAnalysis thread, ThreadPoint p) {
    if (p.reraised().isEmpty()) {
      return "";
    }
    StringBuilder b = new StringBuilder(" (I raised this in my ").append(ordinal(thread, p.message())).append(" letter");
    List<Raise> again = p.reraised();
    for (int i = 0; i < again.size(); i++) {
      b.append(i == 0 ? " and again in my " : i == again.size() - 1 ? " and " : ", ").append(ordinal(thread, again.get(i).message()));
    }
    return b.append(".)").toString();
  }

  /** "first", "second", …: the message's place among the messages of its writer. */
  private static String ordinal(ThreadAnalysis thread, int message) {
    Party from = thread.messages().get(message).from();
    int n = 0;
    for (int i = 0; i <= message; i++) {
      if (thread.messages().get(i).from() == from) {
        n++;
      }
    }
    String[] words = {"first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth"};
    return n <= words.length ? words[n - 1] : n + "th";
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
