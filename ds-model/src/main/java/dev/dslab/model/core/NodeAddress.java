package dev.dslab.model.core;

/** A node address: InternalIP, ExternalIP or Hostname. */
public record NodeAddress(String type, String address) {
  public static final String INTERNAL_IP = "InternalIP";
  public static final String EXTERNAL_IP = "ExternalIP";
  public static final String HOSTNAME = "Hostname";
}
