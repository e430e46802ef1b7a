package dev.dslab.server.tls;

import java.security.cert.CertificateParsingException;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;

/** The subject alternative names a certificate holds (GeneralName 2: DNS, 7: IP address). */
final class SubjectAltNamesOf {
  private static final int DNS = 2;
  private static final int IP = 7;

  private SubjectAltNamesOf() {}

  static SubjectAltNames certificate(X509Certificate certificate) {
    List<String> ips = new ArrayList<>();
    List<String> dns = new ArrayList<>();
    try {
      Collection<List<?>> names = certificate.getSubjectAlternativeNames();
      if (names != null) {
        for (List<?> name : names) {
          int type = (Integer) name.get(0);
          if (type == IP) {
            ips.add((String) name.get(1));
          } else if (type == DNS) {
            dns.add(((String) name.get(1)).toLowerCase(Locale.ROOT));
          }
        }
      }
    } catch (CertificateParsingException e) {
      // no readable names: covers nothing, and a new certificate is made
    }
    return new SubjectAltNames(ips, dns);
  }
}
