package dev.dslab.server;

/**
 * A refusal before the engine is asked: malformed input, an oversized body. Answered as a Status
 * without details.
 */
final class BadRequest extends Exception {
  final int code;
  final String reason;

  BadRequest(int code, String reason, String message) {
    super(message);
    this.code = code;
    this.reason = reason;
  }

  /** The API server's plain 400 BadRequest. */
  static BadRequest of(String message) {
    return new BadRequest(400, "BadRequest", message);
  }
}
