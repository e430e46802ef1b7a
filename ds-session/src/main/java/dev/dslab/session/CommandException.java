package dev.dslab.session;

/**
 * A request or command that failed with a message for the user, printed as it is (kubectl's
 * wording); an empty message means the reasons were printed already.
 */
public final class CommandException extends Exception {
  public CommandException(String message) {
    super(message);
  }
}
