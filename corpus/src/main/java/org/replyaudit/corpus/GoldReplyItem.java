package org.replyaudit.corpus;

import java.util.Collections;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.replyaudit.Label;
import org.replyaudit.Span;

/**
 * One annotated reply sentence or clause and the labels it carries.
 *
 * @param span where it stands in the reply
 * @param labels its labels, iterated in {@link Label} order
 */
public record GoldReplyItem(Span span, Set<Label> labels) {
  public GoldReplyItem {
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(labels, "labels");
    // A sorted copy keeps Label order in output.
    labels = Collections.unmodifiableSortedSet(new TreeSet<>(labels));
  }
}
