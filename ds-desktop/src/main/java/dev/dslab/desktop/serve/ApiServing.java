package dev.dslab.desktop.serve;

import dev.dslab.engine.Cluster;
import dev.dslab.server.ApiEndpoint;
import dev.dslab.server.EngineLoop;
import dev.dslab.server.Kubeconfigs;
import dev.dslab.server.tls.ServingCertificates;
import dev.dslab.server.tls.SubjectAltNames;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.util.concurrent.Executor;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;

/**
 * View > Serve API at the edge: the window's cluster over the Kubernetes API on loopback, as {@code
 * dsctl serve} serves it (TLS, the certificates kept beside the kubeconfig in {@code
 * dslab-kubeconfig-tls/}), and the kubeconfig that points kubectl at it. Requests run on the
 * engine's thread the window gives (the FX thread, between frames; the window's clock keeps the
 * time).
 */
public final class ApiServing implements AutoCloseable {
  private final ReadOnlyBooleanWrapper serving = new ReadOnlyBooleanWrapper(false);
  private ApiEndpoint endpoint;

  /**
   * Serves {@code cluster} and writes {@code kubeconfig}; every client write is told to {@code
   * writes}.
   *
   * @return the address kubectl reaches
   */
  public String start(
      Cluster cluster, Executor engineThread, Path kubeconfig, ApiEndpoint.WriteListener writes)
      throws IOException {
    if (endpoint != null) {
      throw new IllegalStateException("already serving on port " + endpoint.port());
    }
    // TLS as dsctl serve: the CA and certificate made once, kept beside the kubeconfig
    ServingCertificates certificates =
        ServingCertificates.ensure(
            ServingCertificates.folderBeside(kubeconfig),
            SubjectAltNames.forAddress("127.0.0.1"),
            java.time.Instant.now());
    ApiEndpoint started =
        ApiEndpoint.start(
            cluster,
            new InetSocketAddress("127.0.0.1", 0),
            new EngineLoop(cluster, engineThread),
            null,
            writes,
            certificates.sslContext());
    String server = started.loopbackUrl();
    try {
      Kubeconfigs.write(kubeconfig, server, null, certificates.kubeconfigData());
    } catch (IOException e) {
      started.close();
      throw e;
    }
    endpoint = started;
    serving.set(true);
    return server;
  }

  /** Stops serving; clients no longer reach the window. */
  @Override
  public void close() {
    if (endpoint != null) {
      endpoint.close();
      endpoint = null;
      serving.set(false);
    }
  }

  public boolean isServing() {
    return endpoint != null;
  }

  /** The port the API is served on, or -1. */
  public int port() {
    return endpoint == null ? -1 : endpoint.port();
  }

  public ReadOnlyBooleanProperty servingProperty() {
    return serving.getReadOnlyProperty();
  }
}
