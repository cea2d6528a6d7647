package org.replyaudit.corpus.learn;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Folds for cross-validation by domain: no domain has letters on both sides of a split.
 *
 * <p>A case's domain is read from its id: {@code train-b-07} belongs to the block of four
 * letters {@code train-b-05..08} (the training set is written four letters per domain), and
 * {@code dev-bank-02} to {@code dev-bank}. Domains that the two sets share under different
 * names (a pet insurer and a motor insurer) are merged by {@link #FAMILIES}.
 */
public final class DomainFolds {
  private static final Pattern TRAIN = Pattern.compile("train-([a-z])-(\\d+)");
  private static final Pattern DEV = Pattern.compile("dev-([a-z]+)-\\d+");
  /** Domain prefixes (the {@code domain} field before " (") that name one family. */
  private static final Map<String, String> FAMILIES = Map.of(
      "pet insurer", "insurer",
      "insurer", "insurer",
      "university admissions", "university",
      "university", "university",
      "council tax office", "council",
      "local council", "council",
      "letting agent", "lettings",
      "landlord deposit dispute", "lettings");

  private DomainFolds() {}

  /** The domain group of a case. */
  public static String group(String id, String domain) {
    String prefix = domain.split(" \\(")[0].toLowerCase(java.util.Locale.ROOT);
    if (FAMILIES.containsKey(prefix)) {
      return "family-" + FAMILIES.get(prefix);
    }
    Matcher m = TRAIN.matcher(id);
    if (m.matches()) {
      return "train-" + m.group(1) + "-" + (Integer.parseInt(m.group(2)) - 1) / 4;
    }
    m = DEV.matcher(id);
    if (m.matches()) {
      return "dev-" + m.group(1);
    }
    // Other sets (DISAPERE's reviews of one conference) have no finer domain: each pair is its own
    // group, so folds spread them evenly.
    return "other-" + prefix + "-" + id;
  }

  /**
   * Assigns each group to one of {@code k} folds, largest groups first, each to the fold with the
   * fewest cases so far (ties: the lower fold, then group name order), so folds are balanced and
   * the assignment is deterministic.
   */
  public static Map<String, Integer> assign(List<String> groups, int k) {
    return assign(groups, groups.stream().map(g -> 1).toList(), k);
  }

  /** {@link #assign(List, int)} with a weight per case. */
  public static Map<String, Integer> assign(List<String> groups, List<Integer> weights, int k) {
    Map<String, Integer> size = new TreeMap<>();
    for (int i = 0; i < groups.size(); i++) {
      size.merge(groups.get(i), weights.get(i), Integer::sum);
    }
    List<String> order = new ArrayList<>(size.keySet());
    order.sort(Comparator.comparing((String g) -> -size.get(g)).thenComparing(g -> g));
    int[] load = new int[k];
    Map<String, Integer> out = new LinkedHashMap<>();
    for (String g : order) {
      int best = 0;
      for (int f = 1; f < k; f++) {
        if (load[f] < load[best]) {
          best = f;
        }
      }
      out.put(g, best);
      load[best] += size.get(g);
    }
    return out;
  }
}
