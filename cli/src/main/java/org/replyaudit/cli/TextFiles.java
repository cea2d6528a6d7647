package org.replyaudit.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Reads letters from files of any kind (regular files, FIFOs, devices), refusing binary data,
 * invalid UTF-8 and text over the size limit with a message that says where, in one line.
 *
 * <p>Reading is bounded: the file is decoded as it is read, and reading stops as soon as the
 * text passes the limit, so {@code /dev/zero} (a NUL at byte 0), an endless FIFO or a 300 MB
 * file costs at most the limit plus one 64 KB chunk, never the whole input.
 *
 * <p>A UTF-8 byte-order mark at the start is dropped: offsets in the analysis count the chars of
 * the text after it (the text as read), not bytes of the file.
 */
final class TextFiles {
  private static final int CHUNK = 64 * 1024;

  private TextFiles() {}

  /**
   * The file's text, at most {@code maxChars} chars.
   *
   * @throws InputException if the file is missing, a directory, unreadable, binary (a NUL byte),
   *     not UTF-8, or longer than {@code maxChars}
   */
  static String readUtf8(Path path, int maxChars) {
    if (Files.isDirectory(path)) {
      throw new InputException(path + ": is a directory, not a text file");
    }
    try (InputStream in = Files.newInputStream(path)) {
      return read(in, path.toString(), maxChars);
    } catch (NoSuchFileException e) {
      throw new InputException(path + ": no such file");
    } catch (AccessDeniedException e) {
      throw new InputException(path + ": permission denied");
    } catch (IOException e) {
      throw new InputException(path + ": cannot read (" + e.getMessage() + ")");
    }
  }

  /** Reads and decodes {@code in} as strict UTF-8, stopping once the text is over {@code maxChars}. */
  static String read(InputStream in, String where, int maxChars) throws IOException {
    CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    // One char more than the limit (and a BOM) is all that is ever kept.
    long room = Math.min((long) maxChars + 2, Integer.MAX_VALUE - 16);
    CharBuffer out = CharBuffer.allocate((int) Math.min(room, CHUNK));
    byte[] chunk = new byte[CHUNK];
    ByteBuffer pending = ByteBuffer.allocate(CHUNK + 8);
    long consumed = 0; // bytes decoded before pending's start
    boolean end = false;
    while (!end) {
      int n = in.read(chunk);
      end = n < 0;
      for (int i = 0; i < n; i++) {
        if (chunk[i] == 0) {
          throw new InputException(where + ": binary file (NUL byte at offset " + (consumed + pending.position() + i) + ")");
        }
      }
      if (n > 0) {
        pending.put(chunk, 0, n);
      }
      pending.flip();
      while (true) {
        if (out.remaining() < pending.remaining() + 2 && out.capacity() < room) {
          out = grow(out, room, pending.remaining());
        }
        int before = pending.position();
        CoderResult r = decoder.decode(pending, out, end);
        consumed += pending.position() - before;
        if (r.isError()) {
          throw new InputException(where + ": invalid UTF-8 at byte offset " + consumed);
        }
        if (text(out) > maxChars) {
          throw overLimit(where, maxChars);
        }
        if (r.isOverflow()) {
          if (out.capacity() >= room) {
            throw overLimit(where, maxChars);
          }
          out = grow(out, room, pending.remaining());
          continue;
        }
        break;
      }
      pending.compact();
    }
    pending.flip();
    CoderResult r = decoder.flush(out);
    if (r.isError() || pending.hasRemaining()) {
      throw new InputException(where + ": invalid UTF-8 at byte offset " + consumed);
    }
    out.flip();
    String s = out.toString();
    // A byte-order mark is an encoding artefact, not text.
    s = s.startsWith("\uFEFF") ? s.substring(1) : s;
    if (s.length() > maxChars) {
      throw overLimit(where, maxChars);
    }
    return s;
  }

  /** Chars decoded so far, not counting a leading byte-order mark. */
  private static int text(CharBuffer out) {
    return out.position() > 0 && out.get(0) == '\uFEFF' ? out.position() - 1 : out.position();
  }

  private static CharBuffer grow(CharBuffer out, long room, int more) {
    long size = Math.min(room, Math.max((long) out.capacity() * 2, (long) out.position() + more + 2));
    CharBuffer bigger = CharBuffer.allocate((int) size);
    out.flip();
    bigger.put(out);
    return bigger;
  }

  private static InputException overLimit(String where, int maxChars) {
    return new InputException(where + ": over the limit of " + String.format(Locale.ROOT, "%,d", maxChars)
        + " chars (raise it with --max-chars)");
  }
}
