package org.replyaudit.internal;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.AbstractList;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.IntFunction;
import org.junit.jupiter.api.Test;
import org.replyaudit.Span;
import org.replyaudit.internal.decisions.FeatureContext;
import org.replyaudit.internal.decisions.LearnedFeatures;
import org.replyaudit.internal.matching.Bm25ClaimMatcher.Link;
import org.replyaudit.internal.matching.Bm25ClaimMatcher;
import org.replyaudit.internal.text.Claim;
import org.replyaudit.internal.text.CleanText;
import org.replyaudit.internal.text.Segmenter;

/**
 * Work, counted rather than timed, on input shapes that were quadratic: doubling the input must
 * at most about double the work (×2.5 allowed). Timing belongs to {@code ScalingBenchmark}
 * (JMH); counting is exact and does not depend on the machine, so it can run in every build.
 */
class LinearWorkTest {
  private static final double MAX_RATIO = 2.5;

  private static void assertLinear(String shape, IntFunction<Long> work, int n) {
    long once = work.apply(n);
    long twice = work.apply(2 * n);
    double ratio = (double) twice / Math.max(once, 1);
    assertTrue(ratio <= MAX_RATIO, String.format(Locale.ROOT, "%s: work %,d at n=%d, %,d at 2n (x%.2f)",
        shape, once, n, twice, ratio));
  }

  // --- The sentence detector. ---

  /**
   * OpenNLP's {@code SentenceDetectorME.sentPosDetect} looks, for every {@code .!?} of the text it
   * is given, for the next whitespace ({@code getFirstWS}); in a run without whitespace that is
   * the rest of the run, for every mark of it. This is that cost, for the pieces the segmenter
   * gives it.
   */
  private static long detectorWork(String text) {
    long work = 0;
    for (Segmenter.Piece p : Segmenter.pieces(text, 0, text.length())) {
      if (!p.prose()) {
        work += p.end() - p.start(); // cut at fixed lengths: one pass
        continue;
      }
      int nextSpace = p.end();
      for (int i = p.end() - 1; i >= p.start(); i--) {
        char c = text.charAt(i);
        if (Character.isWhitespace(c)) {
          nextSpace = i;
        } else if (c == '.' || c == '!' || c == '?') {
          work += nextSpace - i;
        }
      }
    }
    return work;
  }

  @Test
  void theDetectorWorkMeasureSeesTheQuadraticPath() {
    // The measure itself, on one unsplit block: x4 per doubling. So it can fail.
    IntFunction<Long> unsplit = n -> {
      String text = "!?".repeat(n);
      long work = 0;
      for (int i = 0; i < text.length(); i++) {
        work += text.length() - i;
      }
      return work;
    };
    assertTrue(unsplit.apply(2000) > 3.9 * unsplit.apply(1000));
  }

  @Test
  void punctuationRunsCostTheDetectorLinearWork() {
    assertLinear("!? run", n -> detectorWork("!?".repeat(n)), 50_000);
    assertLinear("x. run", n -> detectorWork("x.".repeat(n)), 50_000);
    assertLinear(". run", n -> detectorWork(".".repeat(n)), 100_000);
    assertLinear("runs of 90 between spaces", n -> detectorWork(("!?".repeat(45) + " ").repeat(n)), 1000);
    assertLinear("long runs of few marks", n -> detectorWork(("a".repeat(300) + "!?!? ").repeat(n)), 1000);
    assertLinear("prose", n -> detectorWork("Why was I charged twice? Please refund me. ".repeat(n)), 1000);
  }

  @Test
  void noProsePieceHoldsALongRunOfSentenceMarks() {
    for (String text : List.of("!?".repeat(5000), "a ".repeat(100) + "x.".repeat(3000) + " b.",
        "Hi. " + "!?".repeat(100) + " Bye.", "", "word", "-".repeat(500) + "\nText.", "1.2.3.4.5.6.7.8.9.10.11.12 ok")) {
      int covered = 0;
      for (Segmenter.Piece p : Segmenter.pieces(text, 0, text.length())) {
        assertTrue(p.start() == covered, "pieces tile the block");
        covered = p.end();
        if (p.prose()) {
          for (String token : text.substring(p.start(), p.end()).split("\\s+")) {
            long marks = token.chars().filter(c -> c == '.' || c == '!' || c == '?').count();
            assertTrue(token.length() <= Segmenter.MAX_RUN || marks <= Segmenter.MAX_RUN_MARKS,
                token.length() + " chars, " + marks + " marks");
          }
        }
      }
      assertTrue(covered == text.length());
    }
    // Runs without sentence marks (a line of dashes) and short ones (a version number) stay prose.
    assertTrue(Segmenter.pieces("-".repeat(500) + " Text.", 0, 506).size() == 1);
    assertTrue(Segmenter.pieces("v1.2.3.4.5.6.7.8.9.10.11.12 ok", 0, 30).size() == 1);
  }

  // --- Structure anchors. ---

  private static final Pipeline PIPELINE = new Pipeline(Settings.defaults(), null, null);

  /** Counts every element read from the lists it wraps. */
  private static final class Counter {
    long reads;

    <T> List<T> wrap(List<T> list) {
      return new AbstractList<>() {
        @Override
        public T get(int index) {
          reads++;
          return list.get(index);
        }

        @Override
        public int size() {
          return list.size();
        }
      };
    }

    List<List<Link>> wrapLinks(List<List<Link>> links) {
      List<List<Link>> out = new ArrayList<>(links.size());
      for (List<Link> l : links) {
        out.add(wrap(l));
      }
      return wrap(out);
    }
  }

  /**
   * Claims and links the anchors stage reads, plus the links it hands on (which every later
   * stage walks), for one pair.
   */
  private static long anchorWork(String complaint, String reply) {
    CleanText c = PIPELINE.cleaner.clean(complaint);
    CleanText r = PIPELINE.quotedLines.check(PIPELINE.cleaner.clean(reply), complaint);
    List<Claim> cClaims = Pipeline.bodyOnly(PIPELINE.splitter.split(c, PIPELINE.segmenter.segment(c)));
    List<Claim> rClaims = Pipeline.withoutSignature(PIPELINE.splitter.split(r, PIPELINE.segmenter.segment(r)));
    Bm25ClaimMatcher.Scores scores = PIPELINE.matcher.score(cClaims, rClaims);
    Counter k = new Counter();
    Bm25ClaimMatcher.Scores out = PIPELINE.anchors.adjust(
        new Bm25ClaimMatcher.Scores(k.wrapLinks(scores.complaintToReply()), k.wrapLinks(scores.replyToComplaint())),
        c, k.wrap(cClaims), r, k.wrap(rClaims));
    long links = out.replyToComplaint().stream().mapToLong(List::size).sum();
    return k.reads + links;
  }

  private static String numbered(int n, IntFunction<String> label, String gap, String what) {
    StringBuilder b = new StringBuilder("Dear Sir,\n\n");
    for (int i = 1; i <= n; i++) {
      b.append(label.apply(i)).append(' ').append(String.format(Locale.ROOT, what, i, i)).append('\n').append(gap);
    }
    return b.toString();
  }

  private static final String ASKED = "Why did you charge me fee %d for day %d?";
  private static final String ANSWERED = "We charged fee %d because day %d was used.";

  @Test
  void numberedListsAnsweredPointByPointCostLinearWork() {
    // Labels past 99 are not read as labels: item 99 once ran to the end and named every claim.
    assertLinear("1. to n.", n -> anchorWork(numbered(n, i -> i + ".", "", ASKED),
        numbered(n, i -> i + ".", "", ANSWERED)), 300);
    assertLinear("labels 1 to 99, repeating", n -> anchorWork(numbered(n, i -> (i % 99 + 1) + ".", "", ASKED),
        numbered(n, i -> (i % 99 + 1) + ".", "", ANSWERED)), 300);
    assertLinear("two labels, one item per paragraph", n -> anchorWork(numbered(n, i -> (i % 2 + 1) + ".", "\n", ASKED),
        numbered(n, i -> (i % 2 + 1) + ".", "\n", ANSWERED)), 300);
  }

  @Test
  void numberedAnswersToBulletsAndParagraphsCostLinearWork() {
    assertLinear("bullets answered 1..99", n -> anchorWork(numbered(n, i -> "-", "", ASKED),
        numbered(n, i -> (i % 99 + 1) + ".", "", ANSWERED)), 300);
    assertLinear("many two-item lists", n -> {
      StringBuilder c = new StringBuilder("Dear Sir,\n\n");
      for (int i = 1; i <= n; i++) {
        c.append("I want:\n- a refund of fee ").append(i).append("\n- an apology for day ").append(i).append("\nThanks.\n\n");
      }
      return anchorWork(c.toString(), "1. We refund fee 1.\n2. We apologise for day 2.\n");
    }, 200);
    assertLinear("paragraphs answered 1..2", n -> anchorWork(numbered(n, i -> "", "\n", ASKED),
        "1. We charged fee 1.\n\n2. We charged fee 2.\n"), 300);
  }

  @Test
  void listIntroductionsAreFoundWithoutWalkingTheList() {
    // Each item's introduction is the line before the list; Pipeline.listIntro once walked back
    // over every earlier item for each item.
    String complaint = "I want:\n" + "- a refund of the fee\n".repeat(2000);
    CleanText c = PIPELINE.cleaner.clean(complaint);
    List<Claim> claims = Pipeline.bodyOnly(PIPELINE.splitter.split(c, PIPELINE.segmenter.segment(c)));
    IntFunction<Long> reads = n -> {
      Counter k = new Counter();
      List<Claim> counted = k.wrap(claims.subList(0, n));
      for (Claim claim : claims.subList(0, n)) {
        Claim intro = Pipeline.listIntro(claim, counted);
        assertTrue(claim.index() == 0 || intro != null && intro.span().equals(new Span(0, 7)), claim.text());
      }
      return k.reads;
    };
    assertLinear("list items", reads, 1000);
  }

  // --- The decisions. ---

  /**
   * Links are scored for each point's candidates only: the reply claims a matching stage ranks
   * among its best, either way. Scored for every pair, two long letters cost the product of their
   * lengths. The letters here share every word, so every claim matches every other.
   */
  @Test
  void linksAreScoredForCandidatesOnly() {
    IntFunction<Long> candidates = n -> {
      String complaint = "Why did you charge my account for the late fee? ".repeat(n);
      String reply = "We charged your account the late fee because it was late. ".repeat(n);
      FeatureContext p = LearnedFeatures.prepare(PIPELINE.state(complaint, reply, List.of()), null);
      long total = 0;
      for (int i = 0; i < p.state().complaint().size(); i++) {
        total += p.candidates(i).length;
      }
      return total;
    };
    assertTrue(candidates.apply(200) > 200, "every point has candidates");
    assertLinear("same words throughout", candidates, 200);
  }

  /** A point's features read its paragraph's kinds once, not each of its claims: one paragraph of n claims. */
  @Test
  void pointFeaturesOfOneLongParagraphCostLinearWork() {
    IntFunction<Long> size = n -> {
      String complaint = "You charged me twice. Please refund me. I am upset. ".repeat(n);
      FeatureContext p = LearnedFeatures.prepare(PIPELINE.state(complaint, "We are sorry.", List.of()), null);
      long total = 0;
      for (int i = 0; i < p.state().complaint().size(); i++) {
        total += LearnedFeatures.point(p, i).size();
      }
      return total;
    };
    assertLinear("one paragraph", size, 200);
  }
}
