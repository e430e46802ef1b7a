package dev.dslab.server;

import dev.dslab.session.AtomicFiles;
import dev.dslab.yaml.Trees;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The kubeconfig that points kubectl at the endpoint: one cluster, one user, one context, all
 * "dslab".
 */
public final class Kubeconfigs {
  static final String NAME = "dslab";

  private Kubeconfigs() {}

  public static String text(String server, String token) {
    return text(server, token, (Tls) null);
  }

  /**
   * A TLS server's credentials in a kubeconfig, each a PEM in base64, as kind and minikube write
   * them: clients verify the server against the CA with no insecure flag, and present the client
   * certificate (without a credential kubectl prompts for a user name on a TLS server).
   */
  public record Tls(
      String certificateAuthorityData, String clientCertificateData, String clientKeyData) {}

  /** With {@code tls} (null for plain HTTP) the cluster's CA and the user's certificate. */
  public static String text(String server, String token, Tls tls) {
    Map<String, Object> cluster = new LinkedHashMap<>();
    if (tls != null) {
      cluster.put("certificate-authority-data", tls.certificateAuthorityData());
    }
    cluster.put("server", server);
    Map<String, Object> user = new LinkedHashMap<>();
    if (tls != null) {
      user.put("client-certificate-data", tls.clientCertificateData());
      user.put("client-key-data", tls.clientKeyData());
    }
    if (token != null) {
      user.put("token", token);
    }
    Map<String, Object> context = new LinkedHashMap<>();
    context.put("cluster", NAME);
    context.put("user", NAME);
    context.put("namespace", "default");
    Map<String, Object> config = new LinkedHashMap<>();
    config.put("apiVersion", "v1");
    config.put("kind", "Config");
    config.put("clusters", List.of(Map.of("name", NAME, "cluster", cluster)));
    config.put("users", List.of(Map.of("name", NAME, "user", user)));
    config.put("contexts", List.of(Map.of("name", NAME, "context", context)));
    config.put("current-context", NAME);
    return Trees.yaml(config);
  }

  /** Written atomically, readable by its owner only (AtomicFiles' temporary file is 0600). */
  public static void write(Path file, String server, String token) throws IOException {
    write(file, server, token, (Tls) null);
  }

  /** The same with a TLS server's credentials (see {@link #text(String, String, Tls)}). */
  public static void write(Path file, String server, String token, Tls tls) throws IOException {
    Files.createDirectories(file.toAbsolutePath().getParent());
    AtomicFiles.replace(file, text(server, token, tls));
  }
}
