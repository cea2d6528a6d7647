package org.replyaudit.internal.anchors;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.replyaudit.ClaimLink;
import org.replyaudit.Quote;
import org.replyaudit.Span;
import org.replyaudit.internal.text.Claim;
import org.replyaudit.internal.text.CleanText;
import org.replyaudit.internal.text.Segment;
import org.replyaudit.internal.text.Segmenter;
import org.replyaudit.internal.text.TextCleaner;

/**
 * After the decisions: the reply's quotes of the complaint. The reply's {@code > } lines, which
 * the clean stage took out of its claims, are split into sentences by the same segmenter, and
 * each sentence is traced to the complaint claims it copies ({@link CopyEvidence#share}). A
 * sentence copying nothing of the complaint (an earlier letter, a policy) is not reported.
 */
public final class QuoteTracer {
  /** Sources kept per quote. */
  static final int KEEP = 3;

  private final TextCleaner cleaner;
  private final Segmenter segmenter;

  public QuoteTracer(TextCleaner cleaner, Segmenter segmenter) {
    this.cleaner = Objects.requireNonNull(cleaner, "cleaner");
    this.segmenter = Objects.requireNonNull(segmenter, "segmenter");
  }

  public List<Quote> trace(CleanText reply, List<Claim> complaint) {
    if (reply.quoted().isEmpty() || complaint.isEmpty()) {
      return List.of();
    }
    List<Segment> sentences = segmenter.segment(cleaner.clean(quotedOnly(reply)));
    TermIndex index = TermIndex.ofPairs(complaint.stream().map(Claim::text).toList());
    String text = reply.original();
    List<Quote> out = new ArrayList<>();
    for (Segment s : sentences) {
      Set<String> pairs = TermIndex.pairs(s.span().of(text));
      if (CopyEvidence.tooShort(pairs)) {
        continue; // "> Comment 5": a heading, not a point
      }
      int[][] shared = index.shared(pairs);
      List<ClaimLink> links = new ArrayList<>();
      for (int i = 0; i < shared[0].length; i++) {
        int c = shared[0][i];
        double share = CopyEvidence.share(shared[1][i], pairs.size(), index.pairCount(c));
        if (share >= CopyEvidence.COPIED) {
          links.add(new ClaimLink(complaint.get(c).span(), Math.min(1.0, share)));
        }
      }
      if (!links.isEmpty()) {
        // Stable: equal shares stay in text order.
        links.sort((a, b) -> Double.compare(b.score(), a.score()));
        out.add(new Quote(s.span(), s.span().of(text), links.subList(0, Math.min(KEEP, links.size()))));
      }
    }
    return List.copyOf(out);
  }

  /**
   * The reply with everything but its quoted lines' content blanked (markers too), line breaks
   * kept, so the segmenter sees the quotes' own lines and paragraphs at their own offsets.
   */
  private static String quotedOnly(CleanText reply) {
    String text = reply.original();
    char[] only = new char[text.length()];
    for (int i = 0; i < only.length; i++) {
      only[i] = text.charAt(i) == '\n' ? '\n' : ' ';
    }
    for (Span line : reply.quoted()) {
      int from = QuotedLineCheck.contentStart(text, line);
      text.getChars(from, line.end(), only, from);
    }
    return new String(only);
  }
}
