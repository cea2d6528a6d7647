package org.replyaudit.cli;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** Reads letters from files, refusing binary and invalid UTF-8 with a message that says where. */
final class TextFiles {
  private TextFiles() {}

  static String readUtf8(Path path) {
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(path);
    } catch (NoSuchFileException e) {
      throw new InputException(path + ": no such file");
    } catch (IOException e) {
      throw new InputException(path + ": cannot read (" + e.getMessage() + ")");
    }
    return decode(bytes, path.toString());
  }

  /** Decodes strict UTF-8; a NUL byte means a binary file. */
  static String decode(byte[] bytes, String where) {
    for (int i = 0; i < bytes.length; i++) {
      if (bytes[i] == 0) {
        throw new InputException(where + ": binary file (NUL byte at offset " + i + ")");
      }
    }
    CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    CharBuffer out = CharBuffer.allocate(bytes.length + 1);
    CoderResult result = decoder.decode(in, out, true);
    if (result.isError()) {
      throw new InputException(where + ": invalid UTF-8 at byte offset " + in.position());
    }
    result = decoder.flush(out);
    if (result.isError()) {
      throw new InputException(where + ": invalid UTF-8 at byte offset " + in.position());
    }
    out.flip();
    String s = out.toString();
    // A byte-order mark is an encoding artefact, not text.
    return s.startsWith("\uFEFF") ? s.substring(1) : s;
  }
}
