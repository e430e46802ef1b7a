package dev.dslab.server.tls;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The certificates of one state: made once as kubeadm makes a cluster's
 * (cmd/kubeadm/app/util/pkiutil/pki_helpers.go), reused, and made again only when they no longer
 * serve.
 */
class ServingCertificatesTest {
  private static final Instant NOW = Instant.parse("2026-06-01T12:00:00Z");
  private static final SubjectAltNames LOOPBACK = SubjectAltNames.forAddress("127.0.0.1");

  @TempDir Path dir;

  private Path folder() {
    return dir.resolve("state-tls");
  }

  private byte[] bytes(String file) throws IOException {
    return Files.readAllBytes(folder().resolve(file));
  }

  @Test
  void theFolderIsBesideTheStateFileNamedAfterIt() {
    assertThat(ServingCertificates.folderBeside(dir.resolve(".dsctl-state.yaml")))
        .isEqualTo(dir.resolve(".dsctl-state-tls"));
    assertThat(ServingCertificates.folderBeside(dir.resolve("dslab-kubeconfig.yaml")))
        .isEqualTo(dir.resolve("dslab-kubeconfig-tls"));
  }

  @Test
  void aFirstServeMakesACaAServingAndAClientCertificateThatChainToIt() throws Exception {
    ServingCertificates made = ServingCertificates.ensure(folder(), LOOPBACK, NOW);
    assertThat(made.made())
        .containsExactlyInAnyOrder(
            "ca.crt", "ca.key", "apiserver.crt", "apiserver.key", "client.crt", "client.key");
    X509Certificate ca = made.ca();
    assertThat(ca.getBasicConstraints()).isGreaterThanOrEqualTo(0); // CA:TRUE
    assertThat(ca.getSubjectX500Principal().getName()).isEqualTo("CN=dslab-ca");
    made.server().verify(ca.getPublicKey());
    made.client().verify(ca.getPublicKey());
    assertThat(made.server().getBasicConstraints()).isEqualTo(-1);
    // id-kp-serverAuth and id-kp-clientAuth
    assertThat(made.server().getExtendedKeyUsage()).containsExactly("1.3.6.1.5.5.7.3.1");
    assertThat(made.client().getExtendedKeyUsage()).containsExactly("1.3.6.1.5.5.7.3.2");
    assertThat(made.client().getSubjectX500Principal().getName())
        .isEqualTo("CN=dslab,O=system:masters");
    // kubeadm's validity: one year for the serving certificate, ten for the CA
    assertThat(made.server().getNotAfter().toInstant()).isEqualTo(NOW.plus(Duration.ofDays(365)));
    assertThat(ca.getNotAfter().toInstant()).isEqualTo(NOW.plus(Duration.ofDays(3650)));
    assertThat(made.server().getNotBefore().toInstant()).isBefore(NOW);
  }

  @Test
  void theServingCertificateNamesLoopbackAndTheAddressServedOn() throws Exception {
    ServingCertificates made =
        ServingCertificates.ensure(folder(), SubjectAltNames.forAddress("192.0.2.7"), NOW);
    assertThat(SubjectAltNamesOf.certificate(made.server()))
        .isEqualTo(
            new SubjectAltNames(
                List.of("127.0.0.1", "0:0:0:0:0:0:0:1", "192.0.2.7"), List.of("localhost")));
    assertThat(SubjectAltNames.forAddress("0.0.0.0")).isEqualTo(LOOPBACK);
    assertThat(SubjectAltNames.forAddress("[::1]")).isEqualTo(LOOPBACK);
    assertThat(SubjectAltNames.forAddress("LAB.example").dnsNames())
        .containsExactly("localhost", "lab.example");
  }

  @Test
  void privateKeysAreReadableByTheirOwnerOnlyAndTheFolderToo() throws Exception {
    ServingCertificates.ensure(folder(), LOOPBACK, NOW);
    org.junit.jupiter.api.Assumptions.assumeTrue(
        Files.getFileStore(folder()).supportsFileAttributeView("posix"), "POSIX modes");
    for (String key : ServingCertificates.KEYS) {
      assertThat(
              PosixFilePermissions.toString(Files.getPosixFilePermissions(folder().resolve(key))))
          .as(key)
          .isEqualTo("rw-------");
    }
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(folder())))
        .isEqualTo("rwx------");
    assertThat(
            PosixFilePermissions.toString(
                Files.getPosixFilePermissions(folder().resolve("apiserver.crt"))))
        .isEqualTo("rw-r--r--");
  }

  @Test
  void aKeyOpenedToOthersIsMadeOwnerOnlyAgainBeforeUse() throws Exception {
    ServingCertificates.ensure(folder(), LOOPBACK, NOW);
    org.junit.jupiter.api.Assumptions.assumeTrue(
        Files.getFileStore(folder()).supportsFileAttributeView("posix"), "POSIX modes");
    Path key = folder().resolve("apiserver.key");
    Files.setPosixFilePermissions(key, PosixFilePermissions.fromString("rw-r--r--"));
    ServingCertificates.ensure(folder(), LOOPBACK, NOW);
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(key)))
        .isEqualTo("rw-------");
  }

  @Test
  void theNextServeReusesEveryFileAsItIs() throws Exception {
    ServingCertificates.ensure(folder(), LOOPBACK, NOW);
    byte[] ca = bytes("ca.crt");
    byte[] server = bytes("apiserver.crt");
    byte[] key = bytes("apiserver.key");
    ServingCertificates again =
        ServingCertificates.ensure(folder(), LOOPBACK, NOW.plus(Duration.ofDays(100)));
    assertThat(again.made()).isEmpty();
    assertThat(bytes("ca.crt")).isEqualTo(ca);
    assertThat(bytes("apiserver.crt")).isEqualTo(server);
    assertThat(bytes("apiserver.key")).isEqualTo(key);
  }

  @Test
  void aServingCertificateAboutToExpireIsMadeAgainUnderTheSameCa() throws Exception {
    ServingCertificates first = ServingCertificates.ensure(folder(), LOOPBACK, NOW);
    byte[] ca = bytes("ca.crt");
    // within a day of its end: made again, and the CA (ten years) stays, so kubeconfigs still work
    ServingCertificates later =
        ServingCertificates.ensure(
            folder(), LOOPBACK, NOW.plus(Duration.ofDays(364)).plusSeconds(1));
    assertThat(later.made())
        .containsExactlyInAnyOrder("apiserver.crt", "apiserver.key", "client.crt", "client.key");
    assertThat(bytes("ca.crt")).isEqualTo(ca);
    assertThat(later.server().getSerialNumber()).isNotEqualTo(first.server().getSerialNumber());
    later.server().verify(first.ca().getPublicKey());
  }

  @Test
  void anExpiredCaIsMadeAgainWithEverythingItSigned() throws Exception {
    ServingCertificates.ensure(folder(), LOOPBACK, NOW);
    ServingCertificates later =
        ServingCertificates.ensure(folder(), LOOPBACK, NOW.plus(Duration.ofDays(3651)));
    assertThat(later.made()).hasSize(6);
  }

  @Test
  void aMissingFileIsMadeAgainAndACaWhoseKeyIsGoneTakesItsCertificatesWithIt() throws Exception {
    ServingCertificates.ensure(folder(), LOOPBACK, NOW);
    Files.delete(folder().resolve("apiserver.key"));
    assertThat(ServingCertificates.ensure(folder(), LOOPBACK, NOW).made())
        .containsExactlyInAnyOrder("apiserver.crt", "apiserver.key");
    Files.delete(folder().resolve("ca.key"));
    assertThat(ServingCertificates.ensure(folder(), LOOPBACK, NOW).made()).hasSize(6);
  }

  @Test
  void anotherAddressGetsANewServingCertificateOnly() throws Exception {
    ServingCertificates.ensure(folder(), LOOPBACK, NOW);
    ServingCertificates other =
        ServingCertificates.ensure(folder(), SubjectAltNames.forAddress("192.0.2.7"), NOW);
    assertThat(other.made()).containsExactlyInAnyOrder("apiserver.crt", "apiserver.key");
    // and loopback alone is covered by that certificate: nothing new
    assertThat(ServingCertificates.ensure(folder(), LOOPBACK, NOW).made()).isEmpty();
  }

  @Test
  void aKeyThatIsNotTheCertificatesOwnIsReplaced() throws Exception {
    ServingCertificates.ensure(folder(), LOOPBACK, NOW);
    Files.copy(
        folder().resolve("client.key"),
        folder().resolve("apiserver.key"),
        java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    assertThat(ServingCertificates.ensure(folder(), LOOPBACK, NOW).made())
        .containsExactlyInAnyOrder("apiserver.crt", "apiserver.key");
  }

  @Test
  void aFileThatIsNotPemIsNamedAndNeverOverwritten() throws Exception {
    ServingCertificates.ensure(folder(), LOOPBACK, NOW);
    Files.writeString(folder().resolve("apiserver.crt"), "garbage\n");
    assertThatThrownBy(() -> ServingCertificates.ensure(folder(), LOOPBACK, NOW))
        .isInstanceOf(IOException.class)
        .hasMessage(
            folder().resolve("apiserver.crt") + ": not a PEM certificate (no CERTIFICATE block)");
    assertThat(Files.readString(folder().resolve("apiserver.crt"))).isEqualTo("garbage\n");
    Files.writeString(folder().resolve("apiserver.crt"), "");
    Files.copy(
        folder().resolve("ca.crt"),
        folder().resolve("ca.key"),
        java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    assertThatThrownBy(() -> ServingCertificates.ensure(folder(), LOOPBACK, NOW))
        .hasMessage(folder().resolve("ca.key") + ": not a PEM private key (no PRIVATE KEY block)");
  }

  @Test
  void theKubeconfigDataIsEachPemInBase64() throws Exception {
    ServingCertificates made = ServingCertificates.ensure(folder(), LOOPBACK, NOW);
    String ca =
        new String(
            java.util.Base64.getDecoder().decode(made.kubeconfigData().certificateAuthorityData()),
            java.nio.charset.StandardCharsets.US_ASCII);
    assertThat(ca).isEqualTo(Files.readString(folder().resolve("ca.crt")));
    String key =
        new String(
            java.util.Base64.getDecoder().decode(made.kubeconfigData().clientKeyData()),
            java.nio.charset.StandardCharsets.US_ASCII);
    assertThat(key).startsWith("-----BEGIN PRIVATE KEY-----");
  }
}
