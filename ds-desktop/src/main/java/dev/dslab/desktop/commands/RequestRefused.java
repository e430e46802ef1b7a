package dev.dslab.desktop.commands;

/** A request the cluster refused, with what dsctl (that is, kubectl) printed about it. */
public final class RequestRefused extends Exception {
  public RequestRefused(String message) {
    super(message);
  }
}
