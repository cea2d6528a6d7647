package org.replyaudit.corpus;

import java.util.Objects;
import org.replyaudit.Verdict;

/**
 * One QEvasion question/answer pair with its gold clarity label as a verdict.
 *
 * @param id {@code qevasion-SPLIT-N}, N the row's position (0-based) in its file
 * @param question the question the label refers to (see {@link QEvasionReader.QuestionField})
 * @param answer the interview answer
 * @param gold Clear Reply = answered, Ambivalent = partly, Clear Non-Reply = unanswered
 */
public record QEvasionItem(String id, String question, String answer, Verdict gold) {
  public QEvasionItem {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(question, "question");
    Objects.requireNonNull(answer, "answer");
    Objects.requireNonNull(gold, "gold");
  }
}
