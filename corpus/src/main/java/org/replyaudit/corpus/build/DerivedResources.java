package org.replyaudit.corpus.build;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.replyaudit.internal.matching.BackgroundStems;
import org.replyaudit.internal.matching.RelatedWordsMap;

/**
 * Rebuilds the derived lexical resources that core ships, from the models' tables with core's
 * current analysis chain. A build-time tool: it lives here, not in the runtime jar, and core's
 * {@code BackgroundStemsTest} and {@code RelatedWordsMapTest} fail, naming this command, when a
 * shipped file is stale.
 *
 * <pre>{@code
 * java -cp corpus/target/replyaudit-corpus.jar org.replyaudit.corpus.build.DerivedResources \
 *     background-stems core/src/main/resources/org/replyaudit/internal/matching/background-stems.tsv
 * java -cp corpus/target/replyaudit-corpus.jar org.replyaudit.corpus.build.DerivedResources \
 *     related-words core/src/main/resources/org/replyaudit/internal/matching/related-words.fst
 * }</pre>
 */
public final class DerivedResources {
  private DerivedResources() {}

  /**
   * Writes one resource: {@code background-stems OUTPUT.tsv} or {@code related-words OUTPUT.fst}.
   * Exits with status 2 and a usage line on bad arguments.
   */
  public static void main(String[] args) throws IOException {
    if (args.length != 2 || !(args[0].equals("background-stems") || args[0].equals("related-words"))) {
      System.err.println("usage: DerivedResources background-stems OUTPUT.tsv | related-words OUTPUT.fst");
      System.exit(2);
    }
    Path out = Path.of(args[1]);
    if (out.toAbsolutePath().getParent() != null) {
      Files.createDirectories(out.toAbsolutePath().getParent());
    }
    if (args[0].equals("background-stems")) {
      Files.writeString(out, BackgroundStems.compute(), StandardCharsets.UTF_8);
    } else {
      Files.write(out, RelatedWordsMap.compute());
    }
    System.err.println("wrote " + out);
  }
}
