package org.replyaudit.checklist;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.replyaudit.Analysis;
import org.replyaudit.Finding;
import org.replyaudit.Label;
import org.replyaudit.ReplyClaim;
import org.replyaudit.Span;
import org.replyaudit.internal.cues.JsonTree;

/**
 * A set of rules a reply to a complaint must meet: the elements a regime requires of a final
 * response (a decision, reasons, a referral to the ombudsman…), each defined in a profile file by
 * phrases with examples that must and must not match them. Immutable and thread-safe.
 *
 * <p>Three profiles ship: {@code uk-fca-disp} (a UK financial firm's final response under the
 * FCA's DISP 1.6.2R), {@code ombudsman-generic} (good complaint handling as ombudsmen describe
 * it) and {@code foi-uk} (a UK Freedom of Information response). Your own is a JSON file of the
 * same form (see {@code docs/checklists-and-threads.md}), loaded with {@link #load(InputStream)}.
 *
 * <pre>{@code
 * ReplyAnalyzer analyzer = ReplyAudit.builder().profile(Profile.named("uk-fca-disp")).build();
 * Analysis a = analyzer.analyze(complaint, reply);
 * a.checklist().orElseThrow().items().forEach(i ->
 *     System.out.println(i.status().id() + "  " + i.name() + ": " + i.why()));
 * // present  Decision: found in “I have upheld your complaint.” (upheld: “upheld your complaint”)
 * // absent   Six-month time limit stated: not found; looked for the six-month limit: …
 * }</pre>
 *
 * <p>Signposting the profile requires (an element marked {@code "referral": true}, such as the
 * referral to the Financial Ombudsman Service) is what a final response must say, not evasion:
 * with a profile, the reply sentences that show such an element lose their {@code redirection}
 * finding, and the element's {@code why} says so.
 */
public final class Profile {
  private static final List<String> SHIPPED = List.of("uk-fca-disp", "ombudsman-generic", "foi-uk");
  private static final Map<String, Profile> LOADED = new ConcurrentHashMap<>();

  private final String id;
  private final String name;
  private final String description;
  private final String source;
  private final List<ProfileElement> elements;

  Profile(String id, String name, String description, String source, List<ProfileElement> elements) {
    this.id = Objects.requireNonNull(id, "id");
    this.name = Objects.requireNonNull(name, "name");
    this.description = Objects.requireNonNull(description, "description");
    this.source = Objects.requireNonNull(source, "source");
    this.elements = List.copyOf(elements);
  }

  /**
   * The ids of the profiles that ship with ReplyAudit, for {@link #named}.
   *
   * @return {@code uk-fca-disp}, {@code ombudsman-generic}, {@code foi-uk}
   */
  public static List<String> shipped() {
    return SHIPPED;
  }

  /**
   * A profile that ships with ReplyAudit: {@code uk-fca-disp}, {@code ombudsman-generic} or
   * {@code foi-uk}.
   *
   * @param id the shipped profile's id
   * @return the profile, loaded once per JVM
   * @throws NullPointerException if {@code id} is null
   * @throws IllegalArgumentException if no shipped profile has this id (the message lists them)
   */
  public static Profile named(String id) {
    Objects.requireNonNull(id, "id");
    if (!SHIPPED.contains(id)) {
      throw new IllegalArgumentException("no shipped profile \"" + id + "\"; the shipped profiles are "
          + String.join(", ", SHIPPED) + " (or load your own with Profile.load)");
    }
    return LOADED.computeIfAbsent(id, Profile::readShipped);
  }

  private static Profile readShipped(String id) {
    try (InputStream in = Profile.class.getResourceAsStream("profiles/" + id + ".json")) {
      if (in == null) {
        throw new IllegalStateException("the shipped profile " + id + " is missing from the jar");
      }
      return load(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Reads a profile from a JSON document (UTF-8). The stream is read to its end, not closed.
   *
   * @param json the profile file's bytes
   * @return the profile
   * @throws NullPointerException if {@code json} is null
   * @throws IllegalArgumentException if the document is not a valid profile; the message names
   *     the problem and where it is (a missing field, an unknown evaluator, a pattern that does not
   *     compile, an example its patterns do not match…)
   * @throws UncheckedIOException if reading fails
   */
  public static Profile load(InputStream json) {
    Objects.requireNonNull(json, "json");
    try {
      return ProfileReader.read(JsonTree.read(json, "profile"));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the profile: " + e.getMessage(), e);
    }
  }

  /**
   * The id, e.g. {@code uk-fca-disp}.
   *
   * @return the profile's id
   */
  public String id() {
    return id;
  }

  /**
   * The name for a reader, e.g. "UK FCA final response (DISP 1.6.2R)".
   *
   * @return the profile's name
   */
  public String name() {
    return name;
  }

  /**
   * What the profile checks, in a sentence or two; may be empty.
   *
   * @return the description
   */
  public String description() {
    return description;
  }

  /**
   * The rule or guidance it follows; may be empty.
   *
   * @return the source
   */
  public String source() {
    return source;
  }

  /**
   * The required elements, in the order the checklist lists them.
   *
   * @return the elements
   */
  public List<ProfileElement> elements() {
    return elements;
  }

  /**
   * The element with this id.
   *
   * @param elementId the element's id
   * @return the element, or empty
   */
  public Optional<ProfileElement> element(String elementId) {
    Objects.requireNonNull(elementId, "elementId");
    return elements.stream().filter(e -> e.id().equals(elementId)).findFirst();
  }

  /**
   * The checklist of {@code analysis}'s reply against this profile. It reads only the analysis:
   * its reply claims (phrases are looked for in each claim), their labels and the points'
   * statuses.
   *
   * @param analysis an analysis made with or without a profile
   * @return one item per element, in the profile's order
   * @throws NullPointerException if {@code analysis} is null
   */
  public Checklist check(Analysis analysis) {
    Objects.requireNonNull(analysis, "analysis");
    ReplyEvidence reply = new ReplyEvidence(analysis);
    for (ProfileElement e : elements) {
      List<ReplyEvidence.Found> applies = List.of();
      if (e.appliesWhen().isPresent()) {
        applies = reply.find(e.appliesWhen().get());
        if (applies.isEmpty()) {
          reply.decide(new ChecklistItem(e.id(), e.name(), ElementStatus.NOT_APPLICABLE, List.of(),
              "does not apply: nothing in the reply calls for it; looked for " + e.appliesWhen().get().lookedFor()));
          continue;
        }
      }
      reply.decide(e.check().evaluator().evaluate(e, reply, applies));
    }
    return new Checklist(id, name, reply.items());
  }

  /**
   * {@code analysis} with its checklist against this profile, and without the {@code redirection}
   * finding on the reply sentences that show a referral the profile requires: that signposting is
   * what the rules ask for, not evasion. The referral element's {@code why} says which sentences
   * lost the finding. Points, statuses, verdict and coverage are unchanged.
   *
   * @param analysis an analysis made without a profile
   * @return the same analysis with its checklist, and without redirection on required signposting
   * @throws NullPointerException if {@code analysis} is null
   */
  public Analysis apply(Analysis analysis) {
    Checklist checklist = check(analysis);
    // Which reply sentences are required signposting, and by which elements.
    Map<Span, List<String>> required = new HashMap<>();
    for (ChecklistItem item : checklist.items()) {
      ProfileElement e = element(item.element()).orElseThrow();
      if (e.referral() && item.status() == ElementStatus.PRESENT) {
        item.spans().forEach(s -> required.computeIfAbsent(s, k -> new ArrayList<>()).add(e.id()));
      }
    }
    List<ReplyClaim> claims = new ArrayList<>(analysis.replyClaims().size());
    Map<String, Integer> withdrawn = new HashMap<>();
    for (ReplyClaim c : analysis.replyClaims()) {
      List<String> by = required.get(c.span());
      if (by == null || !c.has(Label.REDIRECTION)) {
        claims.add(c);
        continue;
      }
      List<Finding> kept = c.findings().stream().filter(f -> f.label() != Label.REDIRECTION).toList();
      claims.add(new ReplyClaim(c.span(), c.text(), kept, c.closest()));
      by.forEach(id -> withdrawn.merge(id, 1, Integer::sum));
    }
    List<ChecklistItem> items = new ArrayList<>();
    for (ChecklistItem item : checklist.items()) {
      Integer n = withdrawn.get(item.element());
      items.add(n == null ? item : new ChecklistItem(item.element(), item.name(), item.status(), item.spans(),
          item.why() + "; signposting this profile requires, so not reported as redirection (" + n
              + " reply sentence" + (n == 1 ? "" : "s") + ")"));
    }
    return new Analysis(analysis.complaint(), analysis.reply(), analysis.points(), claims, analysis.quotes(),
        analysis.verdict(), analysis.coverage(), analysis.diagnostics(),
        Optional.of(new Checklist(checklist.profile(), checklist.profileName(), items)));
  }

  @Override
  public String toString() {
    return "Profile[" + id + ", " + elements.size() + " elements]";
  }
}
