package org.replyaudit.cli;

/** Output formats of the command line. */
enum Format {
  text, json
}
