package org.replyaudit.cli;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;

/**
 * The lines of a {@code batch} input, read with bounded memory.
 *
 * <ul>
 *   <li>Only {@code \n} ends a line (a {@code \r} right before it is dropped, so CRLF files read
 *       alike); a bare {@code \r} is part of its line, so line numbers match {@code wc -l} and
 *       every editor.
 *   <li>A UTF-8 byte-order mark at the start of the input is dropped.
 *   <li>Invalid UTF-8 becomes U+FFFD in its line, which the JSON then carries or rejects.
 *   <li>A line over {@code maxLineBytes} is not kept: it is read to its end without being stored
 *       and returned as {@link Line#overLimit()}.
 *   <li>A NUL byte ends the run with an {@link InputException}: JSON never holds one, and a
 *       binary input (such as {@code /dev/zero}) may have no line end at all.
 * </ul>
 */
final class BatchInput implements Closeable {
  /** One input line: its number (from 1), its text (null when over the limit) and its size. */
  record Line(long number, String text, long bytes) {
    boolean overLimit() {
      return text == null;
    }
  }

  private final InputStream in;
  private final String name;
  private final long maxLineBytes;
  private final byte[] buffer = new byte[64 * 1024];
  private int pos;
  private int limit;
  private long offset; // input bytes before buffer[0]
  private long number;
  private boolean eof;

  BatchInput(InputStream in, String name, long maxLineBytes) {
    this.in = in;
    this.name = name;
    this.maxLineBytes = maxLineBytes;
  }

  /** The next line, or null at the end of the input. */
  Line next() throws IOException {
    byte[] line = new byte[256];
    int length = 0;
    long bytes = 0;
    boolean any = false;
    while (true) {
      if (pos == limit) {
        if (!fill()) {
          if (!any) {
            return null;
          }
          break;
        }
      }
      any = true;
      int start = pos;
      int nl = -1;
      for (int i = pos; i < limit; i++) {
        byte b = buffer[i];
        if (b == '\n') {
          nl = i;
          break;
        }
        if (b == 0) {
          throw new InputException(name + ": binary data (NUL byte at byte offset " + (offset + i)
              + ", line " + (number + 1) + "); batch reads JSON lines");
        }
      }
      int end = nl < 0 ? limit : nl;
      int n = end - start;
      bytes += n;
      if (bytes <= maxLineBytes) {
        if (length + n > line.length) {
          line = Arrays.copyOf(line, Math.max(line.length * 2, length + n));
        }
        System.arraycopy(buffer, start, line, length, n);
        length += n;
      }
      pos = nl < 0 ? limit : nl + 1;
      if (nl >= 0) {
        break;
      }
    }
    number++;
    if (bytes > maxLineBytes) {
      return new Line(number, null, bytes);
    }
    if (length > 0 && line[length - 1] == '\r') {
      length--;
    }
    int from = 0;
    if (number == 1 && length >= 3 && (line[0] & 0xFF) == 0xEF && (line[1] & 0xFF) == 0xBB
        && (line[2] & 0xFF) == 0xBF) {
      from = 3; // a byte-order mark
    }
    return new Line(number, decode(line, from, length - from), bytes);
  }

  private static String decode(byte[] bytes, int from, int length) {
    try {
      return StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPLACE)
          .onUnmappableCharacter(CodingErrorAction.REPLACE)
          .decode(ByteBuffer.wrap(bytes, from, length)).toString();
    } catch (java.nio.charset.CharacterCodingException e) {
      throw new IllegalStateException("a replacing decoder does not fail", e);
    }
  }

  private boolean fill() throws IOException {
    if (eof) {
      return false;
    }
    offset += limit;
    pos = 0;
    limit = 0;
    int n = in.read(buffer);
    if (n <= 0) {
      eof = n < 0;
      return !eof && fill();
    }
    limit = n;
    return true;
  }

  /** The number of lines read so far. */
  long lines() {
    return number;
  }

  /** The limit as a person reads it: "24,065,536 bytes". */
  String limitText() {
    return String.format(Locale.ROOT, "%,d bytes", maxLineBytes);
  }

  @Override
  public void close() throws IOException {
    in.close();
  }
}
