package org.replyaudit.models;

import java.util.ServiceLoader;
import org.slf4j.LoggerFactory;
import org.slf4j.spi.SLF4JServiceProvider;

/**
 * Keeps SLF4J from printing its "No SLF4J providers were found" notice to standard error when
 * the application has no SLF4J binding, so that a library call prints nothing.
 *
 * <p>OpenNLP logs through SLF4J, and its model readers and {@code StringUtil} (which every
 * sentence detector and tokenizer calls) fetch their loggers in static initialisers, so any use
 * of OpenNLP initialises SLF4J; it cannot be avoided. SLF4J 2 then looks for providers with
 * {@link ServiceLoader}, and when it finds none it falls back to its no-operation logger and
 * says so in three lines on standard error, unless its documented system property
 * {@code slf4j.internal.verbosity} (SLF4J 2.0.10 and later) asks for errors only.
 *
 * <p>So, before ReplyAudit first touches OpenNLP, and only if no provider is on the class path
 * and the application set neither {@code slf4j.provider} nor {@code slf4j.internal.verbosity}:
 * set the verbosity to {@code ERROR}, initialise SLF4J (which reads it once), and remove the
 * property again. SLF4J ends up exactly where it would have been (its no-operation logger), minus
 * the notice. An application with a binding is never touched: no provider is added (a library
 * must not choose its users' logging), so no "multiple providers" warning either. An
 * application that initialised SLF4J before is not touched either (initialisation happens once).
 */
final class SilentSlf4jFallback {
  private static final String VERBOSITY = "slf4j.internal.verbosity";
  private static final String PROVIDER = "slf4j.provider";
  /** An SLF4J 1.7 binding: SLF4J 2 warns that it ignores it, a warning the user needs. */
  private static final String LEGACY_BINDER = "org/slf4j/impl/StaticLoggerBinder.class";

  private static boolean applied;

  private SilentSlf4jFallback() {}

  /** Called by the static initialisers of the classes that load OpenNLP models; acts once. */
  static synchronized void apply() {
    if (applied) {
      return;
    }
    applied = true;
    try {
      ClassLoader loader = LoggerFactory.class.getClassLoader();
      if (System.getProperty(VERBOSITY) != null || System.getProperty(PROVIDER) != null
          || ServiceLoader.load(SLF4JServiceProvider.class, loader).stream().findAny().isPresent()
          || (loader != null && loader.getResource(LEGACY_BINDER) != null)) {
        return;
      }
      System.setProperty(VERBOSITY, "ERROR");
      try {
        LoggerFactory.getILoggerFactory();
      } finally {
        System.clearProperty(VERBOSITY);
      }
    } catch (RuntimeException | LinkageError e) {
      // An SLF4J older than 2.0 (no SLF4JServiceProvider), a security manager: leave SLF4J to
      // itself; at worst it prints its notice.
    }
  }
}
