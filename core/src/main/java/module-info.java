/**
 * ReplyAudit's core: reads a complaint and its reply and says, point by point, what the reply
 * answered, what it left unanswered and what it said that nobody asked.
 *
 * <p>The API is {@link org.replyaudit.ReplyAudit} and the packages beside it: the analysis
 * ({@code org.replyaudit}), the reports ({@code org.replyaudit.report}), complaint-handling
 * checklists ({@code org.replyaudit.checklist}) and threads of several letters
 * ({@code org.replyaudit.thread}). The {@code internal} packages are the pipeline's stages; only
 * the corpus tools, which train the models the stages run, may read them.
 */
@SuppressWarnings("module") // the corpus module is built after this one, as a plain jar
module org.replyaudit.core {
  requires transitive org.replyaudit.models;
  requires org.apache.lucene.core;
  requires org.apache.lucene.analysis.common;
  requires org.apache.opennlp.tools;
  requires com.fasterxml.jackson.core;

  exports org.replyaudit;
  exports org.replyaudit.checklist;
  exports org.replyaudit.report;
  exports org.replyaudit.thread;

  exports org.replyaudit.internal to org.replyaudit.corpus;
  exports org.replyaudit.internal.anchors to org.replyaudit.corpus;
  exports org.replyaudit.internal.cues to org.replyaudit.corpus;
  exports org.replyaudit.internal.decisions to org.replyaudit.corpus;
  exports org.replyaudit.internal.matching to org.replyaudit.corpus;
  exports org.replyaudit.internal.text to org.replyaudit.corpus;

  uses org.replyaudit.SentenceEncoder;
}
