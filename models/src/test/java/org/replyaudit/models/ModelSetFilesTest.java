package org.replyaudit.models;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A model set written to a directory reads back the same, and a changed file is refused. */
class ModelSetFilesTest {
  @Test
  void aWrittenSetReadsBackByteForByte(@TempDir Path dir) throws Exception {
    ModelSet.shipped("lexical").write(dir.resolve("a"));
    ModelSet.read(dir.resolve("a")).write(dir.resolve("b"));
    try (var files = Files.list(dir.resolve("a"))) {
      for (Path f : files.toList()) {
        assertArrayEquals(Files.readAllBytes(f), Files.readAllBytes(dir.resolve("b").resolve(f.getFileName())), f.toString());
      }
    }
  }

  @Test
  void aTamperedModelFileIsRefusedNamingTheChecksums(@TempDir Path dir) throws Exception {
    ModelSet.shipped("lexical").write(dir);
    Path status = dir.resolve("status.bin.gz");
    byte[] bytes = Files.readAllBytes(status);
    bytes[bytes.length / 2] ^= 1;
    Files.write(status, bytes);
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ModelSet.read(dir));
    assertTrue(e.getMessage().contains("SHA-256") || e.getMessage().contains("sha256"), e.getMessage());
  }

  @Test
  void aDirectoryWithoutASetIsRefused(@TempDir Path dir) {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ModelSet.read(dir));
    assertTrue(e.getMessage().contains("train"), e.getMessage());
  }
}
