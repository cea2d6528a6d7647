package org.replyaudit.corpus;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;
import org.replyaudit.PointKind;
import org.replyaudit.Span;

/**
 * Reads DISAPERE (Kennard et al., NAACL 2022; CC BY-NC 4.0) review/rebuttal pairs as
 * {@link AnnotatedCase}s: complaint = the review, reply = the rebuttal.
 *
 * <p>Texts are rebuilt from the sentences: each sentence's text followed by its {@code suffix},
 * or by one space when the suffix is empty (the dataset leaves most inter-sentence spaces out),
 * and nothing after the last sentence. Every sentence's span therefore covers exactly its text.
 *
 * <p>Points are the review sentences whose {@code review_action} is {@code arg_request} (kind
 * request) or {@code arg_evaluative} with polarity {@code pol_negative} (kind grievance). A point
 * is addressed {@code yes} when some rebuttal sentence is aligned to it ({@code by} = those
 * sentences) and {@code no} otherwise; DISAPERE has no "partly". No reply labels are given (the
 * dataset's rebuttal actions are not ReplyAudit's labels). {@link AnnotatedCase#alignments()}
 * holds, for each rebuttal sentence aligned to review sentences ({@code context_sentences}), the
 * spans of all those review sentences, points or not.
 *
 * <p>The data is read from a directory and never copied: pass the dataset directory (the one
 * holding {@code DISAPERE/final_dataset}).
 */
public final class DisapereReader {
  /** The dataset's splits. Train and dev are for tuning, test for reporting. */
  public static final List<String> SPLITS = List.of("train", "dev", "test");

  private static final ObjectMapper JSON = new ObjectMapper();

  private DisapereReader() {}

  /** The directory holding one split's JSON files, whether or not it exists. */
  public static Path splitDirectory(Path datasetDir, String split) {
    Objects.requireNonNull(datasetDir, "datasetDir");
    Objects.requireNonNull(split, "split");
    return datasetDir.resolve("DISAPERE").resolve("final_dataset").resolve(split);
  }

  /**
   * Reads every pair of a split, in file-name order so runs are repeatable.
   *
   * @param datasetDir the directory holding {@code DISAPERE/final_dataset}
   * @param split train, dev or test
   * @throws IllegalArgumentException if the split is unknown
   * @throws IOException if the split directory is missing or a file cannot be read or parsed
   */
  public static List<AnnotatedCase> read(Path datasetDir, String split) throws IOException {
    Objects.requireNonNull(datasetDir, "datasetDir");
    Objects.requireNonNull(split, "split");
    if (!SPLITS.contains(split)) {
      throw new IllegalArgumentException("DISAPERE split must be one of " + SPLITS + ": " + split);
    }
    Path dir = splitDirectory(datasetDir, split);
    if (!Files.isDirectory(dir)) {
      throw new IOException("no DISAPERE split directory " + dir);
    }
    List<Path> files;
    try (Stream<Path> s = Files.list(dir)) {
      files = s.filter(p -> p.getFileName().toString().endsWith(".json")).sorted().toList();
    }
    List<AnnotatedCase> cases = new ArrayList<>(files.size());
    for (Path f : files) {
      cases.add(readPair(f));
    }
    return List.copyOf(cases);
  }

  /**
   * Reads one pair file.
   *
   * @throws IOException if the file cannot be read or lacks the expected structure
   */
  public static AnnotatedCase readPair(Path file) throws IOException {
    Objects.requireNonNull(file, "file");
    JsonNode root = JSON.readTree(file.toFile());
    JsonNode review = root.path("review_sentences");
    JsonNode rebuttal = root.path("rebuttal_sentences");
    if (!review.isArray() || !rebuttal.isArray()) {
      throw new IOException(file + ": expected review_sentences and rebuttal_sentences arrays");
    }
    StringBuilder complaint = new StringBuilder();
    List<Span> reviewSpans = joinSentences(review, complaint);
    StringBuilder reply = new StringBuilder();
    List<Span> rebuttalSpans = joinSentences(rebuttal, reply);

    // Alignments name review sentences by sentence_index, which is not always the array position.
    Map<Integer, Integer> reviewPosition = new HashMap<>();
    for (int i = 0; i < review.size(); i++) {
      reviewPosition.put(review.get(i).path("sentence_index").asInt(i), i);
    }
    Map<Integer, List<Span>> byReviewPosition = new LinkedHashMap<>();
    List<GoldAlignment> alignments = new ArrayList<>();
    for (int j = 0; j < rebuttal.size(); j++) {
      JsonNode alignment = rebuttal.get(j).path("alignment");
      if (!"context_sentences".equals(alignment.path(0).asText()) || !alignment.path(1).isArray()) {
        continue;
      }
      List<Span> linked = new ArrayList<>();
      for (JsonNode idx : alignment.path(1)) {
        Integer pos = reviewPosition.get(idx.asInt());
        if (pos == null) {
          throw new IOException(file + ": rebuttal sentence " + j
              + " is aligned to missing review sentence " + idx.asInt());
        }
        linked.add(reviewSpans.get(pos));
        byReviewPosition.computeIfAbsent(pos, k -> new ArrayList<>()).add(rebuttalSpans.get(j));
      }
      if (!linked.isEmpty()) {
        alignments.add(new GoldAlignment(rebuttalSpans.get(j), linked));
      }
    }

    List<GoldPoint> points = new ArrayList<>();
    for (int i = 0; i < review.size(); i++) {
      PointKind kind = pointKind(review.get(i));
      if (kind == null) {
        continue;
      }
      List<Span> by = byReviewPosition.getOrDefault(i, List.of());
      points.add(new GoldPoint(reviewSpans.get(i), kind, by.isEmpty() ? Addressed.NO : Addressed.YES,
          by));
    }
    String id = file.getFileName().toString().replaceFirst("\\.json$", "");
    return new AnnotatedCase(id, "peer review (DISAPERE)", List.of("the authors"),
        complaint.toString(), reply.toString(), points, List.of(), alignments);
  }

  /** The point kind of a review sentence, or null when it is not a point. */
  static PointKind pointKind(JsonNode reviewSentence) {
    String action = reviewSentence.path("review_action").asText();
    if (action.equals("arg_request")) {
      return PointKind.REQUEST;
    }
    if (action.equals("arg_evaluative")
        && reviewSentence.path("polarity").asText().equals("pol_negative")) {
      return PointKind.GRIEVANCE;
    }
    return null;
  }

  private static List<Span> joinSentences(JsonNode sentences, StringBuilder out) {
    List<Span> spans = new ArrayList<>(sentences.size());
    for (int i = 0; i < sentences.size(); i++) {
      JsonNode s = sentences.get(i);
      String text = s.path("text").asText();
      int start = out.length();
      out.append(text);
      spans.add(new Span(start, out.length()));
      if (i < sentences.size() - 1) {
        String suffix = s.path("suffix").asText("");
        out.append(suffix.isEmpty() ? " " : suffix);
      }
    }
    return spans;
  }
}
