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
    Map<String, Object> cluster = new LinkedHashMap<>();
    cluster.put("server", server);
    Map<String, Object> user = new LinkedHashMap<>();
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

  /** Written atomically, readable by its owner only when it holds a token. */
  public static void write(Path file, String server, String token) throws IOException {
    Files.createDirectories(file.toAbsolutePath().getParent());
    AtomicFiles.replace(file, text(server, token));
  }
}
