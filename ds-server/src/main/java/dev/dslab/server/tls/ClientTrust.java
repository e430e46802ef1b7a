package dev.dslab.server.tls;

import java.io.ByteArrayInputStream;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.Base64;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;
import javax.net.ssl.TrustManagerFactory;

/**
 * The client's side of the kubeconfig's {@code certificate-authority-data}: a TLS context that
 * trusts that CA and nothing else, as kubectl builds its transport from the same field (client-go's
 * transport.TLSConfigFor). For the JDK's own HTTP clients (the load bench, tests).
 */
public final class ClientTrust {
  private ClientTrust() {}

  /**
   * @param certificateAuthorityData the CA's PEM in base64, as in the kubeconfig
   */
  public static SSLContext trusting(String certificateAuthorityData) {
    try {
      byte[] pem = Base64.getDecoder().decode(certificateAuthorityData.trim());
      X509Certificate ca =
          (X509Certificate)
              CertificateFactory.getInstance("X.509")
                  .generateCertificate(new ByteArrayInputStream(pem));
      SSLContext context = SSLContext.getInstance("TLS");
      context.init(null, trustingOnly(ca), null);
      return context;
    } catch (GeneralSecurityException | IllegalArgumentException e) {
      throw new IllegalArgumentException(
          "certificate-authority-data is not a base64 PEM certificate: " + e.getMessage(), e);
    }
  }

  /** Trust managers that accept certificates signed by {@code ca} and by nothing else. */
  static TrustManager[] trustingOnly(X509Certificate ca) throws GeneralSecurityException {
    try {
      KeyStore store = KeyStore.getInstance("PKCS12");
      store.load(null, null);
      store.setCertificateEntry("ca", ca);
      TrustManagerFactory trust =
          TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
      trust.init(store);
      return trust.getTrustManagers();
    } catch (java.io.IOException e) {
      throw new GeneralSecurityException(e);
    }
  }

  /** The {@code certificate-authority-data} of a kubeconfig's first cluster. */
  public static String certificateAuthorityData(String kubeconfig) {
    Object clusters = dev.dslab.yaml.Trees.parse("kubeconfig", kubeconfig).get("clusters");
    if (clusters instanceof java.util.List<?> list
        && !list.isEmpty()
        && list.get(0) instanceof java.util.Map<?, ?> named
        && named.get("cluster") instanceof java.util.Map<?, ?> cluster
        && cluster.get("certificate-authority-data") instanceof String data) {
      return data;
    }
    throw new IllegalArgumentException("the kubeconfig has no certificate-authority-data");
  }
}
