package org.replyaudit.cli;

/** Input the command line cannot read: the message says what and where, in one line. */
final class InputException extends RuntimeException {
  InputException(String message) {
    super(message);
  }
}
