package org.replyaudit.semantic;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.ServiceLoader;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.replyaudit.SentenceEncoder;

class OnnxSentenceEncoderTest {
  private static final List<String> LETTER = List.of(
      "I have been charged a £40 early-exit fee although I left within the cooling-off period.",
      "Please refund the fee.",
      "Your engineer missed two appointments and nobody called to tell me.",
      "Thank you for your email.",
      "We have refunded the £40 fee to your account.",
      "We apologise that the engineer did not attend on 3 May.",
      "We take every complaint extremely seriously.",
      "Please refund the fee.");

  private static final SentenceEncoder DEFAULT = new OnnxSentenceEncoder();

  @Test
  void coreFindsItThroughServiceLoader() {
    List<SentenceEncoder> found = new ArrayList<>();
    ServiceLoader.load(SentenceEncoder.class).forEach(found::add);
    assertEquals(1, found.size(), found.toString());
    assertInstanceOf(OnnxSentenceEncoder.class, found.get(0));
    assertEquals("all-minilm-l6-v2-q", found.get(0).id());
    assertEquals(384, found.get(0).dimension());
  }

  @Test
  void idsNameTheModelAndANonDefaultCap() {
    assertEquals("e5-small-v2-q", OnnxSentenceEncoder.of(EncoderModel.E5_SMALL_V2_Q).id());
    assertEquals("all-minilm-l6-v2-q-t64",
        OnnxSentenceEncoder.of(EncoderModel.ALL_MINILM_L6_V2_Q, 64).id());
    assertThrows(IllegalArgumentException.class,
        () -> OnnxSentenceEncoder.of(EncoderModel.ALL_MINILM_L6_V2_Q, 513));
    assertThrows(IllegalArgumentException.class,
        () -> OnnxSentenceEncoder.of(EncoderModel.ALL_MINILM_L6_V2_Q, 2));
    assertEquals("model",
        assertThrows(NullPointerException.class, () -> OnnxSentenceEncoder.of(null)).getMessage());
  }

  @ParameterizedTest
  @EnumSource(EncoderModel.class)
  void givesOneUnitVectorPerSentenceOfTheModelsDimension(EncoderModel model) {
    OnnxSentenceEncoder encoder = OnnxSentenceEncoder.of(model);
    float[][] v = encoder.encode(LETTER);
    assertEquals(LETTER.size(), v.length);
    for (float[] x : v) {
      assertEquals(384, x.length);
      assertUnit(x);
    }
  }

  @ParameterizedTest
  @EnumSource(EncoderModel.class)
  void closerMeaningsScoreHigher(EncoderModel model) {
    float[][] v = OnnxSentenceEncoder.of(model).encode(List.of(
        "Please refund the fee.", "We have refunded the £40 fee to your account.",
        "Our offices are closed on bank holidays."));
    assertTrue(SentenceEncoder.dot(v[0], v[1]) > SentenceEncoder.dot(v[0], v[2]),
        Arrays.toString(new double[] {SentenceEncoder.dot(v[0], v[1]), SentenceEncoder.dot(v[0], v[2])}));
  }

  @Test
  void aSentencesVectorDependsOnThatSentenceOnly() {
    OnnxSentenceEncoder uncached = new OnnxSentenceEncoder().withoutCache();
    float[][] together = uncached.encode(LETTER);
    for (int i = 0; i < LETTER.size(); i++) {
      assertArrayEquals(together[i], uncached.encode(List.of(LETTER.get(i)))[0], "sentence " + i);
    }
    List<String> reversed = new ArrayList<>(LETTER);
    java.util.Collections.reverse(reversed);
    float[][] backwards = uncached.encode(reversed);
    for (int i = 0; i < LETTER.size(); i++) {
      assertArrayEquals(together[i], backwards[LETTER.size() - 1 - i]);
    }
    // The cache changes the cost, never the vectors.
    assertTrue(Arrays.deepEquals(together, DEFAULT.encode(LETTER)));
    assertTrue(Arrays.deepEquals(together, DEFAULT.encode(LETTER)));
  }

  @Test
  void returnedVectorsAreCopies() {
    float[][] first = DEFAULT.encode(List.of("Please refund the fee."));
    first[0][0] = 42f;
    assertNotEquals(42f, DEFAULT.encode(List.of("Please refund the fee."))[0][0]);
  }

  @Test
  void eightThreadsSharingOneEncoderGetWhatOneThreadGets() throws Exception {
    OnnxSentenceEncoder shared = new OnnxSentenceEncoder().withoutCache();
    float[][] alone = shared.encode(LETTER);
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      CountDownLatch start = new CountDownLatch(1);
      List<Future<float[][]>> results = new ArrayList<>();
      for (int t = 0; t < 8; t++) {
        int offset = t;
        Callable<float[][]> job = () -> {
          start.await();
          // Each thread walks the letter from a different sentence, so runs overlap in every mix.
          List<String> rotated = new ArrayList<>(LETTER);
          java.util.Collections.rotate(rotated, offset);
          float[][] v = null;
          for (int r = 0; r < 3; r++) {
            v = shared.encode(rotated);
          }
          float[][] back = new float[v.length][];
          for (int i = 0; i < v.length; i++) {
            back[Math.floorMod(i - offset, v.length)] = v[i];
          }
          return back;
        };
        results.add(pool.submit(job));
      }
      start.countDown();
      for (Future<float[][]> f : results) {
        assertTrue(Arrays.deepEquals(alone, f.get(5, TimeUnit.MINUTES)));
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void aNewJvmGivesBitIdenticalVectors() throws Exception {
    String here = VectorDigest.digest(DEFAULT, LETTER);
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process child = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
        VectorDigest.class.getName())
        .redirectError(ProcessBuilder.Redirect.INHERIT)
        .start();
    child.getOutputStream().close();
    String there = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
    assertTrue(child.waitFor(5, TimeUnit.MINUTES));
    assertEquals(0, child.exitValue());
    assertEquals(here, there);
  }

  @Test
  void nullIsRefusedNamingTheParameter() {
    assertEquals("sentences",
        assertThrows(NullPointerException.class, () -> DEFAULT.encode(null)).getMessage());
    List<String> withNull = Arrays.asList("fine", null);
    assertEquals("sentences[1]",
        assertThrows(NullPointerException.class, () -> DEFAULT.encode(withNull)).getMessage());
  }

  @Test
  void noSentencesGiveNoVectors() {
    assertEquals(0, DEFAULT.encode(List.of()).length);
  }

  @ParameterizedTest
  @EnumSource(EncoderModel.class)
  void messyTextGivesValidVectors(EncoderModel model) {
    List<String> messy = List.of("", "   \n\t", "Je voudrais être remboursé.", "東京都に住んでいます。",
        "مرحبا بالعالم", "🙂👍🏽👨‍👩‍👧", "lone \ud800 surrogate \udc00", "\u0000\u0007\u200b",
        "x".repeat(10_000));
    for (float[] v : OnnxSentenceEncoder.of(model).encode(messy)) {
      assertEquals(384, v.length);
      assertUnit(v);
    }
  }

  @Test
  void aTwoMillionCharacterTextIsCutByTokens() {
    String head = "We have reviewed your complaint about the early-exit fee and the missed visits. ";
    String huge = head.repeat(2_000_000 / head.length() + 1);
    assertTrue(huge.length() >= 2_000_000);
    float[] v = DEFAULT.encode(List.of(huge))[0];
    assertUnit(v);
    // 128 tokens end within the first ten repetitions: the rest cannot matter.
    assertArrayEquals(DEFAULT.encode(List.of(head.repeat(10)))[0], v);
    assertFalse(Arrays.equals(DEFAULT.encode(List.of(head))[0], v));
  }

  private static void assertUnit(float[] v) {
    double norm = 0;
    for (float x : v) {
      assertTrue(Float.isFinite(x));
      norm += x * x;
    }
    assertEquals(1.0, Math.sqrt(norm), 1e-5);
  }

  /** Prints the SHA-256 of the vectors of {@link #LETTER}: the child JVM of the test above. */
  static final class VectorDigest {
    public static void main(String[] args) throws IOException {
      System.out.println(digest(new OnnxSentenceEncoder(), LETTER));
    }

    static String digest(SentenceEncoder encoder, List<String> sentences) {
      try {
        MessageDigest sha = MessageDigest.getInstance("SHA-256");
        for (float[] v : encoder.encode(sentences)) {
          for (float x : v) {
            int bits = Float.floatToRawIntBits(x);
            sha.update(new byte[] {(byte) (bits >>> 24), (byte) (bits >>> 16), (byte) (bits >>> 8), (byte) bits});
          }
        }
        return java.util.HexFormat.of().formatHex(sha.digest());
      } catch (java.security.NoSuchAlgorithmException e) {
        throw new AssertionError(e);
      }
    }
  }
}
