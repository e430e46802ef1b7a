package dev.dslab.server.tls;

import java.net.InetAddress;
import java.net.UnknownHostException;

/** IP literals to bytes, without ever resolving a host name. */
final class IpLiterals {
  private IpLiterals() {}

  /** The address's bytes, or null when {@code text} is not an IPv4 or IPv6 literal. */
  static byte[] bytes(String text) {
    boolean v4 =
        text.matches("\\d{1,3}(\\.\\d{1,3}){3}")
            && java.util.Arrays.stream(text.split("\\.")).allMatch(o -> Integer.parseInt(o) < 256);
    // with a colon InetAddress takes the text as an IPv6 literal only: never a lookup
    boolean v6 = text.contains(":");
    if (!v4 && !v6) {
      return null;
    }
    try {
      // a literal: InetAddress parses it without a lookup
      return InetAddress.getByName(text).getAddress();
    } catch (UnknownHostException e) {
      return null;
    }
  }
}
