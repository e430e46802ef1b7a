package dev.dslab.server.tls;

import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.Provider;
import java.security.SecureRandom;
import java.security.Signature;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.CertIOException;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509ExtensionUtils;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.jce.provider.BouncyCastleProvider;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * A certificate authority and the API server's serving certificate, made with Bouncy Castle as
 * kubeadm makes a cluster's (cmd/kubeadm/app/util/pkiutil/pki_helpers.go, NewCertificateAuthority
 * and NewCertAndKey): the CA is a self-signed CA:TRUE certificate that may sign certificates, the
 * serving certificate is signed by it for server authentication with the names clients dial as
 * subject alternative names. Keys are ECDSA P-256 (kubeadm's {@code encryptionAlgorithm:
 * ECDSA-P256}): quick to make, and every client verifies them.
 */
final class Certificates {
  /** kubeadm's CACertificateValidityPeriod (cmd/kubeadm/app/constants/constants.go): 10 years. */
  static final Duration CA_VALIDITY = Duration.ofDays(3650);

  /** kubeadm's CertificateValidityPeriod: one year. */
  static final Duration SERVER_VALIDITY = Duration.ofDays(365);

  /** Valid from a little before now, so a client whose clock lags by minutes still accepts it. */
  static final Duration BACKDATE = Duration.ofMinutes(5);

  static final String CA_COMMON_NAME = "dslab-ca";
  static final String SERVER_COMMON_NAME = "dslab-apiserver";
  static final String CLIENT_COMMON_NAME = "dslab";
  static final String CLIENT_GROUP = "system:masters";
  private static final String SIGNATURE = "SHA256withECDSA";

  /** Not registered with the JDK: used here by reference only, so nothing else changes provider. */
  private static final Provider BC = new BouncyCastleProvider();

  private Certificates() {}

  /** A certificate and the key pair whose public half it certifies. */
  record Issued(X509Certificate certificate, PrivateKey key) {}

  static Issued newAuthority(Instant now, SecureRandom random) throws GeneralSecurityException {
    KeyPair keys = newKeyPair(random);
    X500Name subject = new X500Name("CN=" + CA_COMMON_NAME);
    try {
      JcaX509ExtensionUtils ext = new JcaX509ExtensionUtils();
      X509v3CertificateBuilder b =
          builder(subject, subject, keys, now, CA_VALIDITY, random)
              .addExtension(Extension.basicConstraints, true, new BasicConstraints(true))
              .addExtension(
                  Extension.keyUsage,
                  true,
                  new KeyUsage(KeyUsage.keyCertSign | KeyUsage.cRLSign | KeyUsage.digitalSignature))
              .addExtension(
                  Extension.subjectKeyIdentifier,
                  false,
                  ext.createSubjectKeyIdentifier(keys.getPublic()));
      return new Issued(sign(b, keys.getPrivate()), keys.getPrivate());
    } catch (CertIOException e) {
      throw new GeneralSecurityException(e);
    }
  }

  /**
   * The user's client certificate, as kubeadm's admin.conf and kind's kubeconfig carry one: its
   * common name is the user, its organization the group ({@code system:masters}).
   */
  static Issued newClient(Issued ca, Instant now, SecureRandom random)
      throws GeneralSecurityException {
    return newLeaf(
        ca,
        new X500Name("O=" + CLIENT_GROUP + ",CN=" + CLIENT_COMMON_NAME),
        KeyPurposeId.id_kp_clientAuth,
        null,
        now,
        random);
  }

  /** The serving certificate, for the names clients dial. */
  static Issued newServer(Issued ca, SubjectAltNames names, Instant now, SecureRandom random)
      throws GeneralSecurityException {
    List<GeneralName> alt = new ArrayList<>();
    names.dnsNames().forEach(d -> alt.add(new GeneralName(GeneralName.dNSName, d)));
    names.ips().forEach(ip -> alt.add(new GeneralName(GeneralName.iPAddress, ip)));
    return newLeaf(
        ca,
        new X500Name("CN=" + SERVER_COMMON_NAME),
        KeyPurposeId.id_kp_serverAuth,
        new GeneralNames(alt.toArray(GeneralName[]::new)),
        now,
        random);
  }

  /**
   * A CA:FALSE certificate signed by {@code ca} for one purpose (server or client authentication),
   * valid for {@link #SERVER_VALIDITY}, with subject alternative names when given.
   */
  private static Issued newLeaf(
      Issued ca,
      X500Name subject,
      KeyPurposeId purpose,
      GeneralNames alternativeNames,
      Instant now,
      SecureRandom random)
      throws GeneralSecurityException {
    KeyPair keys = newKeyPair(random);
    try {
      JcaX509ExtensionUtils ext = new JcaX509ExtensionUtils();
      X509v3CertificateBuilder b =
          builder(
                  X500Name.getInstance(ca.certificate().getSubjectX500Principal().getEncoded()),
                  subject,
                  keys,
                  now,
                  SERVER_VALIDITY,
                  random)
              .addExtension(Extension.basicConstraints, true, new BasicConstraints(false))
              .addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.digitalSignature))
              .addExtension(Extension.extendedKeyUsage, false, new ExtendedKeyUsage(purpose))
              .addExtension(
                  Extension.authorityKeyIdentifier,
                  false,
                  ext.createAuthorityKeyIdentifier(ca.certificate()))
              .addExtension(
                  Extension.subjectKeyIdentifier,
                  false,
                  ext.createSubjectKeyIdentifier(keys.getPublic()));
      if (alternativeNames != null) {
        b.addExtension(Extension.subjectAlternativeName, false, alternativeNames);
      }
      return new Issued(sign(b, ca.key()), keys.getPrivate());
    } catch (CertIOException e) {
      throw new GeneralSecurityException(e);
    }
  }

  /** Whether {@code key} is the private half of the key {@code certificate} certifies. */
  static boolean pairs(PrivateKey key, X509Certificate certificate) {
    try {
      byte[] probe = "dslab".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
      Signature s = Signature.getInstance(SIGNATURE, BC);
      s.initSign(key);
      s.update(probe);
      byte[] signature = s.sign();
      Signature v = Signature.getInstance(SIGNATURE, BC);
      v.initVerify(certificate.getPublicKey());
      v.update(probe);
      return v.verify(signature);
    } catch (GeneralSecurityException | RuntimeException e) {
      return false;
    }
  }

  private static KeyPair newKeyPair(SecureRandom random) throws GeneralSecurityException {
    KeyPairGenerator g = KeyPairGenerator.getInstance("EC", BC);
    g.initialize(new ECGenParameterSpec("secp256r1"), random);
    return g.generateKeyPair();
  }

  private static X509v3CertificateBuilder builder(
      X500Name issuer,
      X500Name subject,
      KeyPair keys,
      Instant now,
      Duration validity,
      SecureRandom random) {
    // a positive random serial of 127 bits, as RFC 5280 asks (unique per issuer, at most 20 bytes)
    BigInteger serial = new BigInteger(127, random).add(BigInteger.ONE);
    return new JcaX509v3CertificateBuilder(
        issuer,
        serial,
        Date.from(now.minus(BACKDATE)),
        Date.from(now.plus(validity)),
        subject,
        keys.getPublic());
  }

  private static X509Certificate sign(X509v3CertificateBuilder b, PrivateKey signer)
      throws GeneralSecurityException {
    try {
      return new JcaX509CertificateConverter()
          .getCertificate(
              b.build(new JcaContentSignerBuilder(SIGNATURE).setProvider(BC).build(signer)));
    } catch (OperatorCreationException e) {
      throw new GeneralSecurityException(e);
    }
  }
}
