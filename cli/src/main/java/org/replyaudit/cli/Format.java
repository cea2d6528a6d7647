package org.replyaudit.cli;

/** Output formats of {@code demo} and {@code analyze}. */
enum Format {
  text, json, html, markdown
}
