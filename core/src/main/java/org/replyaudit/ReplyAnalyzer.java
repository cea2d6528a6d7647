package org.replyaudit;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.replyaudit.checklist.Profile;
import org.replyaudit.internal.ModelStages;
import org.replyaudit.internal.Pipeline;
import org.replyaudit.internal.Settings;
import org.replyaudit.models.TrainedModel;
import org.replyaudit.thread.Message;
import org.replyaudit.thread.ThreadAnalysis;
import org.replyaudit.thread.ThreadAnalyzer;

/**
 * An analyzer with fixed settings. Immutable and thread-safe: build one and share it.
 *
 * <p>Messy input is not an error: empty text, HTML, text without punctuation or not in English
 * gives a valid, possibly empty {@link Analysis} whose {@link Analysis#diagnostics()} say what
 * was seen. Only null arguments and texts over the configured size limit throw.
 */
public final class ReplyAnalyzer {
  private final Settings settings;
  private final Pipeline pipeline;

  private final boolean rulesOnly;
  /** The caller's trained models, or null for the shipped ones. */
  private final TrainedModel pointKindModel;
  private final TrainedModel replyActModel;
  /** The checklist profile, or null for none. */
  private final Profile profile;

  private ReplyAnalyzer(Settings settings, boolean rulesOnly, TrainedModel pointKindModel,
      TrainedModel replyActModel, Profile profile) {
    this.settings = settings;
    this.profile = profile;
    this.rulesOnly = rulesOnly;
    this.pointKindModel = pointKindModel;
    this.replyActModel = replyActModel;
    Pipeline.startLoading(); // before the trained models load, so that both proceed together
    this.pipeline = new Pipeline(settings, rulesOnly ? null
        : pointKindModel == null ? new ModelStages() : new ModelStages(pointKindModel, replyActModel));
  }

  /**
   * Whether this analyzer uses the rules alone, without the trained models.
   *
   * @return true if it was built with {@link Builder#rulesOnly()}
   */
  public boolean rulesOnly() {
    return rulesOnly;
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
    b.answeredThreshold = settings.answeredThreshold();
    b.partlyThreshold = settings.partlyThreshold();
    b.maxTextLength = settings.maxTextLength();
    b.signals.clear();
    b.signals.addAll(settings.signals());
    b.rulesOnly = rulesOnly;
    b.pointKindModel = pointKindModel;
    b.replyActModel = replyActModel;
    b.profile = profile;
    return b;
  }

  private void checkLength(String name, String text) {
    if (text.length() > settings.maxTextLength()) {
      throw new IllegalArgumentException(name + " is " + text.length() + " chars, over the limit of "
          + settings.maxTextLength() + "; raise it with ReplyAudit.builder().maxTextLength(n)"
          + " (or --max-chars on the command line)");
    }
  }

  /** Options for a {@link ReplyAnalyzer}. Not thread-safe; the analyzer it builds is. */
  public static final class Builder {
    /** Default size limit per text: 2 MB of chars. */
    public static final int DEFAULT_MAX_TEXT_LENGTH = 2_000_000;
    /** Default normalised score at or above which a reply claim answers a point. */
    public static final double DEFAULT_ANSWERED_THRESHOLD = Settings.DEFAULT_ANSWERED;
    /** Default normalised score at or above which a reply claim partly answers a point. */
    public static final double DEFAULT_PARTLY_THRESHOLD = Settings.DEFAULT_PARTLY;

    private final List<String> respondent = new ArrayList<>();
    private double answeredThreshold = DEFAULT_ANSWERED_THRESHOLD;
    private double partlyThreshold = DEFAULT_PARTLY_THRESHOLD;
    private int maxTextLength = DEFAULT_MAX_TEXT_LENGTH;
    private final EnumSet<MatchingSignal> signals = EnumSet.copyOf(MatchingSignal.defaults());
    private boolean rulesOnly;
    private TrainedModel pointKindModel;
    private TrainedModel replyActModel;
    private Profile profile;

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
     * Removes the profile, if any: analyses then carry no checklist.
     *
     * @return this builder
     */
    public Builder withoutProfile() {
      this.profile = null;
      return this;
    }

    /**
     * Uses these trained models instead of the shipped ones: models trained with
     * {@code CorpusMain train} (or OpenNLP maxent over {@link org.replyaudit.models.SentenceFeatures})
     * on your own data, for example to use ReplyAudit commercially without the shipped models'
     * non-commercial data, or to hold data out of an evaluation. Ignored in {@link #rulesOnly()}.
     *
     * @param pointKind labels complaint sentences with point kinds (request, question,
     *     allegation, grievance, context; at least context)
     * @param replyAct labels reply sentences with acts (at least commitment)
     * @return this builder
     * @throws IllegalArgumentException if a model lacks the labels described
     */
    public Builder trainedModels(TrainedModel pointKind, TrainedModel replyAct) {
      Objects.requireNonNull(pointKind, "pointKind");
      Objects.requireNonNull(replyAct, "replyAct");
      new ModelStages(pointKind, replyAct); // checks the labels now, not at the first analysis
      pointKindModel = pointKind;
      replyActModel = replyAct;
      return this;
    }

    /**
     * Uses the phrase rules alone: the trained models (derived from CC BY-NC 4.0 data, so for
     * non-commercial use only) are then never loaded. Off by default.
     *
     * @return this builder
     */
    public Builder rulesOnly() {
      rulesOnly = true;
      return this;
    }

    /**
     * Switches matching signals off (see {@link MatchingSignal#defaults()} for those on by
     * default); for ablations and comparisons.
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
     * @param names the names, each non-blank
     * @return this builder
     */
    public Builder respondent(String... names) {
      Objects.requireNonNull(names, "names");
      respondent.clear();
      return addRespondent(Arrays.asList(names));
    }

    /**
     * Adds names the responding organisation uses for itself.
     *
     * @param names the names to add, each non-blank
     * @return this builder
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
     * Normalised score in (0, 1] at or above which a reply claim answers a point.
     *
     * @param t the threshold, in (0, 1]
     * @return this builder
     */
    public Builder answeredThreshold(double t) {
      if (!(t > 0 && t <= 1)) {
        throw new IllegalArgumentException("answeredThreshold must be in (0, 1]: " + t);
      }
      answeredThreshold = t;
      return this;
    }

    /**
     * Normalised score in (0, 1] at or above which a reply claim partly answers a point.
     *
     * @param t the threshold, in (0, 1]
     * @return this builder
     */
    public Builder partlyThreshold(double t) {
      if (!(t > 0 && t <= 1)) {
        throw new IllegalArgumentException("partlyThreshold must be in (0, 1]: " + t);
      }
      partlyThreshold = t;
      return this;
    }

    /**
     * The longest text, in chars, the analyzer accepts; default 2,000,000.
     *
     * @param chars the limit, at least 1
     * @return this builder
     */
    public Builder maxTextLength(int chars) {
      if (chars < 1) {
        throw new IllegalArgumentException("maxTextLength must be at least 1: " + chars);
      }
      maxTextLength = chars;
      return this;
    }

    /**
     * Builds the analyzer.
     *
     * @return an immutable, thread-safe analyzer
     * @throws IllegalArgumentException if the partly threshold is above the answered threshold
     */
    public ReplyAnalyzer build() {
      if (partlyThreshold > answeredThreshold) {
        throw new IllegalArgumentException("partlyThreshold (" + partlyThreshold
            + ") must not exceed answeredThreshold (" + answeredThreshold + ")");
      }
      return new ReplyAnalyzer(new Settings(
          List.copyOf(respondent), answeredThreshold, partlyThreshold, maxTextLength, signals), rulesOnly,
          pointKindModel, replyActModel, profile);
    }
  }
}
