package org.replyaudit.semantic;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.replyaudit.SentenceEncoder;

/**
 * A quick proxy of how useful each encoder's cosine is to ReplyAudit, on the annotated cases
 * ({@code train.jsonl} and {@code dev.jsonl} under the shared directory; format in
 * {@code shared/corpus/SCHEMA.md}), beside a plain word-overlap baseline. Not the evaluator: no
 * analysis runs; it only asks whether the cosine ranks the right things first.
 *
 * <ul>
 *   <li><b>answer AUC</b>: for every gold point with {@code addressed = yes} and a {@code by}
 *       list, each (point quote, {@code by} quote) pair is a positive, and each (point quote,
 *       reply sentence overlapping none of its {@code by} quotes) pair a negative; the reply is
 *       split into sentences at {@code . ! ?} followed by space, and at line breaks. Pooled AUC
 *       over all pairs, and the mean of the per-point AUCs (how well the point's own answers
 *       rank above the rest of its letter).
 *   <li><b>yes/no AUC</b>: points of kind request, question, allegation or grievance whose gold
 *       is {@code yes} (positive) or {@code no} (negative), each scored by its best similarity
 *       to any reply sentence.
 * </ul>
 *
 * <p>Similarities: the encoder's cosine, and the Jaccard index of the two texts' lower-cased
 * word sets. Brackets are 95% intervals from 1,000 bootstrap resamples of whole letters
 * (seed 1). Run from the repository root (see {@code docs/semantic.md}):
 *
 * <pre>
 * mvn -q -B -o install -DskipTests
 * mvn -q -B -o -pl semantic -am dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/cp.txt
 * java -cp "semantic/target/test-classes:semantic/target/classes:$(cat semantic/target/cp.txt)" \
 *     org.replyaudit.semantic.EncoderProxy [shared-dir]
 * </pre>
 */
public final class EncoderProxy {
  private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?])\\s+|\\s*\\n\\s*");
  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");
  private static final Set<String> ANSWERABLE = Set.of("request", "question", "allegation", "grievance");
  private static final int RESAMPLES = 1000;

  private EncoderProxy() {}

  public static void main(String[] args) throws IOException {
    Path shared = Path.of(args.length > 0 ? args[0]
        : System.getProperty("replyaudit.shared", "../shared"));
    List<Letter> letters = new ArrayList<>();
    for (String set : List.of("train.jsonl", "dev.jsonl")) {
      letters.addAll(read(shared.resolve("cases").resolve(set)));
    }
    PrintStream out = System.out;
    out.printf(Locale.ROOT, "%d letters (train + dev)%n%n", letters.size());
    out.println("| similarity | answer AUC (pooled) | answer AUC (mean per point) | yes/no AUC (best match) |");
    out.println("| --- | --- | --- | --- |");
    out.println(row("word Jaccard", letters, new Jaccard()));
    for (EncoderModel model : EncoderModel.values()) {
      OnnxSentenceEncoder encoder = OnnxSentenceEncoder.of(model).load();
      out.println(row(encoder.id() + " cosine", letters, new Cosine(encoder)));
    }
    Counts c = counts(letters);
    out.printf(Locale.ROOT, "%npairs: %d answer, %d other; points: %d with answers (per-point AUC), "
        + "%d yes, %d no (yes/no AUC)%n%n", c.answers, c.others, c.answeredPoints, c.yes, c.no);
    out.println(TokenLengths.TABLE_HEAD);
    for (EncoderModel model : EncoderModel.values()) {
      out.println(TokenLengths.row(model, letters));
    }
  }

  /** A letter: both texts' sentences, its reply's with their spans, and its gold points. */
  record Letter(String id, List<String> sentences, List<Span> replySentences, List<Point> points) {}

  record Span(int start, int end, String text) {
    boolean overlaps(Span o) {
      return start < o.end && o.start < end;
    }
  }

  record Point(String quote, String kind, String addressed, List<Span> by) {}

  /** A similarity between two texts of one letter. */
  interface Similarity {
    /** Called once per letter before {@link #score}, with every text it will be asked about. */
    default void prepare(List<String> texts) {}

    double score(String a, String b);
  }

  static final class Jaccard implements Similarity {
    @Override
    public double score(String a, String b) {
      Set<String> x = words(a);
      Set<String> y = words(b);
      if (x.isEmpty() && y.isEmpty()) {
        return 0;
      }
      Set<String> both = new HashSet<>(x);
      both.retainAll(y);
      return both.size() / (double) (x.size() + y.size() - both.size());
    }

    private static Set<String> words(String s) {
      Set<String> w = new HashSet<>();
      Matcher m = WORD.matcher(s.toLowerCase(Locale.ROOT));
      while (m.find()) {
        w.add(m.group());
      }
      return w;
    }
  }

  static final class Cosine implements Similarity {
    private final SentenceEncoder encoder;
    private final java.util.Map<String, float[]> vectors = new java.util.HashMap<>();

    Cosine(SentenceEncoder encoder) {
      this.encoder = encoder;
    }

    @Override
    public void prepare(List<String> texts) {
      vectors.clear();
      List<String> distinct = texts.stream().distinct().toList();
      float[][] v = encoder.encode(distinct);
      for (int i = 0; i < v.length; i++) {
        vectors.put(distinct.get(i), v[i]);
      }
    }

    @Override
    public double score(String a, String b) {
      return SentenceEncoder.dot(vectors.get(a), vectors.get(b));
    }
  }

  /** Per letter: the scored pairs of each measure. */
  record Scored(List<double[]> answerPairs, List<List<double[]>> perPoint, List<double[]> yesNo) {}

  private static String row(String name, List<Letter> letters, Similarity similarity) {
    List<Scored> scored = letters.stream().map(l -> score(l, similarity)).toList();
    return "| " + name + " | " + withInterval(scored, EncoderProxy::pooledAnswerAuc) + " | "
        + withInterval(scored, EncoderProxy::meanPointAuc) + " | "
        + withInterval(scored, EncoderProxy::yesNoAuc) + " |";
  }

  /** {label, score} pairs: label 1 for a positive. */
  private static Scored score(Letter letter, Similarity similarity) {
    List<String> texts = new ArrayList<>();
    letter.replySentences.forEach(s -> texts.add(s.text));
    for (Point p : letter.points) {
      texts.add(p.quote);
      p.by.forEach(b -> texts.add(b.text));
    }
    similarity.prepare(texts);
    List<double[]> answerPairs = new ArrayList<>();
    List<List<double[]>> perPoint = new ArrayList<>();
    List<double[]> yesNo = new ArrayList<>();
    for (Point p : letter.points) {
      if (p.addressed.equals("yes") && !p.by.isEmpty()) {
        List<double[]> mine = new ArrayList<>();
        for (Span b : p.by) {
          mine.add(new double[] {1, similarity.score(p.quote, b.text)});
        }
        for (Span s : letter.replySentences) {
          if (p.by.stream().noneMatch(s::overlaps)) {
            mine.add(new double[] {0, similarity.score(p.quote, s.text)});
          }
        }
        answerPairs.addAll(mine);
        perPoint.add(mine);
      }
      if (ANSWERABLE.contains(p.kind) && (p.addressed.equals("yes") || p.addressed.equals("no"))) {
        double best = letter.replySentences.stream()
            .mapToDouble(s -> similarity.score(p.quote, s.text)).max().orElse(0);
        yesNo.add(new double[] {p.addressed.equals("yes") ? 1 : 0, best});
      }
    }
    return new Scored(answerPairs, perPoint, yesNo);
  }

  private static double pooledAnswerAuc(List<Scored> letters) {
    return auc(letters.stream().flatMap(s -> s.answerPairs.stream()).toList());
  }

  private static double meanPointAuc(List<Scored> letters) {
    double sum = 0;
    int n = 0;
    for (Scored s : letters) {
      for (List<double[]> point : s.perPoint) {
        double a = auc(point);
        if (!Double.isNaN(a)) {
          sum += a;
          n++;
        }
      }
    }
    return sum / n;
  }

  private static double yesNoAuc(List<Scored> letters) {
    return auc(letters.stream().flatMap(s -> s.yesNo.stream()).toList());
  }

  /** The statistic on all letters, and its 95% interval over letter-level bootstrap resamples. */
  private static String withInterval(List<Scored> letters,
      java.util.function.ToDoubleFunction<List<Scored>> statistic) {
    double all = statistic.applyAsDouble(letters);
    Random random = new Random(1);
    double[] resampled = new double[RESAMPLES];
    for (int r = 0; r < RESAMPLES; r++) {
      List<Scored> sample = new ArrayList<>(letters.size());
      for (int i = 0; i < letters.size(); i++) {
        sample.add(letters.get(random.nextInt(letters.size())));
      }
      resampled[r] = statistic.applyAsDouble(sample);
    }
    java.util.Arrays.sort(resampled);
    return String.format(Locale.ROOT, "%.3f [%.3f, %.3f]", all,
        resampled[(int) (RESAMPLES * 0.025)], resampled[(int) (RESAMPLES * 0.975) - 1]);
  }

  /** Mann–Whitney AUC of {label, score} pairs, ties counted half; NaN without both classes. */
  static double auc(List<double[]> pairs) {
    List<double[]> sorted = new ArrayList<>(pairs);
    sorted.sort((a, b) -> Double.compare(a[1], b[1]));
    double positives = 0;
    double negatives = 0;
    double rankSum = 0;
    int i = 0;
    while (i < sorted.size()) {
      int j = i;
      while (j < sorted.size() && sorted.get(j)[1] == sorted.get(i)[1]) {
        j++;
      }
      double midRank = (i + 1 + j) / 2.0; // ranks i+1 … j share their mean
      for (int k = i; k < j; k++) {
        if (sorted.get(k)[0] == 1) {
          positives++;
          rankSum += midRank;
        } else {
          negatives++;
        }
      }
      i = j;
    }
    if (positives == 0 || negatives == 0) {
      return Double.NaN;
    }
    return (rankSum - positives * (positives + 1) / 2) / (positives * negatives);
  }

  record Counts(int answers, int others, int answeredPoints, int yes, int no) {}

  private static Counts counts(List<Letter> letters) {
    List<Scored> s = letters.stream().map(l -> score(l, new Jaccard())).toList();
    int answers = 0;
    int others = 0;
    int yes = 0;
    int no = 0;
    int points = 0;
    for (Scored x : s) {
      for (double[] p : x.answerPairs) {
        if (p[0] == 1) {
          answers++;
        } else {
          others++;
        }
      }
      points += x.perPoint.size();
      for (double[] p : x.yesNo) {
        if (p[0] == 1) {
          yes++;
        } else {
          no++;
        }
      }
    }
    return new Counts(answers, others, points, yes, no);
  }

  static List<Letter> read(Path file) throws IOException {
    ObjectMapper json = new ObjectMapper();
    List<Letter> letters = new ArrayList<>();
    for (String line : Files.readAllLines(file)) {
      if (line.isBlank()) {
        continue;
      }
      JsonNode c = json.readTree(line);
      String reply = c.get("reply").asText();
      List<Span> sentences = split(reply);
      List<String> all = new ArrayList<>();
      split(c.get("complaint").asText()).forEach(x -> all.add(x.text));
      sentences.forEach(x -> all.add(x.text));
      List<Point> points = new ArrayList<>();
      for (JsonNode p : c.get("gold").get("points")) {
        List<Span> by = new ArrayList<>();
        for (JsonNode b : p.get("by")) {
          String quote = b.isTextual() ? b.asText() : b.get("quote").asText();
          int occurrence = b.isObject() && b.has("occurrence") ? b.get("occurrence").asInt() : 1;
          int at = -1;
          for (int k = 0; k < occurrence; k++) {
            at = reply.indexOf(quote, at + 1);
          }
          if (at < 0) {
            throw new IllegalStateException(c.get("id").asText() + ": by quote not in reply: " + quote);
          }
          by.add(new Span(at, at + quote.length(), quote));
        }
        points.add(new Point(p.get("quote").asText(), p.get("kind").asText(),
            p.get("addressed").asText(), List.copyOf(by)));
      }
      letters.add(new Letter(c.get("id").asText(), List.copyOf(all), List.copyOf(sentences),
          List.copyOf(points)));
    }
    return letters;
  }

  /** Sentences at . ! ? followed by space, and at line breaks, with their spans. */
  static List<Span> split(String text) {
    List<Span> sentences = new ArrayList<>();
    Matcher end = SENTENCE_END.matcher(text);
    int start = 0;
    while (true) {
      boolean found = end.find();
      int stop = found ? end.start() : text.length();
      String piece = text.substring(start, stop).strip();
      if (!piece.isEmpty()) {
        int from = text.indexOf(piece, start);
        sentences.add(new Span(from, from + piece.length(), piece));
      }
      if (!found) {
        return sentences;
      }
      start = end.end();
    }
  }
}
