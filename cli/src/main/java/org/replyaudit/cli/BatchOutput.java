package org.replyaudit.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Where {@code batch} writes: a temporary file beside the output, renamed over it when the run
 * completes, so that an interrupted run never leaves half a file under the final name.
 *
 * <ul>
 *   <li>The output must be a regular file or a new path in an existing directory: a directory,
 *       device, FIFO or socket, or the input file itself, is refused before anything is read. A
 *       symbolic link is followed: the file it names is replaced, the link stays.
 *   <li>Every line is flushed as it is written, so the temporary file
 *       ({@code OUT.<random>.part}, visible beside the output) holds every line analysed so far
 *       even if the process is killed outright ({@code kill -9}, the kernel's out-of-memory killer).
 *   <li>A run that stops early (bad input further on, a failed write, SIGTERM or Ctrl-C through a
 *       shutdown hook) keeps the lines already written: the temporary file becomes
 *       {@code OUT.partial}, or is removed when it holds no line. No {@code .part} file is left.
 * </ul>
 *
 * <p>All methods are synchronized: the shutdown hook may stop the output while the run writes.
 */
final class BatchOutput implements AutoCloseable {
  private final Path out;
  private final Path tmp;
  private final BufferedWriter writer;
  private final Thread hook;
  private long lines;
  private boolean closed;
  private String stopMessage;

  private BatchOutput(Path out, Path tmp, BufferedWriter writer) {
    this.out = out;
    this.tmp = tmp;
    this.writer = writer;
    this.hook = new Thread(() -> {
      String message = stop("interrupted");
      if (message != null) {
        System.err.println("replyaudit: " + message);
        System.err.flush();
      }
    }, "replyaudit-batch-stop");
  }

  /**
   * Checks {@code out} and opens its temporary file.
   *
   * @param in the input, which the output must not be ({@code null} for standard input)
   * @throws InputException if the output path cannot be written as a regular file
   */
  static BatchOutput open(Path out, Path in) {
    Path target = check(out, in);
    Path dir = target.toAbsolutePath().getParent();
    Path tmp;
    try {
      tmp = createPart(dir, target.getFileName().toString());
    } catch (AccessDeniedException e) {
      throw new InputException(out + ": cannot write in " + dir + " (permission denied)");
    } catch (IOException e) {
      throw new InputException(out + ": cannot write in " + dir + " (" + e.getMessage() + ")");
    }
    try {
      // Lone surrogates are replaced before writing (Report.wellFormed); replacing here too means no text
      // can ever make the writer fail and lose the run.
      var encoder = StandardCharsets.UTF_8.newEncoder()
          .onMalformedInput(CodingErrorAction.REPLACE).onUnmappableCharacter(CodingErrorAction.REPLACE);
      BufferedWriter w = new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(tmp), encoder), 1 << 16);
      BatchOutput o = new BatchOutput(target, tmp, w);
      Runtime.getRuntime().addShutdownHook(o.hook);
      return o;
    } catch (IOException | RuntimeException e) {
      deleteQuietly(tmp);
      throw new InputException(out + ": cannot write (" + e.getMessage() + ")");
    }
  }

  /**
   * A new, empty {@code NAME.<random>.part} in {@code dir}. Not {@code createTempFile}, whose
   * owner-only permissions the output would keep after the rename: this one gets the umask's,
   * as a file the shell writes does.
   */
  private static Path createPart(Path dir, String name) throws IOException {
    java.util.Random random = new java.security.SecureRandom();
    for (int attempt = 0; ; attempt++) {
      Path p = dir.resolve(name + "." + Long.toUnsignedString(random.nextLong(), 36) + ".part");
      try {
        return Files.createFile(p);
      } catch (java.nio.file.FileAlreadyExistsException e) {
        if (attempt > 100) {
          throw e;
        }
      }
    }
  }

  /** The path the run writes in the end: {@code out}, or the file a symbolic link names. */
  private static Path check(Path out, Path in) {
    Path target = out;
    if (Files.isSymbolicLink(out)) {
      try {
        target = out.toRealPath();
      } catch (NoSuchFileException e) {
        throw new InputException(out + ": a symbolic link to a missing file; give the file's own path");
      } catch (IOException e) {
        throw new InputException(out + ": cannot follow the symbolic link (" + e.getMessage() + ")");
      }
    }
    if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
      if (Files.isDirectory(target, LinkOption.NOFOLLOW_LINKS)) {
        throw new InputException(out + ": is a directory; --out takes a file");
      }
      if (!Files.isRegularFile(target, LinkOption.NOFOLLOW_LINKS)) {
        throw new InputException(out + ": not a regular file (a device, FIFO or socket);"
            + " batch writes only to a regular file or a new path");
      }
      try {
        if (in != null && Files.exists(in) && Files.isSameFile(in, target)) {
          throw new InputException(out + ": is the --in file; batch would overwrite its own input");
        }
      } catch (IOException e) {
        throw new InputException(out + ": cannot check it against --in (" + e.getMessage() + ")");
      }
    }
    Path dir = target.toAbsolutePath().getParent();
    if (dir == null || !Files.isDirectory(dir)) {
      throw new InputException(out + ": no such directory " + dir);
    }
    return target;
  }

  /** The temporary file, for the progress message. */
  Path temporary() {
    return tmp;
  }

  /** Writes one line and flushes it to the file. */
  synchronized void write(String jsonLine) throws IOException {
    if (closed) {
      throw new IOException("the output was closed: " + stopMessage);
    }
    writer.write(jsonLine);
    writer.write('\n');
    writer.flush();
    lines++;
  }

  /** Whether the run was stopped by SIGTERM or Ctrl-C (the shutdown hook). */
  synchronized boolean interrupted() {
    return "interrupted".equals(stopMessage);
  }

  /** Lines written so far. */
  synchronized long lines() {
    return lines;
  }

  /** Renames the complete output over {@code out}. */
  synchronized void commit() throws IOException {
    if (closed) {
      throw new IOException("the output was closed: " + stopMessage);
    }
    closed = true;
    removeHook();
    try {
      writer.close();
      Files.move(tmp, out, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      deleteQuietly(tmp);
      throw e;
    }
  }

  /**
   * Ends a run that stopped early: keeps the lines written as {@code OUT.partial}, or removes the
   * temporary file if it holds none. Returns what became of them, in one line, or null if the
   * output was already closed.
   */
  synchronized String stop(String why) {
    if (closed) {
      return null;
    }
    closed = true;
    stopMessage = why;
    if (!why.equals("interrupted")) {
      removeHook();
    }
    try {
      writer.close();
    } catch (IOException e) {
      // The lines already flushed are on disk; only a partial last line could be lost.
    }
    if (lines == 0) {
      deleteQuietly(tmp);
      return "batch stopped (" + why + ") before any line was written; no output";
    }
    Path partial = out.resolveSibling(out.getFileName() + ".partial");
    try {
      Files.move(tmp, partial, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      return "batch stopped (" + why + "); the " + lines + " line(s) written before it are in " + partial;
    } catch (IOException e) {
      return "batch stopped (" + why + "); the " + lines + " line(s) written before it are in " + tmp;
    }
  }

  /** Stops the output if nothing else did (a run that threw), saying where its lines are. */
  @Override
  public synchronized void close() {
    if (!closed) {
      long written = lines;
      String message = stop("failed");
      if (message != null && written > 0) {
        System.err.println("replyaudit: " + message);
      }
    }
  }

  private void removeHook() {
    try {
      Runtime.getRuntime().removeShutdownHook(hook);
    } catch (IllegalStateException e) {
      // The JVM is shutting down: the hook is running or will find the output closed.
    }
  }

  private static void deleteQuietly(Path p) {
    try {
      Files.deleteIfExists(p);
    } catch (IOException e) {
      // Nothing more to do: the message names the file.
    }
  }
}
