package org.replyaudit.semantic;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.replyaudit.SentenceEncoder;
import org.replyaudit.semantic.EncoderProxy.Letter;
import org.replyaudit.semantic.internal.BertOnnxModel;
import org.replyaudit.semantic.internal.VerifiedResource;
import org.replyaudit.semantic.internal.WordPieceTokenizer;

/**
 * Two facts behind the encoder's settings, printed by {@link EncoderProxy}: how many tokens the
 * cases' sentences need (for the token cap), and how far a sentence's vector moves when it is run
 * in one padded batch with the other sentences of its letter instead of alone (why the encoder
 * runs each sentence on its own).
 */
final class TokenLengths {
  static final String TABLE_HEAD = "| model | sentences | repeats (cache hits) | tokens p50 / p90 "
      + "/ p99 / max | over " + OnnxSentenceEncoder.DEFAULT_MAX_TOKENS + " | batched vs alone: "
      + "1 − cosine, median / max (first 40 letters) |\n| --- | --- | --- | --- | --- | --- |";

  private TokenLengths() {}

  static String row(EncoderModel model, List<Letter> letters) {
    EncoderProvenance p = model.provenance();
    WordPieceTokenizer tokenizer = WordPieceTokenizer.fromTokenizerJson(new ByteArrayInputStream(
        VerifiedResource.read(p.tokenizer(), p.tokenizerSha256(), p.artifact())));
    List<Integer> lengths = new ArrayList<>();
    // The cache's key is the token sequence at the default cap: a repeat is a cache hit.
    java.util.Set<List<Integer>> seen = new java.util.HashSet<>();
    int repeats = 0;
    for (Letter l : letters) {
      for (String s : l.sentences()) {
        lengths.add(tokenizer.encode(model.prefix() + s, OnnxSentenceEncoder.MODEL_MAX_TOKENS).length);
        int[] capped = tokenizer.encode(model.prefix() + s, OnnxSentenceEncoder.DEFAULT_MAX_TOKENS);
        if (!seen.add(Arrays.stream(capped).boxed().toList())) {
          repeats++;
        }
      }
    }
    int[] sorted = lengths.stream().mapToInt(Integer::intValue).sorted().toArray();
    long over = Arrays.stream(sorted).filter(n -> n > OnnxSentenceEncoder.DEFAULT_MAX_TOKENS).count();

    BertOnnxModel onnx = BertOnnxModel.load(VerifiedResource.read(p.model(), p.modelSha256(), p.artifact()));
    List<Double> drift = new ArrayList<>();
    for (Letter l : letters.subList(0, Math.min(40, letters.size()))) {
      List<int[]> tokens = l.sentences().stream()
          .map(s -> tokenizer.encode(model.prefix() + s, OnnxSentenceEncoder.DEFAULT_MAX_TOKENS))
          .toList();
      float[][] batched = onnx.embed(tokens);
      for (int i = 0; i < tokens.size(); i++) {
        float[] alone = onnx.embed(List.of(tokens.get(i)))[0];
        drift.add(1 - SentenceEncoder.dot(alone, batched[i]));
      }
    }
    drift.sort(null);
    return String.format(Locale.ROOT, "| %s | %d | %d (%.1f%%) | %d / %d / %d / %d | %d | %.1e / %.1e |",
        model.id(), sorted.length, repeats, 100.0 * repeats / sorted.length, percentile(sorted, 0.5), percentile(sorted, 0.9),
        percentile(sorted, 0.99), sorted[sorted.length - 1], over,
        drift.get(drift.size() / 2), drift.get(drift.size() - 1));
  }

  private static int percentile(int[] sorted, double q) {
    return sorted[Math.min(sorted.length - 1, (int) (q * sorted.length))];
  }
}
