package dev.dslab.cli;

/** A command that failed with a message for the user, printed as it is (kubectl's wording). */
final class CliException extends Exception {
  CliException(String message) {
    super(message);
  }
}
