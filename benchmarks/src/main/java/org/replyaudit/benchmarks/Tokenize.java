package org.replyaudit.benchmarks;

import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.tokenize.TokenizerModel;
import opennlp.tools.util.Span;
import org.openjdk.jmh.infra.Blackhole;

/**
 * The baseline the analysis is compared with: OpenNLP sentence detection and tokenization of a
 * text, and nothing else.
 *
 * <p>To be fair to both sides it does what the library does with OpenNLP: a new
 * {@link SentenceDetectorME} and a new {@link TokenizerME} per text (the {@code *ME} classes are
 * not thread-safe, and core's Segmenter and ClauseSplitter make one per call), over the whole
 * text. It tokenizes every sentence, whereas ClauseSplitter tokenizes only the sentences that
 * could join clauses, so the baseline does at least the OpenNLP work the analysis does.
 */
final class Tokenize {
  private Tokenize() {}

  static void text(SentenceModel sentences, TokenizerModel tokens, String text, Blackhole bh) {
    SentenceDetectorME detector = new SentenceDetectorME(sentences);
    TokenizerME tokenizer = new TokenizerME(tokens);
    for (Span s : detector.sentPosDetect(text)) {
      bh.consume(tokenizer.tokenizePos(text.substring(s.getStart(), s.getEnd())));
    }
  }
}
