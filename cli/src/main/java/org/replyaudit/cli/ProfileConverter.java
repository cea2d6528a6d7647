package org.replyaudit.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.replyaudit.ReplyAnalyzer;
import org.replyaudit.checklist.Profile;
import picocli.CommandLine;

/**
 * {@code --profile NAME|FILE}: a shipped profile by its id ({@code uk-fca-disp},
 * {@code ombudsman-generic}, {@code foi-uk}), else a profile file (JSON). A bad one is a usage
 * error (exit status 2) whose message names the problem.
 */
final class ProfileConverter implements CommandLine.ITypeConverter<Profile> {
  @Override
  public Profile convert(String value) {
    if (Profile.shipped().contains(value)) {
      return Profile.named(value);
    }
    Path file = Path.of(value);
    if (!Files.isRegularFile(file)) {
      throw new CommandLine.TypeConversionException("no shipped profile \"" + value + "\" (the shipped ones are "
          + String.join(", ", Profile.shipped()) + ") and no such file");
    }
    try (InputStream in = Files.newInputStream(file)) {
      return Profile.load(in);
    } catch (IllegalArgumentException e) {
      throw new CommandLine.TypeConversionException(value + ": " + e.getMessage());
    } catch (IOException | UncheckedIOException e) {
      throw new CommandLine.TypeConversionException(value + ": cannot read (" + e.getMessage() + ")");
    }
  }

  /** {@code builder} with {@code profile}, or unchanged when the option was not given (null). */
  static ReplyAnalyzer.Builder apply(ReplyAnalyzer.Builder builder, Profile profile) {
    return profile == null ? builder : builder.profile(profile);
  }
}
