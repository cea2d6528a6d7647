package org.replyaudit.corpus;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
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
    // An EnumSet copy keeps Label order in output; EnumSet.copyOf rejects an empty collection.
    EnumSet<Label> copy = EnumSet.noneOf(Label.class);
    copy.addAll(labels);
    labels = Collections.unmodifiableSet(copy);
  }
}
