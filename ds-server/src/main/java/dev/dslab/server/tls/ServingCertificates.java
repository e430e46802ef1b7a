package dev.dslab.server.tls;

import dev.dslab.server.Kubeconfigs;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;

/**
 * The TLS files of one state, in a folder of their own: {@code ca.crt}/{@code ca.key} (the
 * cluster's certificate authority, which the kubeconfig carries), {@code apiserver.crt}/{@code
 * apiserver.key} (what the endpoint presents; kubeadm's names) and {@code client.crt}/{@code
 * client.key} (the user's client certificate, embedded in the kubeconfig as kind embeds its own:
 * kubectl asks for a user name and password on a TLS server when its user has no credential,
 * client-go's clientcmd getUserIdentificationPartialConfig). Made once and reused by every later
 * serve of the same state, so a kubeconfig written before keeps working; made again only when
 * missing, not matching their keys or their CA, expired or about to expire, and (the serving
 * certificate) when it does not name the address now served on.
 *
 * @param folder where the files are
 * @param ca the certificate authority
 * @param server the serving certificate, signed by {@code ca}
 * @param serverKey its private key
 * @param client the user's client certificate, signed by {@code ca}
 * @param clientKey its private key
 * @param made the files written this time (empty when all were reused)
 */
public record ServingCertificates(
    Path folder,
    X509Certificate ca,
    X509Certificate server,
    PrivateKey serverKey,
    X509Certificate client,
    PrivateKey clientKey,
    List<String> made) {
  public static final String CA_CERTIFICATE = "ca.crt";
  public static final String CA_KEY = "ca.key";
  public static final String SERVER_CERTIFICATE = "apiserver.crt";
  public static final String SERVER_KEY = "apiserver.key";
  public static final String CLIENT_CERTIFICATE = "client.crt";
  public static final String CLIENT_KEY = "client.key";

  /** The private keys: readable and writable by their owner only. */
  public static final List<String> KEYS = List.of(CA_KEY, SERVER_KEY, CLIENT_KEY);

  /**
   * A certificate that ends within a day is made again: a serve started now should not outlive it.
   */
  static final Duration RENEW_BEFORE = Duration.ofDays(1);

  public ServingCertificates {
    made = List.copyOf(made);
  }

  /**
   * The folder of {@code file}'s certificates, beside it: {@code .dsctl-state.yaml} keeps them in
   * {@code .dsctl-state-tls/}.
   */
  public static Path folderBeside(Path file) {
    Path absolute = file.toAbsolutePath();
    String name = absolute.getFileName().toString().replaceFirst("\\.(ya?ml|json)$", "");
    return absolute.resolveSibling(name + "-tls");
  }

  /**
   * The certificates in {@code folder}, reused when they are good for {@code names} at {@code now}
   * and made (again) otherwise.
   *
   * @throws IOException when a file cannot be read or written; a file that is there but is not PEM
   *     of the kind its name says is reported, never overwritten
   */
  public static ServingCertificates ensure(Path folder, SubjectAltNames names, Instant now)
      throws IOException {
    PemFiles.createFolder(folder);
    List<String> made = new ArrayList<>();
    SecureRandom random = new SecureRandom();
    try {
      Certificates.Issued ca = usable(folder, CA_CERTIFICATE, CA_KEY, now);
      if (ca == null) {
        ca = Certificates.newAuthority(now, random);
        write(folder, CA_CERTIFICATE, CA_KEY, ca, made);
      }
      Certificates.Issued server = usable(folder, SERVER_CERTIFICATE, SERVER_KEY, now);
      if (server == null
          || !signedBy(server.certificate(), ca.certificate())
          || !names.coveredBy(SubjectAltNamesOf.certificate(server.certificate()))) {
        write(
            folder,
            SERVER_CERTIFICATE,
            SERVER_KEY,
            Certificates.newServer(ca, names, now, random),
            made);
      }
      Certificates.Issued client = usable(folder, CLIENT_CERTIFICATE, CLIENT_KEY, now);
      if (client == null || !signedBy(client.certificate(), ca.certificate())) {
        write(
            folder, CLIENT_CERTIFICATE, CLIENT_KEY, Certificates.newClient(ca, now, random), made);
      }
    } catch (GeneralSecurityException e) {
      throw new IOException("the serving certificates could not be made: " + e.getMessage(), e);
    }
    for (String key : KEYS) {
      PemFiles.keepOwnerOnly(folder.resolve(key));
    }
    // always served from what is on disk, in the JDK's key classes
    return new ServingCertificates(
        folder,
        PemFiles.readCertificate(folder.resolve(CA_CERTIFICATE)),
        PemFiles.readCertificate(folder.resolve(SERVER_CERTIFICATE)),
        PemFiles.readKey(folder.resolve(SERVER_KEY)),
        PemFiles.readCertificate(folder.resolve(CLIENT_CERTIFICATE)),
        PemFiles.readKey(folder.resolve(CLIENT_KEY)),
        made);
  }

  /**
   * What the kubeconfig carries, each PEM in base64: {@code certificate-authority-data}, {@code
   * client-certificate-data} and {@code client-key-data}.
   */
  public Kubeconfigs.Tls kubeconfigData() {
    return new Kubeconfigs.Tls(base64Pem(ca), base64Pem(client), base64Pem(clientKey));
  }

  /**
   * A TLS context presenting the serving certificate and the CA above it (the chain a client
   * verifies up to the CA it was given), trusting client certificates of that CA only.
   */
  public SSLContext sslContext() {
    try {
      char[] none = new char[0];
      KeyStore own = KeyStore.getInstance("PKCS12");
      own.load(null, none);
      own.setKeyEntry("apiserver", serverKey, none, new Certificate[] {server, ca});
      KeyManagerFactory keys =
          KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
      keys.init(own, none);
      SSLContext context = SSLContext.getInstance("TLS");
      context.init(keys.getKeyManagers(), ClientTrust.trustingOnly(ca), null);
      return context;
    } catch (GeneralSecurityException | IOException e) {
      throw new IllegalStateException("the TLS context could not be made: " + e.getMessage(), e);
    }
  }

  private static void write(
      Path folder, String certificate, String key, Certificates.Issued issued, List<String> made)
      throws IOException {
    PemFiles.writeKey(folder.resolve(key), issued.key());
    PemFiles.writeCertificate(folder.resolve(certificate), issued.certificate());
    made.addAll(List.of(certificate, key));
  }

  private static String base64Pem(Object certificateOrKey) {
    try {
      return Base64.getEncoder()
          .encodeToString(PemFiles.pem(certificateOrKey).getBytes(StandardCharsets.US_ASCII));
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * The pair when both files are there, match, and stay valid past the renewal margin; else null.
   */
  private static Certificates.Issued usable(
      Path folder, String certificate, String key, Instant now) throws IOException {
    Path certFile = folder.resolve(certificate);
    Path keyFile = folder.resolve(key);
    if (!Files.exists(certFile) || !Files.exists(keyFile)) {
      return null;
    }
    X509Certificate held = PemFiles.readCertificate(certFile);
    PrivateKey heldKey = PemFiles.readKey(keyFile);
    boolean current =
        !now.isBefore(held.getNotBefore().toInstant())
            && now.plus(RENEW_BEFORE).isBefore(held.getNotAfter().toInstant());
    return current && Certificates.pairs(heldKey, held)
        ? new Certificates.Issued(held, heldKey)
        : null;
  }

  private static boolean signedBy(X509Certificate certificate, X509Certificate ca) {
    try {
      certificate.verify(ca.getPublicKey());
      return certificate.getIssuerX500Principal().equals(ca.getSubjectX500Principal());
    } catch (GeneralSecurityException e) {
      return false;
    }
  }
}
