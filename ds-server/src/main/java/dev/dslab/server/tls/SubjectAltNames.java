package dev.dslab.server.tls;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The names a serving certificate must hold for clients to verify it: 127.0.0.1, ::1 and localhost
 * always (what the kubeconfig and a user's browser name), plus the address served on when it is
 * another one. kubeadm's apiserver certificate lists its advertise address and the loopback names
 * the same way (cmd/kubeadm/app/phases/certs/certlist.go, GetAPIServerAltNames).
 *
 * @param ips IP addresses, textual ({@code 127.0.0.1}, {@code ::1})
 * @param dnsNames host names
 */
public record SubjectAltNames(List<String> ips, List<String> dnsNames) {
  public SubjectAltNames {
    ips = List.copyOf(ips);
    dnsNames = List.copyOf(dnsNames);
  }

  /** The loopback names, and {@code address} (an IP literal or a host name) when given. */
  public static SubjectAltNames forAddress(String address) {
    List<String> ips = new ArrayList<>(List.of("127.0.0.1", "::1"));
    List<String> dns = new ArrayList<>(List.of("localhost"));
    if (address != null && !address.isBlank()) {
      String a = stripBrackets(address.trim());
      if (isIpLiteral(a)) {
        if (!isWildcard(a) && !containsIp(ips, a)) {
          ips.add(a);
        }
      } else if (!dns.contains(a.toLowerCase(Locale.ROOT))) {
        dns.add(a.toLowerCase(Locale.ROOT));
      }
    }
    return new SubjectAltNames(ips, dns);
  }

  /** Whether every name here is among {@code held}'s (a certificate issued for them covers us). */
  public boolean coveredBy(SubjectAltNames held) {
    return ips.stream().allMatch(ip -> containsIp(held.ips, ip))
        && dnsNames.stream().allMatch(d -> held.dnsNames.contains(d.toLowerCase(Locale.ROOT)));
  }

  private static boolean containsIp(List<String> ips, String ip) {
    byte[] wanted = IpLiterals.bytes(ip);
    return ips.stream().anyMatch(i -> java.util.Arrays.equals(IpLiterals.bytes(i), wanted));
  }

  /** 0.0.0.0 and :: are no one's address: clients reach them as 127.0.0.1, already listed. */
  private static boolean isWildcard(String ip) {
    byte[] b = IpLiterals.bytes(ip);
    for (byte x : b) {
      if (x != 0) {
        return false;
      }
    }
    return true;
  }

  static boolean isIpLiteral(String a) {
    return IpLiterals.bytes(a) != null;
  }

  private static String stripBrackets(String a) {
    return a.startsWith("[") && a.endsWith("]") ? a.substring(1, a.length() - 1) : a;
  }
}
