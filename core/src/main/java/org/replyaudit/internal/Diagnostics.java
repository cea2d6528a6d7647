package org.replyaudit.internal;

import java.util.List;
import org.replyaudit.Diagnostic;
import org.replyaudit.internal.text.CleanText;
import org.replyaudit.internal.text.LanguageCheck;

/** What is worth telling the caller about a text's form. */
final class Diagnostics {
  /** Texts longer than this many chars are flagged as very long. */
  static final int VERY_LONG = 100_000;

  private Diagnostics() {}

  static void describe(String which, CleanText t, int claims, List<Diagnostic> out) {
    String s = t.original();
    if (s.isBlank()) {
      out.add(new Diagnostic(which + ".empty", "the " + which + " is empty"));
      return;
    }
    if (claims == 0) {
      out.add(new Diagnostic(which + ".no_sentences", "no sentence was found in the " + which));
    }
    if (t.masked().chars().noneMatch(ch -> ch == '.' || ch == '!' || ch == '?')) {
      out.add(new Diagnostic(which + ".no_punctuation",
          "the " + which + " has no sentence punctuation; it was split at line breaks and length"));
    }
    if (t.html()) {
      out.add(new Diagnostic(which + ".html", "the " + which + " contains HTML markup, which was ignored"));
    }
    if (!t.quoted().isEmpty()) {
      out.add(new Diagnostic(which + ".quoted_lines", "the " + which + " quotes " + t.quoted().size()
          + " line(s) of another letter (lines starting with '>'), which were not analysed as its own claims"));
    }
    if (!t.ownQuoted().isEmpty()) {
      out.add(new Diagnostic(which + ".own_quoted_lines", "the " + which + " marks " + t.ownQuoted().size()
          + " line(s) as quoted ('>') that copy nothing of the other letter; they were analysed as its own text"));
    }
    if (!t.urls().isEmpty()) {
      out.add(new Diagnostic(which + ".urls", "the " + which + " contains " + t.urls().size() + " URL(s)"));
    }
    LanguageCheck.check(which, s).ifPresent(out::add);
    if (s.length() > VERY_LONG) {
      out.add(new Diagnostic(which + ".very_long", "the " + which + " is " + s.length() + " chars long"));
    }
  }
}
