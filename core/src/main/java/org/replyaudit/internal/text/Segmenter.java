package org.replyaudit.internal.text;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.sentdetect.SentenceModel;
import org.replyaudit.Span;
import org.replyaudit.internal.cues.CueFile;

/**
 * Pipeline stage {@code segment}: splits a cleaned letter into sentence-sized segments.
 *
 * <p>Lines come first: letters are laid out in lines, and a greeting, a bullet or a sign-off is a
 * unit whatever its punctuation. A line break only joins two lines into one sentence when the
 * first line ends mid-sentence (hard-wrapped email). Each resulting block goes through OpenNLP's
 * sentence detector; a run-on "sentence" longer than {@link #MAX_SEGMENT} chars is cut at
 * whitespace so that later stages see bounded pieces and cost stays linear.
 */
public final class Segmenter {
  /** The longest segment passed on; longer sentences are cut at a comma or whitespace. */
  static final int MAX_SEGMENT = 400;
  /**
   * A run of non-whitespace chars longer than this, holding more than {@link #MAX_RUN_MARKS}
   * sentence marks, is kept from OpenNLP's sentence detector and cut apart (see {@link #sentences}).
   */
  public static final int MAX_RUN = 100;
  /** See {@link #MAX_RUN}. */
  public static final int MAX_RUN_MARKS = 10;

  /** Greeting, header and sign-off lines, each matching a whole line: {@code cues/letter-lines.json}. */
  private static final CueFile LINES = CueFile.load("letter-lines.json");
  private static final Pattern GREETING = LINES.only("GREETING").pattern();
  private static final Pattern HEADER = LINES.only("HEADER").pattern();
  private static final Pattern SIGNOFF = LINES.only("SIGNOFF").pattern();

  private final SentenceModel model;

  public Segmenter(SentenceModel model) {
    this.model = model;
  }

  public List<Segment> segment(CleanText text) {
    String s = text.masked();
    List<Line> lines = lines(s);
    List<Segment> out = new ArrayList<>();
    // SentenceDetectorME is not thread-safe; one per call is cheap next to the work it does.
    SentenceDetectorME detector = new SentenceDetectorME(model);
    int paragraph = 0;
    boolean signedOff = false;
    boolean bodySeen = false;
    int lastLongLine = lastLongLine(lines);
    Span listIntro = null;
    int i = 0;
    while (i < lines.size()) {
      Line line = lines.get(i);
      if (line.blank()) {
        // "I want:" and its items are often a blank line apart; the next non-item block resets it.
        paragraph++;
        i++;
        continue;
      }
      String lineText = s.substring(line.start, line.end);
      if (signedOff) {
        out.add(new Segment(trim(s, line.start, line.end), Segment.Role.SIGNATURE, paragraph, null, false));
        i++;
        continue;
      }
      if (SIGNOFF.matcher(lineText).matches()) {
        out.add(new Segment(trim(s, line.start, line.end), Segment.Role.SIGNOFF, paragraph, null, false));
        // Whatever short lines follow a closing are a signature, not claims.
        signedOff = lastLongLine < i;
        i++;
        continue;
      }
      if (!bodySeen) {
        if (HEADER.matcher(lineText).matches()) {
          out.add(new Segment(trim(s, line.start, line.end), Segment.Role.HEADER, paragraph, null, false));
          i++;
          continue;
        }
        if (GREETING.matcher(lineText).matches()) {
          out.add(new Segment(trim(s, line.start, line.end), Segment.Role.GREETING, paragraph, null, false));
          i++;
          continue;
        }
        // A short unpunctuated line standing alone before the body is a title or reference line;
        // with no body after it, it is the whole message (a web form, a text message).
        if (lineText.strip().length() < 80 && !endsSentence(lineText)
            && (i + 1 >= lines.size() || lines.get(i + 1).blank()) && textAfter(lines, i)) {
          out.add(new Segment(trim(s, line.start, line.end), Segment.Role.HEADER, paragraph, null, false));
          i++;
          continue;
        }
      }
      // Gather a block: this line plus the following lines it runs on into.
      int blockStart = line.start;
      int blockEnd = line.end;
      boolean bullet = TextLayout.ITEM_MARKER.matcher(lineText).find();
      int j = i + 1;
      while (j < lines.size() && !lines.get(j).blank() && runsOn(s, blockEnd, lines.get(j))) {
        blockEnd = lines.get(j).end;
        j++;
      }
      bodySeen = true;
      Span intro = bullet ? listIntro : null;
      // The list marker is not part of the item's first sentence ("1." is no sentence).
      int textStart = bullet ? trim(s, blockStart, blockEnd).start() : blockStart;
      boolean first = true;
      for (Span sentence : sentences(detector, s, textStart, blockEnd)) {
        out.add(new Segment(sentence, Segment.Role.BODY, paragraph, intro, bullet && first));
        first = false;
      }
      if (!bullet) {
        listIntro = s.substring(blockStart, blockEnd).strip().endsWith(":")
            ? trim(s, blockStart, blockEnd) : null;
      }
      i = j;
    }
    return out;
  }

  private static boolean textAfter(List<Line> lines, int i) {
    for (int k = i + 1; k < lines.size(); k++) {
      if (!lines.get(k).blank()) {
        return true;
      }
    }
    return false;
  }

  private static boolean endsSentence(String line) {
    String t = line.strip();
    return !t.isEmpty() && ".!?:;,".indexOf(t.charAt(t.length() - 1)) >= 0;
  }

  /** The index of the last line longer than a signature line can be, or -1. */
  private static int lastLongLine(List<Line> lines) {
    for (int k = lines.size() - 1; k >= 0; k--) {
      if (lines.get(k).end - lines.get(k).start > 80) {
        return k;
      }
    }
    return -1;
  }

  /** Whether the line after {@code prevEnd} continues the same sentence. */
  private static boolean runsOn(String s, int prevEnd, Line next) {
    String nextText = s.substring(next.start, next.end);
    if (TextLayout.ITEM_MARKER.matcher(nextText).find() || SIGNOFF.matcher(nextText).matches()) {
      return false;
    }
    int k = prevEnd - 1;
    while (k >= 0 && Character.isWhitespace(s.charAt(k))) {
      k--;
    }
    if (k < 0) {
      return false;
    }
    char last = s.charAt(k);
    if (".!?:;,".indexOf(last) >= 0) {
      return false;
    }
    // A short line without closing punctuation is a heading or a name, not a wrapped sentence.
    int lineStart = s.lastIndexOf('\n', k) + 1;
    return k - lineStart >= 40;
  }

  /**
   * The sentences of {@code s[from, to)}. A run of more than {@link #MAX_RUN} chars without
   * whitespace that holds more than {@link #MAX_RUN_MARKS} of {@code .!?} ("!?!?…", "x.x.x.…")
   * is not prose: it is cut on its own, and only the text around it goes to OpenNLP. The
   * detector looks, for each {@code .!?}, for the next whitespace, so such a run cost it the
   * square of its length (a 100 KB run of "!?" took 19 s); a run it still sees holds at most
   * {@code MAX_RUN_MARKS} marks or {@code MAX_RUN} chars, so costs it at most that many scans of
   * itself. Words, amounts, version numbers, a line of dashes, masked URLs are not cut, so prose
   * is split exactly as before. Offsets stay those of {@code s}.
   */
  private List<Span> sentences(SentenceDetectorME detector, String s, int from, int to) {
    List<Span> out = new ArrayList<>();
    for (Piece p : pieces(s, from, to)) {
      if (p.prose()) {
        detect(detector, s, p.start(), p.end(), out);
      } else {
        cut(s, new Span(p.start(), p.end()), out);
      }
    }
    return out;
  }

  /** A stretch of a block: prose for OpenNLP, or a whitespace-free run to cut on its own. */
  public record Piece(int start, int end, boolean prose) {}

  /**
   * {@code s[from, to)} as prose pieces, none holding a run of more than {@link #MAX_RUN}
   * non-whitespace chars with more than {@link #MAX_RUN_MARKS} of {@code .!?}, and the runs
   * between them.
   *
   * <pre>{@code
   * pieces("Hi. " + "!?".repeat(100) + " Bye.", 0, 209)  -> [prose 0-4, run 4-204, prose 204-209]
   * pieces("-".repeat(120) + " Hi.", 0, 124)           -> [prose 0-124] (no marks: prose)
   * }</pre>
   */
  public static List<Piece> pieces(String s, int from, int to) {
    List<Piece> out = new ArrayList<>();
    int at = from;
    int run = from;
    int marks = 0;
    for (int i = from; i <= to; i++) {
      char c = i == to ? ' ' : s.charAt(i);
      if (Character.isWhitespace(c)) {
        if (i - run > MAX_RUN && marks > MAX_RUN_MARKS) {
          if (run > at) {
            out.add(new Piece(at, run, true));
          }
          out.add(new Piece(run, i, false));
          at = i;
        }
        run = i + 1;
        marks = 0;
      } else if (c == '.' || c == '!' || c == '?') {
        marks++;
      }
    }
    if (to > at || out.isEmpty()) {
      out.add(new Piece(at, to, true));
    }
    return out;
  }

  /** OpenNLP's sentences of {@code s[from, to)}, cut to size; the whole span if it finds none. */
  private static void detect(SentenceDetectorME detector, String s, int from, int to, List<Span> out) {
    int before = out.size();
    String block = s.substring(from, to);
    for (opennlp.tools.util.Span sp : detector.sentPosDetect(block)) {
      Span abs = trim(s, from + sp.getStart(), from + sp.getEnd());
      if (abs.length() == 0) {
        continue;
      }
      cut(s, abs, out);
    }
    if (out.size() == before) {
      Span whole = trim(s, from, to);
      if (whole.length() > 0) {
        cut(s, whole, out);
      }
    }
  }

  /** Cuts a run-on span into pieces of at most MAX_SEGMENT chars, preferring commas. */
  private static void cut(String s, Span span, List<Span> out) {
    int start = span.start();
    while (span.end() - start > MAX_SEGMENT) {
      int limit = start + MAX_SEGMENT;
      int at = -1;
      for (int k = limit; k > start + MAX_SEGMENT / 2; k--) {
        char c = s.charAt(k - 1);
        if (c == ',' || c == ';') {
          at = k;
          break;
        }
      }
      if (at < 0) {
        for (int k = limit; k > start + MAX_SEGMENT / 2; k--) {
          if (Character.isWhitespace(s.charAt(k))) {
            at = k;
            break;
          }
        }
      }
      if (at < 0 || Character.isLowSurrogate(s.charAt(at))) {
        at = Character.isLowSurrogate(s.charAt(limit)) ? limit - 1 : limit;
      }
      Span piece = trim(s, start, at);
      if (piece.length() > 0) {
        out.add(piece);
      }
      start = at;
    }
    Span rest = trim(s, start, span.end());
    if (rest.length() > 0) {
      out.add(rest);
    }
  }

  /** Trims whitespace and a leading bullet marker. */
  static Span trim(String s, int start, int end) {
    while (start < end && Character.isWhitespace(s.charAt(start))) {
      start++;
    }
    while (end > start && Character.isWhitespace(s.charAt(end - 1))) {
      end--;
    }
    var m = TextLayout.ITEM_MARKER.matcher(s).region(start, end);
    if (m.lookingAt() && m.end() < end) {
      start = m.end();
    }
    return new Span(start, end);
  }

  private static List<Line> lines(String s) {
    List<Line> lines = new ArrayList<>();
    int start = 0;
    for (int i = 0; i <= s.length(); i++) {
      if (i == s.length() || s.charAt(i) == '\n') {
        lines.add(new Line(start, i, blank(s, start, i)));
        start = i + 1;
      }
    }
    return lines;
  }

  /**
   * {@code s.substring(from, to).isBlank()} without the copy. Char by char is the same test as
   * isBlank's code point by code point: no supplementary character and no lone surrogate is
   * whitespace.
   */
  private static boolean blank(String s, int from, int to) {
    for (int i = from; i < to; i++) {
      if (!Character.isWhitespace(s.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  private record Line(int start, int end, boolean blank) {}
}
