package dev.dslab.server.tls;

import dev.dslab.session.AtomicFiles;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.util.Set;
import org.bouncycastle.asn1.pkcs.PrivateKeyInfo;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.openssl.PEMKeyPair;
import org.bouncycastle.openssl.PEMParser;
import org.bouncycastle.openssl.jcajce.JcaPEMKeyConverter;
import org.bouncycastle.openssl.jcajce.JcaPEMWriter;
import org.bouncycastle.openssl.jcajce.JcaPKCS8Generator;

/**
 * Certificates and private keys as PEM files, written whole (a crash leaves the old file or the new
 * one): a private key readable and writable by its owner only (0600), a certificate readable by all
 * (0644), as kubeadm leaves /etc/kubernetes/pki. Read back into the JDK's own key and certificate
 * classes, which its TLS engine takes.
 */
final class PemFiles {
  static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");
  static final Set<PosixFilePermission> READABLE = PosixFilePermissions.fromString("rw-r--r--");
  static final Set<PosixFilePermission> OWNER_ONLY_FOLDER =
      PosixFilePermissions.fromString("rwx------");

  private PemFiles() {}

  static String pem(Object certificateOrKey) throws IOException {
    StringWriter text = new StringWriter();
    try (JcaPEMWriter w = new JcaPEMWriter(text)) {
      w.writeObject(
          certificateOrKey instanceof PrivateKey key
              ? new JcaPKCS8Generator(key, null).generate()
              : certificateOrKey);
    }
    return text.toString();
  }

  static void writeCertificate(Path file, X509Certificate certificate) throws IOException {
    AtomicFiles.replace(file, pem(certificate));
    permit(file, READABLE);
  }

  /** The key's temporary file is made 0600 before a byte is written (AtomicFiles), then moved. */
  static void writeKey(Path file, PrivateKey key) throws IOException {
    AtomicFiles.replace(file, pem(key));
    permit(file, OWNER_ONLY);
  }

  /** A folder for keys: only its owner may list or enter it. */
  static void createFolder(Path folder) throws IOException {
    if (!Files.isDirectory(folder)) {
      Files.createDirectories(folder);
      permit(folder, OWNER_ONLY_FOLDER);
    }
  }

  /**
   * A key file that others may read (copied, or its mode changed) is made owner-only again before
   * it is used, as ssh refuses such keys rather than leaving them open.
   */
  static void keepOwnerOnly(Path key) throws IOException {
    if (posix(key) && !Files.getPosixFilePermissions(key).equals(OWNER_ONLY)) {
      Files.setPosixFilePermissions(key, OWNER_ONLY);
    }
  }

  static X509Certificate readCertificate(Path file) throws IOException {
    Object o = parse(file);
    if (!(o instanceof X509CertificateHolder holder)) {
      throw new IOException(file + ": not a PEM certificate (no CERTIFICATE block)");
    }
    try {
      return new JcaX509CertificateConverter().getCertificate(holder);
    } catch (GeneralSecurityException e) {
      throw new IOException(file + ": not a valid X.509 certificate: " + e.getMessage(), e);
    }
  }

  static PrivateKey readKey(Path file) throws IOException {
    Object o = parse(file);
    PrivateKeyInfo info =
        o instanceof PrivateKeyInfo k
            ? k
            : o instanceof PEMKeyPair pair ? pair.getPrivateKeyInfo() : null;
    if (info == null) {
      throw new IOException(file + ": not a PEM private key (no PRIVATE KEY block)");
    }
    // the JDK's key factory, not Bouncy Castle's: the JDK's TLS engine signs with the key
    return new JcaPEMKeyConverter().getPrivateKey(info);
  }

  private static Object parse(Path file) throws IOException {
    String text = Files.readString(file);
    try (PEMParser p = new PEMParser(new StringReader(text))) {
      return p.readObject();
    } catch (IOException | RuntimeException e) {
      throw new IOException(file + ": not readable as PEM: " + e.getMessage(), e);
    }
  }

  private static void permit(Path path, Set<PosixFilePermission> permissions) throws IOException {
    if (posix(path)) {
      Files.setPosixFilePermissions(path, permissions);
    }
  }

  private static boolean posix(Path path) {
    return path.getFileSystem().supportedFileAttributeViews().contains("posix");
  }
}
