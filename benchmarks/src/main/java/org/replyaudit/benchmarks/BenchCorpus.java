package org.replyaudit.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.replyaudit.corpus.AnnotatedCase;
import org.replyaudit.corpus.DisapereReader;

/**
 * The pairs benchmarks run on, by name:
 *
 * <ul>
 *   <li>{@code cases}: the annotated cases, {@code cases/seed.jsonl} then {@code cases/dev.jsonl}
 *       (31 pairs of 0.5–2.3 KB per letter: the "seed-sized" pairs the targets speak of);
 *   <li>{@code disapere}: the DISAPERE test split (167 ICLR review/rebuttal pairs, several KB each);
 *   <li>{@code generated}: {@link LetterGenerator} pairs of about 1 KB per letter.
 * </ul>
 *
 * <p>Shared data is read from {@code -Dreplyaudit.shared=DIR}, else {@code ../shared} relative to
 * the working directory (the layout every checkout has). It is read at run time and never copied:
 * DISAPERE is licensed for non-commercial use only. When it is absent, {@code cases} falls back to
 * the reference case bundled in the core jar and {@code disapere} to {@code cases}, with a note on
 * standard error, so that a benchmark run on a bare checkout still measures something meaningful
 * rather than failing.
 */
public final class BenchCorpus {
  /** The system property naming the shared data directory. */
  public static final String SHARED_PROPERTY = "replyaudit.shared";
  /** The reference case, on the class path through the cli jar (the demo bundles it). */
  static final String BUNDLED_SEED = "/org/replyaudit/cli/seed-case.json";

  private static final ObjectMapper JSON = new ObjectMapper();

  private BenchCorpus() {}

  /** The shared data directory: the system property, else {@code ../shared}. */
  public static Path sharedDirectory() {
    return Path.of(System.getProperty(SHARED_PROPERTY, "../shared"));
  }

  /**
   * The pairs of the named corpus, never empty.
   *
   * @throws IllegalArgumentException for an unknown name
   */
  public static List<BenchPair> load(String name) {
    return load(name, sharedDirectory());
  }

  static List<BenchPair> load(String name, Path shared) {
    return switch (name) {
      case "cases" -> cases(shared);
      case "disapere" -> disapere(shared);
      case "generated" -> generated(32);
      default -> throw new IllegalArgumentException(
          "unknown corpus '" + name + "'; use cases, disapere or generated");
    };
  }

  static List<BenchPair> cases(Path shared) {
    List<BenchPair> out = new ArrayList<>();
    for (String set : List.of("seed", "dev")) {
      Path file = shared.resolve("cases").resolve(set + ".jsonl");
      if (Files.isRegularFile(file)) {
        out.addAll(readCases(file));
      }
    }
    if (out.isEmpty()) {
      System.err.println("[replyaudit-benchmarks] no annotated cases under " + shared.toAbsolutePath()
          + " (set -D" + SHARED_PROPERTY + "=DIR); using the bundled reference case only");
      out.add(bundledSeed());
    }
    return List.copyOf(out);
  }

  static List<BenchPair> disapere(Path shared) {
    Path dataset = shared.resolve("datasets").resolve("disapere");
    if (!Files.isDirectory(DisapereReader.splitDirectory(dataset, "test"))) {
      System.err.println("[replyaudit-benchmarks] no DISAPERE under " + dataset.toAbsolutePath()
          + "; using the annotated cases instead");
      return cases(shared);
    }
    try {
      List<BenchPair> out = new ArrayList<>();
      for (AnnotatedCase c : DisapereReader.read(dataset, "test")) {
        out.add(new BenchPair(c.id(), c.complaint(), c.reply(), c.respondent()));
      }
      return List.copyOf(out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** {@code n} generated pairs of about 1 KB per letter, each from its own seed. */
  static List<BenchPair> generated(int n) {
    List<BenchPair> out = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      out.add(LetterGenerator.pair(1024, i));
    }
    return List.copyOf(out);
  }

  /** The reference case bundled in the core jar. */
  public static BenchPair bundledSeed() {
    try (InputStream in = BenchCorpus.class.getResourceAsStream(BUNDLED_SEED)) {
      if (in == null) {
        throw new IllegalStateException(BUNDLED_SEED + " is not on the class path (cli jar missing?)");
      }
      return pair(JSON.readTree(in));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Reads id, complaint, reply and respondent from each line. Only those fields are read: a
   * benchmark does not need the gold annotations, and CaseReader's strict validation belongs to
   * the evaluator.
   */
  private static List<BenchPair> readCases(Path file) {
    try {
      List<BenchPair> out = new ArrayList<>();
      for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
        if (!line.isBlank()) {
          out.add(pair(JSON.readTree(line)));
        }
      }
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
  }

  private static BenchPair pair(JsonNode n) {
    List<String> respondent = new ArrayList<>();
    n.path("respondent").forEach(r -> respondent.add(r.asText()));
    return new BenchPair(n.path("id").asText(), n.path("complaint").asText(), n.path("reply").asText(),
        respondent);
  }
}
