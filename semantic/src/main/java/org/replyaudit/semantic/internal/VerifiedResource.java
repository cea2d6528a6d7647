package org.replyaudit.semantic.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** A class-path resource read whole and checked against the SHA-256 its provenance records. */
public final class VerifiedResource {
  private VerifiedResource() {}

  /**
   * The bytes of {@code resource}.
   *
   * @throws IllegalStateException if it is not on the class path (naming {@code artifact}, the
   *     jar that ships it) or its checksum differs from {@code sha256} (naming both)
   */
  public static byte[] read(String resource, String sha256, String artifact) {
    byte[] bytes;
    ClassLoader loader = VerifiedResource.class.getClassLoader();
    try (InputStream in = loader.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException(resource + " is not on the class path; add the dependency "
            + artifact);
      }
      bytes = in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + resource, e);
    }
    String actual = sha256(bytes);
    if (!actual.equals(sha256)) {
      throw new IllegalStateException(resource + " has SHA-256 " + actual
          + " but its provenance records " + sha256);
    }
    return bytes;
  }

  static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new AssertionError("every JVM has SHA-256", e);
    }
  }
}
