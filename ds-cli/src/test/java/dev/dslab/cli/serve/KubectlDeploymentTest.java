package dev.dslab.cli.serve;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dslab.cli.InProcessDsctl;
import dev.dslab.engine.Cluster;
import dev.dslab.engine.presets.Presets;
import dev.dslab.server.ApiEndpoint;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real kubectl drives a Deployment on {@code dsctl serve}: apply, get (the server's Table),
 * scale (the scale subresource) and rollout status print what dsctl prints.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class KubectlDeploymentTest {
  private static final String WEB =
      """
      apiVersion: apps/v1
      kind: Deployment
      metadata:
        name: web
      spec:
        replicas: 3
        selector:
          matchLabels:
            app: web
        template:
          metadata:
            labels:
              app: web
          spec:
            containers:
            - name: nginx
              image: nginx:1.27
      """;

  @TempDir static Path dir;
  private static Path kubectl;
  private static ApiEndpoint endpoint;
  private static InProcessDsctl dsctl;
  private static Path kubeconfig;

  @BeforeAll
  static void serve() throws Exception {
    kubectl = KubectlTest.kubectlOrSkip("real-kubectl Deployment tests");
    Cluster cluster =
        Presets.create("kind", 1, Instant.ofEpochSecond(Instant.now().getEpochSecond()))
            .orElseThrow();
    kubeconfig = dir.resolve("kubeconfig");
    endpoint = ServedOverTls.start(cluster, kubeconfig);
    dsctl = new InProcessDsctl(cluster, 1);
    Files.writeString(dir.resolve("web.yaml"), WEB);
  }

  @AfterAll
  static void stop() {
    if (endpoint != null) {
      endpoint.close();
    }
  }

  private static String kubectl(String line) throws Exception {
    return KubectlTest.run(kubectl, kubeconfig, dir, line);
  }

  private static String dsctl(String line) throws Exception {
    InProcessDsctl.Result r = endpoint.engine().call(c -> dsctl.run(line.split(" ")));
    return r.err().isEmpty() ? r.out() : r.out() + "--- stderr\n" + r.err();
  }

  private static void sameAsDsctl(String line) throws Exception {
    assertThat(kubectl(line)).as("kubectl " + line).isEqualTo(dsctl(line));
  }

  @Test
  @Order(1)
  void applyCreatesTheDeploymentAndGetPrintsWhatDsctlPrints() throws Exception {
    assertThat(kubectl("apply -f web.yaml")).isEqualTo("deployment.apps/web created\n");
    dsctl("sim settle");
    for (String line :
        List.of(
            "get deploy",
            "get deployments -o wide",
            "get rs",
            "get rs -o wide",
            "get pods -l app=web",
            "get deploy web -o yaml",
            "rollout status deployment/web")) {
      sameAsDsctl(line);
    }
    assertThat(kubectl("rollout status deployment/web"))
        .isEqualTo("deployment \"web\" successfully rolled out\n");
  }

  @Test
  @Order(2)
  void scaleGoesThroughTheScaleSubresource() throws Exception {
    assertThat(kubectl("scale deployment/web --replicas=5"))
        .isEqualTo("deployment.apps/web scaled\n");
    dsctl("sim settle");
    assertThat(kubectl("get deploy web")).contains("web    5/5     5            5");
    sameAsDsctl("get rs -o wide");
  }
}
