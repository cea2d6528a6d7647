package org.replyaudit.corpus.train;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import org.replyaudit.Span;
import org.replyaudit.corpus.AnnotatedCase;
import org.replyaudit.corpus.DisapereReader;
import org.replyaudit.corpus.GoldPoint;
import org.replyaudit.corpus.GoldReplyItem;

/**
 * The labelled sentences each model is trained and scored on, read at run time from the shared
 * data (DISAPERE is CC BY-NC 4.0: it is never copied into the repository).
 */
public final class TrainingSets {
  private static final ObjectMapper JSON = new ObjectMapper();

  private TrainingSets() {}

  /** One DISAPERE split's sentences, both sides, in file-name order. */
  public record Disapere(List<SentenceRow> review, List<SentenceRow> rebuttal, List<SentenceRow> denial) {}

  /**
   * Reads one DISAPERE split. Positions are computed on the letter rebuilt as
   * {@link DisapereReader} rebuilds it (sentence, then its suffix or one space).
   *
   * @param limit read at most this many pair files (0 = all), for quick runs and tests
   */
  public static Disapere disapere(Path datasetDir, String split, int limit) throws IOException {
    Path dir = DisapereReader.splitDirectory(datasetDir, split);
    if (!Files.isDirectory(dir)) {
      throw new IOException("no DISAPERE split directory " + dir);
    }
    List<Path> files;
    try (Stream<Path> s = Files.list(dir)) {
      files = s.filter(p -> p.getFileName().toString().endsWith(".json")).sorted().toList();
    }
    if (limit > 0 && files.size() > limit) {
      files = files.subList(0, limit);
    }
    List<SentenceRow> review = new ArrayList<>();
    List<SentenceRow> rebuttal = new ArrayList<>();
    List<SentenceRow> denial = new ArrayList<>();
    for (Path f : files) {
      JsonNode root = JSON.readTree(f.toFile());
      String source = "disapere/" + split + "/" + f.getFileName();
      review.addAll(rows(root.path("review_sentences"), source,
          s -> Mapping.pointKind(s.path("review_action").asText(), s.path("fine_review_action").asText(),
              s.path("polarity").asText()),
          s -> s.path("fine_review_action").asText() + "/" + s.path("polarity").asText()));
      rebuttal.addAll(rows(root.path("rebuttal_sentences"), source,
          s -> Mapping.replyAct(s.path("rebuttal_action").asText()),
          s -> s.path("rebuttal_action").asText()));
      denial.addAll(rows(root.path("rebuttal_sentences"), source,
          s -> Mapping.denial(s.path("rebuttal_stance").asText()),
          s -> s.path("rebuttal_stance").asText()));
    }
    return new Disapere(List.copyOf(review), List.copyOf(rebuttal), List.copyOf(denial));
  }

  private static List<SentenceRow> rows(JsonNode sentences, String source,
      Function<JsonNode, String> label, Function<JsonNode, String> original) {
    // Letter length first, so every sentence's position is a fraction of the whole letter.
    int length = 0;
    for (int i = 0; i < sentences.size(); i++) {
      length += sentences.get(i).path("text").asText().length();
      if (i < sentences.size() - 1) {
        String suffix = sentences.get(i).path("suffix").asText("");
        length += suffix.isEmpty() ? 1 : suffix.length();
      }
    }
    double len = Math.max(1, length);
    List<SentenceRow> out = new ArrayList<>(sentences.size());
    int at = 0;
    for (int i = 0; i < sentences.size(); i++) {
      JsonNode s = sentences.get(i);
      String text = s.path("text").asText();
      out.add(new SentenceRow(text, label.apply(s), at / len, (at + text.length()) / len,
          source + "#" + i, original.apply(s)));
      at += text.length();
      String suffix = s.path("suffix").asText("");
      at += suffix.isEmpty() ? 1 : suffix.length();
    }
    return out;
  }

  /** The annotated cases' gold points as point-kind rows (the gold quotes themselves). */
  public static List<SentenceRow> casePoints(List<AnnotatedCase> cases, String file) {
    List<SentenceRow> out = new ArrayList<>();
    for (AnnotatedCase c : cases) {
      for (GoldPoint p : c.points()) {
        out.add(row(c.complaint(), p.span(), p.kind().id(), file + "/" + c.id(), p.kind().id()));
      }
    }
    return out;
  }

  /** The annotated cases' gold reply items as reply-act rows. */
  public static List<SentenceRow> caseActs(List<AnnotatedCase> cases, String file) {
    List<SentenceRow> out = new ArrayList<>();
    for (AnnotatedCase c : cases) {
      for (GoldReplyItem r : c.replyItems()) {
        out.add(row(c.reply(), r.span(), Mapping.replyAct(r.labels()), file + "/" + c.id(),
            r.labels().toString()));
      }
    }
    return out;
  }

  /** The annotated cases' gold reply items as denial rows (items labelled only answer are left out). */
  public static List<SentenceRow> caseDenials(List<AnnotatedCase> cases, String file) {
    List<SentenceRow> out = new ArrayList<>();
    for (AnnotatedCase c : cases) {
      for (GoldReplyItem r : c.replyItems()) {
        String label = Mapping.denial(r.labels());
        if (label != null) {
          out.add(row(c.reply(), r.span(), label, file + "/" + c.id(), r.labels().toString()));
        }
      }
    }
    return out;
  }

  private static SentenceRow row(String letter, Span span, String label, String source, String original) {
    double len = Math.max(1, letter.length());
    return new SentenceRow(span.of(letter), label, span.start() / len, span.end() / len, source, original);
  }
}
