package org.replyaudit.semantic.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * BERT's uncased WordPiece tokenizer, as the Hugging Face {@code tokenizer.json} of the encoder
 * models declares it ({@code BertNormalizer} with lowercase, accent stripping and CJK handling,
 * {@code BertPreTokenizer}, {@code WordPiece} with {@code ##} continuations, then
 * {@code [CLS] … [SEP]}), written out so that no native tokenizer library is needed.
 *
 * <pre>
 * "Please refund my £40 fee!"  →  [CLS] please refund my £ 40 fee ! [SEP]
 * "Zürich's café"              →  [CLS] zurich ' s cafe [SEP]
 * "unaffiliated"               →  [CLS] una ##ff ##ili ##ated [SEP]
 * "🙂" or a 101-letter word    →  [CLS] [UNK] [SEP]
 * </pre>
 *
 * <p>It reads the text once, left to right, and stops as soon as it has {@code maxTokens}
 * tokens, so a 2 MB text costs what its first sentence costs. Truncation is by tokens, as the
 * reference tokenizer truncates: the last word may be cut between two of its pieces.
 *
 * <p>Character classes (control, whitespace, punctuation, non-spacing marks) come from the JDK's
 * Unicode tables, so a character that one JDK's Unicode version has not assigned yet (a new
 * emoji) is dropped there and becomes {@code [UNK]} on a newer JDK. Lone surrogates are dropped,
 * as the reference drops U+FFFD. Immutable and thread-safe.
 */
public final class WordPieceTokenizer {
  /** The longest word WordPiece splits; a longer one is {@code [UNK]}, as in BERT. */
  static final int MAX_CHARS_PER_WORD = 100;

  private static final String CONTINUATION = "##";

  private final Map<String, Integer> vocabulary;
  private final int unknown;
  private final int classify;
  private final int separator;

  private WordPieceTokenizer(Map<String, Integer> vocabulary) {
    this.vocabulary = vocabulary;
    this.unknown = id(vocabulary, "[UNK]");
    this.classify = id(vocabulary, "[CLS]");
    this.separator = id(vocabulary, "[SEP]");
  }

  /**
   * Reads a Hugging Face {@code tokenizer.json} and checks that it declares the pipeline this
   * class implements (an uncased BERT WordPiece tokenizer); anything else is refused, since
   * tokenizing it this way would quietly give wrong vectors.
   */
  public static WordPieceTokenizer fromTokenizerJson(InputStream json) {
    Objects.requireNonNull(json, "json");
    Map<String, Integer> vocabulary = new HashMap<>(64_000);
    Map<String, String> settings = new HashMap<>();
    try (JsonParser p = new JsonFactory().createParser(json)) {
      expect(p.nextToken(), JsonToken.START_OBJECT);
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String section = p.currentName();
        p.nextToken();
        if (section.equals("model") || section.equals("normalizer")
            || section.equals("pre_tokenizer")) {
          readSection(p, section, vocabulary, settings);
        } else {
          p.skipChildren();
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read tokenizer.json", e);
    }
    require(settings, "model.type", "WordPiece");
    require(settings, "model.continuing_subword_prefix", CONTINUATION);
    require(settings, "model.max_input_chars_per_word", String.valueOf(MAX_CHARS_PER_WORD));
    require(settings, "model.unk_token", "[UNK]");
    require(settings, "normalizer.type", "BertNormalizer");
    require(settings, "normalizer.lowercase", "true");
    require(settings, "normalizer.clean_text", "true");
    require(settings, "normalizer.handle_chinese_chars", "true");
    if (settings.get("normalizer.strip_accents") != null) {
      // null (both models) means "as lowercase", i.e. stripped here.
      require(settings, "normalizer.strip_accents", "true");
    }
    require(settings, "pre_tokenizer.type", "BertPreTokenizer");
    return new WordPieceTokenizer(Map.copyOf(vocabulary));
  }

  /** How many entries the vocabulary has. */
  public int vocabularySize() {
    return vocabulary.size();
  }

  /**
   * The token ids of {@code text}: {@code [CLS]}, at most {@code maxTokens - 2} word pieces,
   * {@code [SEP]}.
   *
   * @throws IllegalArgumentException if {@code maxTokens < 3}
   */
  public int[] encode(String text, int maxTokens) {
    Objects.requireNonNull(text, "text");
    if (maxTokens < 3) {
      throw new IllegalArgumentException("maxTokens must be at least 3, was " + maxTokens);
    }
    Pieces out = new Pieces(maxTokens - 1);
    out.add(classify);
    StringBuilder word = new StringBuilder();
    int wordLength = 0; // in code points; counting stops past the longest word WordPiece splits
    for (int i = 0; i < text.length() && !out.full(); ) {
      int cp = text.codePointAt(i);
      i += Character.charCount(cp);
      if (cp == 0 || cp == 0xFFFD || isControl(cp)) {
        continue; // clean_text drops these (a lone surrogate is Cs, dropped too)
      }
      if (isWhitespace(cp)) {
        wordPieces(word, wordLength, out);
        word.setLength(0);
        wordLength = 0;
        continue;
      }
      String normal = normalize(cp);
      boolean isolated = isChinese(cp);
      for (int j = 0; j < normal.length(); ) {
        int c = normal.codePointAt(j);
        j += Character.charCount(c);
        if (isolated || isPunctuation(c)) {
          wordPieces(word, wordLength, out);
          word.setLength(0);
          wordLength = 0;
          wordPieces(new StringBuilder().appendCodePoint(c), 1, out);
        } else if (wordLength <= MAX_CHARS_PER_WORD) {
          word.appendCodePoint(c);
          wordLength++;
        }
      }
    }
    wordPieces(word, wordLength, out);
    int[] ids = Arrays.copyOf(out.ids, out.size + 1);
    ids[out.size] = separator;
    return ids;
  }

  /** Greedy longest-match-first WordPiece of one word; a word with an unknown part is [UNK]. */
  private void wordPieces(CharSequence word, int length, Pieces out) {
    if (length == 0 || out.full()) {
      return;
    }
    if (length > MAX_CHARS_PER_WORD) {
      out.add(unknown);
      return;
    }
    String w = word.toString();
    int mark = out.size;
    int start = 0;
    while (start < w.length()) {
      int end = w.length();
      Integer id = null;
      while (start < end) {
        String piece = w.substring(start, end);
        id = vocabulary.get(start > 0 ? CONTINUATION + piece : piece);
        if (id != null) {
          break;
        }
        end = w.offsetByCodePoints(end, -1);
      }
      if (id == null) {
        out.size = mark;
        out.add(unknown);
        return;
      }
      out.add(id);
      start = end;
      if (out.full()) {
        return; // truncated by tokens, mid-word as the reference does
      }
    }
  }

  /** Accent stripping (NFD, then non-spacing marks dropped) and lower case, for one character. */
  private static String normalize(int cp) {
    if (cp < 0x80) {
      return String.valueOf((char) (cp >= 'A' && cp <= 'Z' ? cp + ('a' - 'A') : cp));
    }
    String nfd = Normalizer.normalize(new String(Character.toChars(cp)), Normalizer.Form.NFD);
    StringBuilder kept = new StringBuilder(nfd.length());
    nfd.codePoints()
        .filter(c -> Character.getType(c) != Character.NON_SPACING_MARK)
        .forEach(kept::appendCodePoint);
    return kept.toString().toLowerCase(Locale.ROOT);
  }

  /** Unicode White_Space, as the reference's clean_text maps it to a space. */
  static boolean isWhitespace(int cp) {
    return cp == ' ' || (cp >= '\t' && cp <= '\r') || cp == 0x85 || Character.isSpaceChar(cp);
  }

  /** Cc, Cf, Cn, Co, Cs except tab and line breaks (which are whitespace). */
  static boolean isControl(int cp) {
    if (cp == '\t' || cp == '\n' || cp == '\r') {
      return false;
    }
    return switch (Character.getType(cp)) {
      case Character.CONTROL, Character.FORMAT, Character.UNASSIGNED, Character.PRIVATE_USE,
          Character.SURROGATE -> true;
      default -> false;
    };
  }

  /** ASCII punctuation (which includes $ + < = > ^ ` | ~) or any Unicode P* character. */
  static boolean isPunctuation(int cp) {
    if ((cp >= 33 && cp <= 47) || (cp >= 58 && cp <= 64) || (cp >= 91 && cp <= 96)
        || (cp >= 123 && cp <= 126)) {
      return true;
    }
    return switch (Character.getType(cp)) {
      case Character.CONNECTOR_PUNCTUATION, Character.DASH_PUNCTUATION,
          Character.START_PUNCTUATION, Character.END_PUNCTUATION,
          Character.INITIAL_QUOTE_PUNCTUATION, Character.FINAL_QUOTE_PUNCTUATION,
          Character.OTHER_PUNCTUATION -> true;
      default -> false;
    };
  }

  /** CJK ideographs, which BERT treats as one word each. */
  static boolean isChinese(int cp) {
    return (cp >= 0x4E00 && cp <= 0x9FFF) || (cp >= 0x3400 && cp <= 0x4DBF)
        || (cp >= 0x20000 && cp <= 0x2A6DF) || (cp >= 0x2A700 && cp <= 0x2B73F)
        || (cp >= 0x2B740 && cp <= 0x2B81F) || (cp >= 0x2B920 && cp <= 0x2CEAF)
        || (cp >= 0xF900 && cp <= 0xFAFF) || (cp >= 0x2F800 && cp <= 0x2FA1F);
  }

  /** Token ids with a fixed capacity (everything but the closing [SEP]). */
  private static final class Pieces {
    final int[] ids;
    int size;

    Pieces(int capacity) {
      ids = new int[capacity];
    }

    void add(int id) {
      ids[size++] = id;
    }

    boolean full() {
      return size == ids.length;
    }
  }

  private static void readSection(JsonParser p, String section, Map<String, Integer> vocabulary,
      Map<String, String> settings) throws IOException {
    expect(p.currentToken(), JsonToken.START_OBJECT);
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String name = p.currentName();
      JsonToken value = p.nextToken();
      if (section.equals("model") && name.equals("vocab")) {
        expect(value, JsonToken.START_OBJECT);
        while (p.nextToken() == JsonToken.FIELD_NAME) {
          String token = p.currentName();
          expect(p.nextToken(), JsonToken.VALUE_NUMBER_INT);
          vocabulary.put(token, p.getIntValue());
        }
      } else if (value.isScalarValue()) {
        settings.put(section + "." + name, value == JsonToken.VALUE_NULL ? null : p.getText());
      } else {
        p.skipChildren();
      }
    }
  }

  private static void require(Map<String, String> settings, String key, String expected) {
    String actual = settings.get(key);
    if (!expected.equals(actual)) {
      throw new IllegalStateException("tokenizer.json: " + key + " is " + actual
          + ", but this tokenizer implements only " + expected);
    }
  }

  private static void expect(JsonToken actual, JsonToken expected) {
    if (actual != expected) {
      throw new IllegalStateException("tokenizer.json: expected " + expected + ", found " + actual);
    }
  }

  private static int id(Map<String, Integer> vocabulary, String token) {
    Integer id = vocabulary.get(token);
    if (id == null) {
      throw new IllegalStateException("tokenizer.json: the vocabulary has no " + token);
    }
    return id;
  }
}
