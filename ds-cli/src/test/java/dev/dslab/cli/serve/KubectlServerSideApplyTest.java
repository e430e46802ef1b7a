package dev.dslab.cli.serve;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dslab.engine.Cluster;
import dev.dslab.engine.presets.Presets;
import dev.dslab.server.ApiEndpoint;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real kubectl's {@code apply --server-side} on {@code dsctl serve}: create, an unchanged
 * re-apply, an image update, the conflict with a client-side {@code kubectl set image} and {@code
 * --force-conflicts} taking the field over (the apiserver's applyPatcher and fieldmanager).
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class KubectlServerSideApplyTest {
  private static final String DS =
      """
      apiVersion: apps/v1
      kind: DaemonSet
      metadata:
        name: node-exporter
      spec:
        selector:
          matchLabels:
            app: node-exporter
        template:
          metadata:
            labels:
              app: node-exporter
          spec:
            containers:
            - name: node-exporter
              image: prom/node-exporter:%s
      """;

  private static final String IMAGE =
      "get ds node-exporter -o jsonpath={.spec.template.spec.containers[0].image}";

  @TempDir static Path dir;
  private static Path kubectl;
  private static ApiEndpoint endpoint;
  private static Path kubeconfig;

  @BeforeAll
  static void serve() throws Exception {
    kubectl = KubectlTest.kubectlOrSkip("real-kubectl server-side apply tests");
    Cluster cluster =
        Presets.create("kind", 1, Instant.ofEpochSecond(Instant.now().getEpochSecond()))
            .orElseThrow();
    kubeconfig = dir.resolve("kubeconfig");
    endpoint = ServedOverTls.start(cluster, kubeconfig);
    Files.writeString(dir.resolve("v1.yaml"), DS.formatted("v1.8.2"));
    Files.writeString(dir.resolve("v2.yaml"), DS.formatted("v1.9.0"));
    Files.writeString(dir.resolve("v3.yaml"), DS.formatted("v1.10.0"));
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

  @Test
  @Order(1)
  void applyServerSideCreatesTheObjectAndRecordsTheApplyManager() throws Exception {
    assertThat(kubectl("apply --server-side -f v1.yaml"))
        .isEqualTo("daemonset.apps/node-exporter serverside-applied\n");
    assertThat(kubectl(IMAGE)).isEqualTo("prom/node-exporter:v1.8.2");
    String yaml = kubectl("get ds node-exporter -o yaml --show-managed-fields");
    assertThat(yaml)
        .contains("  - apiVersion: apps/v1\n    fieldsType: FieldsV1\n")
        .contains("    manager: kubectl\n    operation: Apply\n")
        .contains("k:{\"name\":\"node-exporter\"}:\n")
        .contains("f:image: {}");
    assertThat(kubectl("get ds node-exporter -o yaml")).doesNotContain("managedFields");
  }

  @Test
  @Order(2)
  void reApplyingTheSameConfigurationChangesNothing() throws Exception {
    String before = kubectl("get ds node-exporter -o jsonpath={.metadata.generation}");
    assertThat(kubectl("apply --server-side -f v1.yaml"))
        .isEqualTo("daemonset.apps/node-exporter serverside-applied\n");
    assertThat(kubectl("get ds node-exporter -o jsonpath={.metadata.generation}"))
        .isEqualTo(before);
  }

  @Test
  @Order(3)
  void applyingANewImageUpdatesTheOwnedField() throws Exception {
    assertThat(kubectl("apply --server-side -f v2.yaml"))
        .isEqualTo("daemonset.apps/node-exporter serverside-applied\n");
    assertThat(kubectl(IMAGE)).isEqualTo("prom/node-exporter:v1.9.0");
  }

  @Test
  @Order(4)
  void serverDryRunChangesNothing() throws Exception {
    assertThat(kubectl("apply --server-side --dry-run=server -f v3.yaml"))
        .isEqualTo("daemonset.apps/node-exporter serverside-applied (server dry run)\n");
    assertThat(kubectl(IMAGE)).isEqualTo("prom/node-exporter:v1.9.0");
  }

  @Test
  @Order(5)
  void aClientSideSetImageOwnsTheImageAndTheNextApplyConflicts() throws Exception {
    assertThat(kubectl("set image daemonset/node-exporter node-exporter=prom/node-exporter:v2"))
        .isEqualTo("daemonset.apps/node-exporter image updated\n");
    assertThat(kubectl("apply --server-side -f v3.yaml"))
        .contains(
            "error: Apply failed with 1 conflict: conflict with \"kubectl-set\" using apps/v1:"
                + " .spec.template.spec.containers[name=\"node-exporter\"].image\n");
    assertThat(kubectl(IMAGE)).isEqualTo("prom/node-exporter:v2");
  }

  @Test
  @Order(6)
  void forceConflictsTakesTheFieldOver() throws Exception {
    assertThat(kubectl("apply --server-side --force-conflicts -f v3.yaml"))
        .isEqualTo("daemonset.apps/node-exporter serverside-applied\n");
    assertThat(kubectl(IMAGE)).isEqualTo("prom/node-exporter:v1.10.0");
    // the image is the applier's again: a second apply meets no conflict
    assertThat(kubectl("apply --server-side -f v2.yaml"))
        .isEqualTo("daemonset.apps/node-exporter serverside-applied\n");
    assertThat(kubectl(IMAGE)).isEqualTo("prom/node-exporter:v1.9.0");
  }

  @Test
  @Order(7)
  void movingFromClientSideApplyToServerSideMeetsNoConflictOnTheLastAppliedFields()
      throws Exception {
    // lastappliedmanager.go: kubectl's apply forces the fields its last-applied annotation still
    // holds; another manager's field would still conflict
    Files.writeString(
        dir.resolve("c1.yaml"), DS.formatted("v1.8.2").replaceFirst("node-exporter", "csa"));
    Files.writeString(
        dir.resolve("c2.yaml"), DS.formatted("v1.9.0").replaceFirst("node-exporter", "csa"));
    assertThat(kubectl("apply -f c1.yaml")).isEqualTo("daemonset.apps/csa created\n");
    assertThat(kubectl("set image daemonset/csa node-exporter=prom/node-exporter:v2"))
        .isEqualTo("daemonset.apps/csa image updated\n");
    assertThat(kubectl("apply --server-side -f c2.yaml"))
        .contains(
            "error: Apply failed with 1 conflict: conflict with \"kubectl-set\" using apps/v1:"
                + " .spec.template.spec.containers[name=\"node-exporter\"].image\n");
    assertThat(kubectl("set image daemonset/csa node-exporter=prom/node-exporter:v1.8.2"))
        .isEqualTo("daemonset.apps/csa image updated\n");
    // the live image is the last-applied one again: the conflict with kubectl-set is forgiven
    assertThat(kubectl("apply --server-side -f c2.yaml"))
        .isEqualTo("daemonset.apps/csa serverside-applied\n");
    assertThat(kubectl(IMAGE.replace("node-exporter", "csa")))
        .isEqualTo("prom/node-exporter:v1.9.0");
  }
}
