package org.replyaudit.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.replyaudit.Label;
import org.replyaudit.Mode;
import org.replyaudit.ReplyAnalyzer;
import org.replyaudit.models.ModelSet;
import picocli.CommandLine.Option;

/**
 * {@code --mode}, {@code --models} and {@code --labels}: how the analyzer reads meaning, whose
 * models decide, and which labels it may give beyond the built-in ones.
 */
final class ModeOptions {
  @Option(names = "--mode", paramLabel = "MODE",
      description = "semantic (default: words and the bundled sentence encoder) or lexical (words only, faster)")
  String mode;

  @Option(names = "--models", paramLabel = "DIR",
      description = "decide with this model set (written by 'CorpusMain train --out DIR') instead of the shipped one")
  Path models;

  @Option(names = "--labels", paramLabel = "FILE",
      description = "also label reply claims with the labels of this label file (JSON; each label decided by its cue: see Label.load)")
  Path labels;

  /** The builder with the mode and models chosen. */
  ReplyAnalyzer.Builder apply(ReplyAnalyzer.Builder b) {
    if (mode != null) {
      switch (mode.toLowerCase(Locale.ROOT)) {
        case "lexical" -> b.mode(Mode.LEXICAL);
        case "semantic" -> b.mode(Mode.SEMANTIC);
        default -> throw new InputException("--mode must be semantic or lexical, not '" + mode + "'");
      }
    }
    if (models != null) {
      try {
        b.models(ModelSet.read(models));
      } catch (IOException e) {
        throw new InputException("cannot read the model set in " + models + ": " + e.getMessage());
      }
    }
    if (labels != null) {
      try (InputStream in = Files.newInputStream(labels)) {
        b.labels(Label.load(in));
      } catch (IOException | UncheckedIOException e) {
        throw new InputException("cannot read the label file " + labels + ": " + e.getMessage());
      } catch (IllegalArgumentException e) {
        throw new InputException("label file " + labels + ": " + e.getMessage());
      }
    }
    return b;
  }

  /** The mode named on a raw command line ("--mode lexical" or "--mode=lexical"), or null. */
  static Mode fromArgs(List<String> args) {
    for (int i = 0; i < args.size(); i++) {
      String a = args.get(i);
      String v = a.equals("--mode") && i + 1 < args.size() ? args.get(i + 1)
          : a.startsWith("--mode=") ? a.substring("--mode=".length()) : null;
      if (v != null) {
        return switch (v.toLowerCase(Locale.ROOT)) {
          case "lexical" -> Mode.LEXICAL;
          case "semantic" -> Mode.SEMANTIC;
          default -> null;
        };
      }
    }
    return null;
  }
}
