package org.replyaudit;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.ServiceLoader;
import org.replyaudit.checklist.Profile;
import org.replyaudit.internal.Pipeline;
import org.replyaudit.internal.Settings;
import org.replyaudit.internal.decisions.LearnedDecisions;
import org.replyaudit.models.ModelSet;
import org.replyaudit.thread.Message;
import org.replyaudit.thread.ThreadAnalysis;
import org.replyaudit.thread.ThreadAnalyzer;

/**
 * An analyzer with fixed settings. Immutable and thread-safe: build one and share it.
 *
 * <p>Messy input is not an error: empty text, HTML, text without punctuation or not in English
 * gives a valid, possibly empty {@link Analysis} whose {@link Analysis#diagnostics()} say what
 * was seen. Only null arguments and texts over the configured size limit throw.
 *
 * <pre>{@code
 * ReplyAnalyzer analyzer = ReplyAudit.builder().respondent("Tallis Mobile").build();
 * analyzer.mode();                  // SEMANTIC with replyaudit-semantic on the class path, else LEXICAL
 * Analysis a = analyzer.analyze("Please refund my £40 deposit.", "We have refunded your £40 deposit.");
 * a.points().get(0).status();       // ANSWERED
 * }</pre>
 */
public final class ReplyAnalyzer {
  private final Settings settings;
  private final Mode mode;
  private final ModelSet models;
  private final SentenceEncoder encoder;
  private final boolean shippedModels;
  /** The checklist profile, or null for none. */
  private final Profile profile;
  /** Labels added by data, decided by their cues. */
  private final List<Label> addedLabels;
  private final Pipeline pipeline;

  private ReplyAnalyzer(Settings settings, Mode mode, ModelSet models, boolean shippedModels,
      SentenceEncoder encoder, Profile profile, List<Label> addedLabels) {
    this.settings = settings;
    this.addedLabels = addedLabels;
    this.profile = profile;
    this.mode = mode;
    this.models = models;
    this.shippedModels = shippedModels;
    this.encoder = encoder;
    Pipeline.startLoading(); // before the models load, so that both proceed together
    this.pipeline = new Pipeline(settings, new LearnedDecisions(models, addedLabels), encoder);
  }

  /**
   * How this analyzer reads meaning.
   *
   * @return {@link Mode#SEMANTIC} when it reads a sentence encoder's vectors, else {@link Mode#LEXICAL}
   */
  public Mode mode() {
    return mode;
  }

  /**
   * The trained models that make its decisions; see {@link ModelSet#licence()} and
   * {@link ModelSet#provenance()} for what they were trained on.
   *
   * @return the model set
   */
  public ModelSet modelSet() {
    return models;
  }

  /**
   * Analyses one complaint and the reply to it.
   *
   * @param complaint the complaint's text, as written
   * @param reply the reply's text, as written
   * @return the analysis; every span in it indexes these two strings
   * @throws NullPointerException if {@code complaint} or {@code reply} is null
   * @throws IllegalArgumentException if either text is longer than the size limit
   */
  public Analysis analyze(String complaint, String reply) {
    Objects.requireNonNull(complaint, "complaint");
    Objects.requireNonNull(reply, "reply");
    checkLength("complaint", complaint);
    checkLength("reply", reply);
    return withChecklist(pipeline.analyze(complaint, reply, settings.respondent()));
  }

  /**
   * Analyses one complaint and its reply with extra respondent names for this pair only (the
   * names the organisation uses for itself in this letter, e.g. "Tallis Mobile").
   *
   * @param complaint the complaint's text, as written
   * @param reply the reply's text, as written
   * @param respondent names the organisation uses for itself in this pair, added to the
   *     analyzer's own
   * @return the analysis; every span in it indexes these two strings
   * @throws NullPointerException if an argument or a name is null
   * @throws IllegalArgumentException if either text is longer than the size limit
   */
  public Analysis analyze(String complaint, String reply, List<String> respondent) {
    Objects.requireNonNull(complaint, "complaint");
    Objects.requireNonNull(reply, "reply");
    Objects.requireNonNull(respondent, "respondent");
    checkLength("complaint", complaint);
    checkLength("reply", reply);
    List<String> names = new ArrayList<>(settings.respondent());
    for (String n : respondent) {
      Objects.requireNonNull(n, "respondent name");
      if (!n.isBlank()) {
        names.add(n.strip());
      }
    }
    return withChecklist(pipeline.analyze(complaint, reply, names));
  }


  /**
   * Analyses a thread of messages (complaint, reply, follow-up, reply, …): every point of every
   * complainant message tracked through the later replies (see {@link ThreadAnalyzer}).
   *
   * @param messages the messages in the order they were sent, the first the complainant's
   * @return every point tracked through the later replies
   * @throws NullPointerException if {@code messages} or one of them is null
   * @throws IllegalArgumentException if there is no message, the first is not the complainant's,
   *     or a text is over the size limit
   */
  public ThreadAnalysis analyzeThread(List<Message> messages) {
    return new ThreadAnalyzer(this).analyze(messages);
  }

  /**
   * {@link #analyzeThread(List)} with extra respondent names for this thread only.
   *
   * @param messages the messages in the order they were sent, the first the complainant's
   * @param respondent names the organisation uses for itself in this thread
   * @return every point tracked through the later replies
   */
  public ThreadAnalysis analyzeThread(List<Message> messages, List<String> respondent) {
    return new ThreadAnalyzer(this).analyze(messages, respondent);
  }

  private Analysis withChecklist(Analysis a) {
    return profile == null ? a : profile.apply(a);
  }

  /**
   * The profile every analysis is checked against, if one was chosen.
   *
   * @return the profile, or empty
   */
  public Optional<Profile> profile() {
    return Optional.ofNullable(profile);
  }


  /**
   * The respondent names this analyzer knows, beyond the pronouns it always knows.
   *
   * @return an immutable list, in the order given
   */
  public List<String> respondent() {
    return settings.respondent();
  }

  /**
   * A builder starting from this analyzer's settings.
   *
   * @return a new builder; changing it does not change this analyzer
   */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.respondent.addAll(settings.respondent());
    b.maxTextLength = settings.maxTextLength();
    b.signals.clear();
    b.signals.addAll(settings.signals());
    b.mode = mode;
    b.models = shippedModels ? null : models;
    b.encoder = encoder;
    b.profile = profile;
    b.labels = addedLabels;
    return b;
  }

  private void checkLength(String name, String text) {
    if (text.length() > settings.maxTextLength()) {
      throw new IllegalArgumentException(name + " is " + text.length() + " chars, over the limit of "
          + settings.maxTextLength() + "; raise it with ReplyAudit.builder().maxTextLength(n)"
          + " (or --max-chars on the command line)");
    }
  }

  /** The encoder {@link ServiceLoader} finds on the class path, or null; looked up once. */
  static SentenceEncoder discoveredEncoder() {
    return Discovered.ENCODER;
  }

  private static final class Discovered {
    static final SentenceEncoder ENCODER = find();

    private static SentenceEncoder find() {
      Iterator<SentenceEncoder> it = ServiceLoader.load(SentenceEncoder.class, ReplyAnalyzer.class.getClassLoader())
          .iterator();
      return it.hasNext() ? it.next() : null;
    }
  }

  /**
   * Options for a {@link ReplyAnalyzer}. Not thread-safe; the analyzer it builds is.
   *
   * <pre>{@code
   * ReplyAnalyzer lexical = ReplyAudit.builder().mode(Mode.LEXICAL).build();     // never loads an encoder
   * ReplyAnalyzer mine = ReplyAudit.builder().models(ModelSet.read(Path.of("my-models"))).build();
   * }</pre>
   */
  public static final class Builder {
    /** Default size limit per text: 2 MB of chars. */
    public static final int DEFAULT_MAX_TEXT_LENGTH = 2_000_000;

    private final List<String> respondent = new ArrayList<>();
    private int maxTextLength = DEFAULT_MAX_TEXT_LENGTH;
    private final EnumSet<MatchingSignal> signals = EnumSet.copyOf(MatchingSignal.defaults());
    private Mode mode;
    private ModelSet models;
    private SentenceEncoder encoder;
    private Profile profile;
    private List<Label> labels = List.of();

    Builder() {}


    /**
     * Checks every reply against {@code profile}: each analysis then carries a
     * {@link Analysis#checklist() checklist}, and reply sentences that give signposting the
     * profile requires are not reported as redirection.
     *
     * <pre>{@code
     * ReplyAudit.builder().profile(Profile.named("uk-fca-disp")).build()
     * ReplyAudit.builder().profile(Profile.load(Files.newInputStream(path))).build()
     * }</pre>
     *
     * @param profile the profile, shipped ({@link Profile#named}) or your own ({@link Profile#load})
     * @return this builder
     * @throws NullPointerException if {@code profile} is null (to remove one, {@link #withoutProfile()})
     */
    public Builder profile(Profile profile) {
      this.profile = Objects.requireNonNull(profile, "profile");
      return this;
    }

    /**
     * Labels beyond the built-in ones, each decided by its cue: a reply claim whose text the cue
     * finds carries the label's finding. Labels are data, read from a label file:
     *
     * <pre>{@code
     * ReplyAudit.builder().labels(Label.load(Files.newInputStream(path))).build()
     * }</pre>
     *
     * @param labels the labels, read with {@link Label#load} (replacing any given before; empty for none)
     * @return this builder
     * @throws NullPointerException if {@code labels} or one of them is null
     * @throws IllegalArgumentException if a label has no cue (a built-in label), or two share an id
     */
    public Builder labels(List<Label> labels) {
      List<Label> copy = List.copyOf(Objects.requireNonNull(labels, "labels"));
      if (copy.stream().map(Label::id).distinct().count() != copy.size()) {
        throw new IllegalArgumentException("two labels share an id: " + copy);
      }
      for (Label l : copy) {
        if (l.cue().isEmpty()) {
          throw new IllegalArgumentException(l.id() + " is a built-in label: only labels read with Label.load can be added");
        }
      }
      this.labels = copy;
      return this;
    }

    /**
     * Removes the profile, if any: analyses then carry no checklist.
     *
     * @return this builder
     */
    public Builder withoutProfile() {
      this.profile = null;
      return this;
    }

    /**

    /**
     * How the analyzer reads meaning. By default {@link Mode#SEMANTIC} when a
     * {@link SentenceEncoder} is on the class path ({@code replyaudit-semantic}) or given with
     * {@link #encoder}, else {@link Mode#LEXICAL}.
     *
     * @param mode the mode
     * @return this builder
     */
    public Builder mode(Mode mode) {
      this.mode = Objects.requireNonNull(mode, "mode");
      return this;
    }

    /**
     * The sentence encoder semantic mode reads, instead of the one found on the class path. The
     * models must have been trained with vectors from an encoder of the same {@link SentenceEncoder#id()}.
     *
     * @param encoder the encoder
     * @return this builder
     */
    public Builder encoder(SentenceEncoder encoder) {
      this.encoder = Objects.requireNonNull(encoder, "encoder");
      return this;
    }

    /**
     * The trained models that decide, instead of the shipped ones: a set trained with
     * {@code CorpusMain train} on your own letters, or on data the shipped models leave out.
     * A set that reads an encoder's vectors puts the analyzer in semantic mode.
     *
     * @param models the model set
     * @return this builder
     */
    public Builder models(ModelSet models) {
      this.models = Objects.requireNonNull(models, "models");
      return this;
    }

    /**
     * Switches matching signals off (see {@link MatchingSignal#defaults()} for those on by
     * default); for ablations: the shipped models were trained with the default signals.
     *
     * @param off the signals to switch off
     * @return this builder
     */
    public Builder without(MatchingSignal... off) {
      Objects.requireNonNull(off, "off");
      for (MatchingSignal s : off) {
        signals.remove(Objects.requireNonNull(s, "signal"));
      }
      return this;
    }

    /**
     * Switches matching signals on, such as {@link MatchingSignal#ORDER}, off by default.
     *
     * @param on the signals to switch on
     * @return this builder
     */
    public Builder with(MatchingSignal... on) {
      Objects.requireNonNull(on, "on");
      for (MatchingSignal s : on) {
        signals.add(Objects.requireNonNull(s, "signal"));
      }
      return this;
    }

    /**
     * The names the responding organisation uses for itself ("the Labour Party", "Tallis").
     * "we", "us" and "our" are always known. Replaces earlier names.
     *
     * @param names the names
     * @return this builder
     * @throws IllegalArgumentException if a name is blank
     */
    public Builder respondent(String... names) {
      Objects.requireNonNull(names, "names");
      respondent.clear();
      return addRespondent(Arrays.asList(names));
    }

    /**
     * Adds names the responding organisation uses for itself.
     *
     * @param names the names
     * @return this builder
     * @throws IllegalArgumentException if a name is blank
     */
    public Builder addRespondent(List<String> names) {
      Objects.requireNonNull(names, "names");
      for (String n : names) {
        Objects.requireNonNull(n, "respondent name");
        if (n.isBlank()) {
          throw new IllegalArgumentException("a respondent name must not be blank");
        }
        respondent.add(n.strip());
      }
      return this;
    }

    /**
     * The longest text, in chars, the analyzer accepts; default 2,000,000.
     *
     * @param chars the limit, at least 1
     * @return this builder
     * @throws IllegalArgumentException if {@code chars} is below 1
     */
    public Builder maxTextLength(int chars) {
      if (chars < 1) {
        throw new IllegalArgumentException("maxTextLength must be at least 1: " + chars);
      }
      maxTextLength = chars;
      return this;
    }

    /**
     * Builds the analyzer, loading its models (once per JVM for the shipped ones).
     *
     * @return the analyzer
     * @throws IllegalArgumentException if the mode, the encoder and the models do not fit
     *     together: semantic mode without an encoder, or models trained with another encoder's
     *     vectors (or with none)
     */
    public ReplyAnalyzer build() {
      SentenceEncoder enc = encoder != null ? encoder : discoveredEncoder();
      Mode m = mode != null ? mode
          : models != null ? (models.encoder().isEmpty() ? Mode.LEXICAL : Mode.SEMANTIC)
          : enc != null ? Mode.SEMANTIC : Mode.LEXICAL;
      if (m == Mode.SEMANTIC && enc == null) {
        throw new IllegalArgumentException("semantic mode needs a sentence encoder: add"
            + " org.replyaudit:replyaudit-semantic to the class path, or give one with encoder(...),"
            + " or choose mode(Mode.LEXICAL)");
      }
      ModelSet set = models != null ? models : ModelSet.shipped(m.id());
      String wanted = m == Mode.SEMANTIC ? enc.id() : "";
      if (!set.encoder().equals(wanted)) {
        throw new IllegalArgumentException("model set " + set.name() + " reads "
            + (set.encoder().isEmpty() ? "no encoder (lexical mode)" : "the vectors of encoder " + set.encoder())
            + ", but the analyzer is in " + m.id() + " mode"
            + (m == Mode.SEMANTIC ? " with encoder " + enc.id() : "")
            + "; choose the matching mode, or train a model set for this one (CorpusMain train)");
      }
      return new ReplyAnalyzer(new Settings(List.copyOf(respondent), maxTextLength, signals), m, set,
          models == null, m == Mode.SEMANTIC ? enc : null, profile, labels);
    }
  }
}
