package dev.dslab.cli.serve;

import dev.dslab.engine.Cluster;
import dev.dslab.server.ApiEndpoint;
import dev.dslab.server.Kubeconfigs;
import dev.dslab.server.tls.ServingCertificates;
import dev.dslab.server.tls.SubjectAltNames;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.time.Instant;

/**
 * A cluster served as {@code dsctl serve} serves it by default: over TLS on loopback, with the
 * certificates kept beside the kubeconfig and the kubeconfig carrying the CA and the user's client
 * certificate. The real-kubectl tests drive it through that kubeconfig, exactly as written. The
 * served clock stands still (speed 0): the tests move it.
 */
final class ServedOverTls {
  private ServedOverTls() {}

  static ApiEndpoint start(Cluster cluster, Path kubeconfig) throws IOException {
    return start(cluster, kubeconfig, null);
  }

  /** With a bearer token every request must carry (written to the kubeconfig). */
  static ApiEndpoint start(Cluster cluster, Path kubeconfig, String token) throws IOException {
    ServingCertificates certificates =
        ServingCertificates.ensure(
            ServingCertificates.folderBeside(kubeconfig),
            SubjectAltNames.forAddress("127.0.0.1"),
            Instant.now());
    ApiEndpoint endpoint =
        ApiEndpoint.start(
            cluster, new InetSocketAddress("127.0.0.1", 0), 0, token, certificates.sslContext());
    Kubeconfigs.write(kubeconfig, endpoint.loopbackUrl(), token, certificates.kubeconfigData());
    return endpoint;
  }
}
