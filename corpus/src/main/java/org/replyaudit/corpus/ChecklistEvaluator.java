package org.replyaudit.corpus;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.replyaudit.Analysis;
import org.replyaudit.ReplyAnalyzer;
import org.replyaudit.checklist.Checklist;
import org.replyaudit.checklist.ChecklistItem;
import org.replyaudit.checklist.ElementStatus;
import org.replyaudit.checklist.Profile;

/**
 * Scores checklists against gold: for every annotated reply and profile, each element's
 * predicted status against the gold one (accuracy per element, per profile, overall), whether
 * the whole checklist passes or fails as the gold says, and, where both say present, whether a
 * predicted span matches a gold quote (the span rule of {@link SpanMatch}).
 */
public final class ChecklistEvaluator {
  private ChecklistEvaluator() {}

  /**
   * Analyses each reply once per profile it is annotated against, with {@code analyzer}'s
   * settings and that profile, and scores the checklists.
   */
  public static ChecklistResult evaluate(String set, List<ChecklistCase> cases, ReplyAnalyzer analyzer, Progress progress) {
    Objects.requireNonNull(set, "set");
    Objects.requireNonNull(cases, "cases");
    Objects.requireNonNull(analyzer, "analyzer");
    Objects.requireNonNull(progress, "progress");
    Map<String, ReplyAnalyzer> byProfile = new LinkedHashMap<>();
    Map<String, Map<String, Counts>> counts = new LinkedHashMap<>();
    Map<String, int[]> verdicts = new LinkedHashMap<>();  // profile -> {replies, agreed}
    List<ChecklistResult.Error> errors = new ArrayList<>();
    int total = cases.stream().mapToInt(c -> c.checklists().size()).sum();
    int done = 0;
    long started = System.nanoTime();
    for (ChecklistCase c : cases) {
      for (GoldChecklist gold : c.checklists()) {
        ReplyAnalyzer a = byProfile.computeIfAbsent(gold.profile(),
            id -> analyzer.toBuilder().profile(Profile.named(id)).build());
        Analysis analysis = a.analyze(c.pair().complaint(), c.pair().reply(), c.pair().respondent());
        Checklist predicted = analysis.checklist().orElseThrow();
        Map<String, Counts> elements = counts.computeIfAbsent(gold.profile(), k -> new LinkedHashMap<>());
        boolean goldPassed = true;
        for (Map.Entry<String, GoldElement> g : gold.elements().entrySet()) {
          ChecklistItem p = predicted.item(g.getKey()).orElseThrow();
          Counts n = elements.computeIfAbsent(g.getKey(), k -> new Counts());
          n.annotated++;
          n.gold.merge(g.getValue().status().id(), 1, Integer::sum);
          n.predicted.merge(p.status().id(), 1, Integer::sum);
          if (p.status() == g.getValue().status()) {
            n.correct++;
          } else {
            errors.add(new ChecklistResult.Error(c.pair().id(), gold.profile(), g.getKey(),
                g.getValue().status().id(), p.status().id()));
          }
          if (p.status() == ElementStatus.PRESENT && g.getValue().status() == ElementStatus.PRESENT) {
            n.bothPresent++;
            if (p.spans().stream().anyMatch(s -> SpanMatch.matchesAny(s, g.getValue().spans()))) {
              n.evidenceMatched++;
            }
          }
          goldPassed &= g.getValue().status() != ElementStatus.ABSENT;
        }
        int[] v = verdicts.computeIfAbsent(gold.profile(), k -> new int[2]);
        v[0]++;
        if (goldPassed == predicted.passed()) {
          v[1]++;
        }
        done++;
        double secs = (System.nanoTime() - started) / 1e9;
        progress.update(done, total, secs <= 0 ? 0 : done / secs);
      }
    }
    List<ChecklistResult.ProfileScore> profiles = new ArrayList<>();
    for (Map.Entry<String, Map<String, Counts>> p : counts.entrySet()) {
      List<ChecklistResult.ElementScore> elements = new ArrayList<>();
      // In the profile's order, whatever order the annotations came in.
      for (var e : Profile.named(p.getKey()).elements()) {
        Counts n = p.getValue().get(e.id());
        if (n != null) {
          elements.add(new ChecklistResult.ElementScore(e.id(), n.annotated, n.correct, sorted(n.gold),
              sorted(n.predicted), n.bothPresent, n.evidenceMatched));
        }
      }
      int[] v = verdicts.get(p.getKey());
      profiles.add(new ChecklistResult.ProfileScore(p.getKey(), v[0], elements, v[1]));
    }
    return new ChecklistResult(set, cases.size(), profiles, errors);
  }

  /** A copy in key order, so the JSON is the same on every run. */
  private static Map<String, Integer> sorted(Map<String, Integer> m) {
    return java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(m));
  }

  private static final class Counts {
    int annotated;
    int correct;
    int bothPresent;
    int evidenceMatched;
    final Map<String, Integer> gold = new LinkedHashMap<>();
    final Map<String, Integer> predicted = new LinkedHashMap<>();
  }
}
