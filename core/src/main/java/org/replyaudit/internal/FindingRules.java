package org.replyaudit.internal;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.replyaudit.ClaimLink;
import org.replyaudit.Finding;
import org.replyaudit.Label;
import org.replyaudit.MatchingSignal;
import org.replyaudit.Point;
import org.replyaudit.PointKind;
import org.replyaudit.ReplyClaim;
import org.replyaudit.Span;
import org.replyaudit.Status;
import org.replyaudit.internal.Bm25ClaimMatcher.Link;
import org.replyaudit.internal.ReplyActClassifier.Act;

/**
 * Stage 6: turns cues and scores into findings. Reads top to bottom as the definitions in
 * SCHEMA.md: first what each reply claim does that needs no comparison (courtesy, apology,
 * commitment, reassurance, signposting), then what needs the complaint (was the denied wrong
 * alleged? was the assumed concern stated? is the claim only an echo of the complaint?), then
 * which complaint points the remaining claims answer.
 *
 * <p>Thresholds are normalised BM25 scores (see {@link Bm25ClaimMatcher}) and were set on
 * {@code dev.jsonl}; the README's "Accuracy" section gives the figures they produce.
 */
public final class FindingRules {
  /** A denial this close to something the complaint said answers it rather than being unsolicited. */
  static final double SOLICITED = 0.25;
  /** An assumed concern this close to something the complainant said was stated, not misread. */
  static final double PREMISE_STATED = 0.30;
  /** An acknowledgement at least this close to the complaint echoes it. */
  static final double ECHO = 0.20;
  /** A plain statement this close to a context claim of the complaint restates it. */
  static final double RESTATES_CONTEXT = 0.50;
  /** Coverage at or above which a closing signpost follows a real decision and is no fault. */
  static final double DECIDED = 0.75;

  /** A reply claim answers a point only if it scores at least this share of its best point (dev: 0.5-0.7 flat). */
  static final double RIVAL_SHARE = 0.5;

  private final Settings settings;

  public FindingRules(Settings settings) {
    this.settings = settings;
  }

  /** The decided points and reply claims of one pair. */
  public record Result(List<Point> points, List<ReplyClaim> replyClaims) {}

  public Result decide(List<Claim> complaint, List<PointClassifier.Decision> kinds,
      List<Claim> reply, List<Map<Act, Cue.Hit>> acts, Bm25ClaimMatcher.Scores own,
      Bm25ClaimMatcher.Scores scores, List<String> respondent) {
    List<EnumMap<Label, Finding>> labels = new ArrayList<>();
    for (int r = 0; r < reply.size(); r++) {
      labels.add(wordingFindings(acts.get(r)));
    }
    List<Parties.Party> parties = new ArrayList<>(complaint.size());
    Parties.Party previous = Parties.Party.UNCLEAR;
    for (Claim c : complaint) {
      previous = Parties.ofComplaintClaim(c, previous, respondent);
      parties.add(previous);
    }
    for (int r = 0; r < reply.size(); r++) {
      comparisonFindings(reply.get(r), acts.get(r), labels.get(r), complaint, kinds,
          own.replyToComplaint().get(r), respondent, parties);
    }

    // Which complaint points the remaining claims deal with.
    boolean[] eligible = new boolean[reply.size()];
    for (int r = 0; r < reply.size(); r++) {
      eligible[r] = canAnswer(labels.get(r));
    }
    // A reply sentence usually deals with one thing. It answers the points it is closest to,
    // not every point that happens to share a word with it: a link counts only when it is
    // within RIVAL_SHARE of the best link that reply claim has to any point needing an answer.
    double[] bestForReply = new double[reply.size()];
    for (int c = 0; c < complaint.size(); c++) {
      if (kinds.get(c).kind().needsAnswer()) {
        for (Link l : scores.complaintToReply().get(c)) {
          bestForReply[l.target()] = Math.max(bestForReply[l.target()], l.score());
        }
      }
    }
    List<Point> points = new ArrayList<>();
    double credit = 0;
    int needing = 0;
    for (int c = 0; c < complaint.size(); c++) {
      Claim claim = complaint.get(c);
      PointKind kind = kinds.get(c).kind();
      List<ClaimLink> by = new ArrayList<>();
      String bestText = "";
      for (Link l : scores.complaintToReply().get(c)) {
        if (eligible[l.target()] && l.score() >= settings.partlyThreshold()
            && (!kind.needsAnswer() || l.score() >= RIVAL_SHARE * bestForReply[l.target()])) {
          if (by.isEmpty()) {
            bestText = reply.get(l.target()).text();
          }
          by.add(new ClaimLink(reply.get(l.target()).span(), l.score()));
          if (kind.needsAnswer()) {
            labels.get(l.target()).putIfAbsent(Label.ANSWER, new Finding(Label.ANSWER,
                "deals with the " + kind.id() + " \"" + excerpt(claim.text()) + "\" (score "
                    + format(l.score()) + ")", List.of(claim.span())));
          }
        }
      }
      double best = by.isEmpty() ? 0 : by.get(0).score();
      Status status;
      String why;
      if (!kind.needsAnswer()) {
        status = Status.NOT_REQUIRED;
        why = kinds.get(c).cue().map(h -> "background: " + h).orElse("background: no request, question, accusation or harm stated");
      } else {
        needing++;
        String cue = kinds.get(c).cue().map(Cue.Hit::toString).orElse("");
        if (best >= settings.answeredThreshold()) {
          status = Status.ANSWERED;
          credit += 1;
          why = kind.id() + " by " + cue + "; answered by \"" + excerpt(bestText) + "\" (score " + format(best) + ")";
        } else if (best >= settings.partlyThreshold()) {
          status = Status.PARTLY;
          credit += 0.5;
          why = kind.id() + " by " + cue + "; only touched by \"" + excerpt(bestText) + "\" (score " + format(best) + ")";
        } else {
          status = Status.UNANSWERED;
          why = kind.id() + " by " + cue + "; no reply claim deals with it" + closestRejected(c, reply, labels, scores);
        }
      }
      points.add(new Point(claim.span(), claim.text(), kind, status, by, why));
    }

    // A closing signpost to an ombudsman after a real decision is required, not evasive.
    double coverage = needing == 0 ? 1 : credit / needing;
    for (int r = 0; r < reply.size(); r++) {
      if (acts.get(r).containsKey(Act.SIGNPOST) && coverage >= DECIDED) {
        labels.get(r).remove(Label.REDIRECTION);
      }
    }

    List<ReplyClaim> claims = new ArrayList<>();
    for (int r = 0; r < reply.size(); r++) {
      List<ClaimLink> closest = new ArrayList<>();
      for (Link l : scores.replyToComplaint().get(r)) {
        if (closest.size() < 3) {
          closest.add(new ClaimLink(complaint.get(l.target()).span(), l.score()));
        }
      }
      claims.add(new ReplyClaim(reply.get(r).span(), reply.get(r).text(),
          List.copyOf(labels.get(r).values()), closest));
    }
    return new Result(points, claims);
  }

  /** Findings that the reply claim's wording shows by itself. */
  private static EnumMap<Label, Finding> wordingFindings(Map<Act, Cue.Hit> acts) {
    EnumMap<Label, Finding> f = new EnumMap<>(Label.class);
    put(f, acts, Act.COURTESY, Label.COURTESY, "courtesy: ");
    put(f, acts, Act.APOLOGY, Label.APOLOGY, "apologises: ");
    put(f, acts, Act.COMMITMENT, Label.COMMITMENT, "promises an action: ");
    put(f, acts, Act.BOILERPLATE, Label.BOILERPLATE, "generic reassurance: ");
    put(f, acts, Act.NON_APOLOGY, Label.BOILERPLATE, "regret that apologises for nothing: ");
    put(f, acts, Act.REDIRECTION, Label.REDIRECTION, "sends the complainant elsewhere: ");
    put(f, acts, Act.SIGNPOST, Label.REDIRECTION, "signposts a complaint elsewhere: ");
    return f;
  }

  private static void put(EnumMap<Label, Finding> f, Map<Act, Cue.Hit> acts, Act act, Label label, String prefix) {
    Cue.Hit hit = acts.get(act);
    if (hit != null) {
      f.putIfAbsent(label, new Finding(label, prefix + hit, List.of()));
    }
  }

  /** Findings that need the complaint: unsolicited denial, misread premise, restatement. */
  private void comparisonFindings(Claim claim, Map<Act, Cue.Hit> acts, EnumMap<Label, Finding> f,
      List<Claim> complaint, List<PointClassifier.Decision> kinds, List<Link> closest, List<String> respondent,
      List<Parties.Party> parties) {
    if (claim.role() != Segment.Role.BODY || acts.containsKey(Act.COURTESY)) {
      return;
    }
    Cue.Hit denial = acts.get(Act.DENIAL);
    if (denial != null && !claim.cue().contains(" ? ")) {
      // With PARTIES, a defence of the respondent's own conduct is not an answer to what another
      // party is accused of, however close the words.
      boolean ownConduct = settings.signals().contains(MatchingSignal.PARTIES) && Parties.replyAboutRespondent(claim, respondent);
      // Any claim of the complaint counts, not only those the cue stage recognised as points:
      // an allegation phrased as plain narrative ("the sign is hidden behind a tree") is still
      // what a denial of it answers.
      Link alleged = null;
      for (Link l : closest) {
        if (!(ownConduct && parties.get(l.target()) == Parties.Party.OTHER)) {
          alleged = l;
          break;
        }
      }
      if (alleged == null || alleged.score() < SOLICITED) {
        f.put(Label.UNSOLICITED_DENIAL, new Finding(Label.UNSOLICITED_DENIAL,
            "denies (" + denial + ") what nothing in the complaint alleged; "
                + closestText(alleged, complaint), spans(alleged, complaint)));
      }
    }
    Cue.Hit premise = acts.get(Act.PREMISE);
    if (premise != null && !acts.containsKey(Act.SIGNPOST)) {
      Link stated = closest.isEmpty() ? null : closest.get(0);
      if (stated == null || stated.score() < PREMISE_STATED) {
        f.put(Label.MISREAD_PREMISE, new Finding(Label.MISREAD_PREMISE,
            "answers an assumed concern (" + premise + ") the complainant did not state; "
                + closestText(stated, complaint), spans(stated, complaint)));
      }
    }
    Link top = closest.isEmpty() ? null : closest.get(0);
    Cue.Hit ack = acts.get(Act.ACKNOWLEDGEMENT);
    boolean acts_ = acts.containsKey(Act.COMMITMENT) || acts.containsKey(Act.ACTION_TAKEN)
        || acts.containsKey(Act.APOLOGY) || acts.containsKey(Act.DENIAL) || acts.containsKey(Act.REDIRECTION);
    String other = acts.containsKey(Act.DESCRIBES_OTHER) ? acts.get(Act.DESCRIBES_OTHER).words()
        : namedOtherParty(claim, complaint, respondent);
    if (ack != null && top != null && top.score() >= ECHO && !acts.containsKey(Act.ACTION_TAKEN)) {
      f.put(Label.RESTATEMENT, new Finding(Label.RESTATEMENT,
          "acknowledges (" + ack + ") what the complaint already says: \""
              + excerpt(complaint.get(top.target()).text()) + "\" (score " + format(top.score()) + ")",
          List.of(complaint.get(top.target()).span())));
    } else if (other != null && !acts_ && f.isEmpty() && top != null && top.score() >= ECHO) {
      f.put(Label.RESTATEMENT, new Finding(Label.RESTATEMENT,
          "describes another party (\"" + other + "\") that the complaint itself named, instead of answering; closest \""
              + excerpt(complaint.get(top.target()).text()) + "\" (score " + format(top.score()) + ")",
          List.of(complaint.get(top.target()).span())));
    } else if (!acts_ && top != null && top.score() >= RESTATES_CONTEXT
        && kinds.get(top.target()).kind() == PointKind.CONTEXT && f.isEmpty()) {
      f.put(Label.RESTATEMENT, new Finding(Label.RESTATEMENT,
          "repeats what the complainant said as background: \""
              + excerpt(complaint.get(top.target()).text()) + "\" (score " + format(top.score()) + ")",
          List.of(complaint.get(top.target()).span())));
    }
  }

  /**
   * The name a claim opens with when it is the subject of a state verb ("LAAS are …", "Fettle
   * Metering Services is …") and names a party the complaint mentioned that is not the
   * respondent; else null.
   */
  private static String namedOtherParty(Claim claim, List<Claim> complaint, List<String> respondent) {
    var m = LEADING_NAME.matcher(claim.text());
    if (!m.lookingAt()) {
      return null;
    }
    String name = m.group(1);
    if (NOT_NAMES.contains(name.split("\\s+")[0].toLowerCase(Locale.ROOT))) {
      return null;
    }
    String lower = name.toLowerCase(Locale.ROOT);
    for (String r : respondent) {
      String rl = r.toLowerCase(Locale.ROOT);
      if (rl.contains(lower) || lower.contains(rl)) {
        return null;
      }
    }
    for (Claim c : complaint) {
      if (c.text().contains(name)) {
        return name;
      }
    }
    return null;
  }

  private static final java.util.regex.Pattern LEADING_NAME = java.util.regex.Pattern.compile(
      "\\s*((?:[A-Z][\\p{L}&'.-]*\\s+){0,3}[A-Z][\\p{L}&'.-]*)\\s+(?:is|are|was|were|has|have|do|does|did)\\b");
  private static final java.util.Set<String> NOT_NAMES = java.util.Set.of(
      "i", "we", "you", "it", "they", "he", "she", "this", "that", "these", "those", "there", "the", "our",
      "your", "my", "as", "if", "at", "in", "on", "all", "any", "every", "some", "no", "what", "which",
      "who", "when", "where", "why", "how", "unfortunately", "however", "please", "a", "an", "here");

  private static boolean canAnswer(EnumMap<Label, Finding> f) {
    for (Label l : f.keySet()) {
      if (l.isFault() || l == Label.COURTESY) {
        return false;
      }
    }
    return true;
  }

  private static String closestRejected(int c, List<Claim> reply, List<EnumMap<Label, Finding>> labels,
      Bm25ClaimMatcher.Scores scores) {
    List<Link> links = scores.complaintToReply().get(c);
    if (links.isEmpty()) {
      return " (no reply claim shares its terms)";
    }
    Link l = links.get(0);
    EnumMap<Label, Finding> f = labels.get(l.target());
    String what = f.isEmpty() ? "" : " but it is " + String.join("/", f.keySet().stream().map(Label::id).toList());
    return "; closest \"" + excerpt(reply.get(l.target()).text()) + "\" (score " + format(l.score()) + ")" + what;
  }

  private static String closestText(Link l, List<Claim> complaint) {
    return l == null ? "no complaint claim shares its terms"
        : "closest \"" + excerpt(complaint.get(l.target()).text()) + "\" (score " + format(l.score()) + ")";
  }

  private static List<Span> spans(Link l, List<Claim> complaint) {
    return l == null ? List.of() : List.of(complaint.get(l.target()).span());
  }

  static String excerpt(String text) {
    // strip().replaceAll("\\s+", " ") by hand: this runs for every finding and link described,
    // and only the first 80 characters of the collapsed text are ever kept.
    int from = 0;
    int to = text.length();
    while (from < to && Character.isWhitespace(text.charAt(from))) {
      from++;
    }
    while (to > from && Character.isWhitespace(text.charAt(to - 1))) {
      to--;
    }
    StringBuilder t = new StringBuilder(84);
    for (int i = from; i < to && t.length() <= 80; i++) {
      char ch = text.charAt(i);
      if (isRegexSpace(ch)) {
        if (i == from || !isRegexSpace(text.charAt(i - 1))) {
          t.append(' ');
        }
      } else {
        t.append(ch);
      }
    }
    return t.length() <= 80 ? t.toString()
        : t.substring(0, Character.isHighSurrogate(t.charAt(76)) ? 76 : 77) + "...";
  }

  /** What {@code \\s} matches in a Java regex (ASCII whitespace only). */
  private static boolean isRegexSpace(char ch) {
    return ch == ' ' || ch == '\t' || ch == '\n' || ch == '\013' || ch == '\f' || ch == '\r';
  }

  static String format(double score) {
    // What String.format("%.2f") prints (half-up on the shortest decimal form), without the
    // Formatter, which costs more than the rest of a finding's description.
    // Zero, negatives ("-0.00") and non-finite values keep the Formatter's spelling.
    if (!(score > 0) || !Double.isFinite(score)) {
      return String.format(Locale.ROOT, "%.2f", score);
    }
    return new java.math.BigDecimal(Double.toString(score))
        .setScale(2, java.math.RoundingMode.HALF_UP).toPlainString();
  }
}
