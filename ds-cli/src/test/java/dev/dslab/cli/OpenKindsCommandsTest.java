package dev.dslab.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The kinds the simulation keeps as sent, through dsctl: apply, get, delete by file and name. */
class OpenKindsCommandsTest {
  @TempDir Path dir;

  @BeforeEach
  void installManifest() {
    ShellRun.write(
        dir,
        "install.yaml",
        InstallManifest.KEPT_KINDS
            + """
        apiVersion: apps/v1
        kind: Deployment
        metadata:
          name: web
        spec:
          replicas: 2
          selector:
            matchLabels:
              app: web
          template:
            metadata:
              labels:
                app: web
            spec:
              containers:
              - name: web
                image: nginx:1.27
        """);
  }

  @Test
  void applyCreatesEveryKindOfARealInstallManifest() {
    ShellRun r = ShellRun.run(dir, "apply -f install.yaml\n");
    assertThat(r.err()).isEmpty();
    assertThat(r.out())
        .isEqualTo(
            "serviceaccount/agent created\n"
                + "clusterrole.rbac.authorization.k8s.io/agent created\n"
                + "configmap/agent-config created\n"
                + "deployment.apps/web created\n");
  }

  @Test
  void applyingAgainLeavesThemUnchangedAndCreateSaysTheyExist() {
    ShellRun r = ShellRun.run(dir, "apply -f install.yaml\napply -f install.yaml\n");
    assertThat(r.out())
        .endsWith(
            "serviceaccount/agent unchanged\n"
                + "clusterrole.rbac.authorization.k8s.io/agent unchanged\n"
                + "configmap/agent-config unchanged\n"
                + "deployment.apps/web unchanged\n");
    ShellRun again = ShellRun.run(dir, "create -f install.yaml\ncreate -f install.yaml\n");
    assertThat(again.err())
        .contains(
            "Error from server (AlreadyExists): error when creating \"install.yaml\":"
                + " configmaps \"agent-config\" already exists");
  }

  @Test
  void getPrintsEachKindsColumnsAndAcceptsShortNames() {
    ShellRun r =
        ShellRun.run(
            dir,
            "apply -f install.yaml\nget cm\nget sa\nget clusterroles\nget deploy web -o name\n");
    assertThat(r.out())
        .contains("NAME           DATA   AGE\nagent-config   1      0s\n")
        // beside the namespace's default account, which the serviceaccounts controller made
        .contains("NAME      SECRETS   AGE\nagent     0         0s\ndefault   0         0s\n")
        .contains("NAME    CREATED AT\nagent   2025-01-01T00:00:00Z\n")
        .endsWith("deployment.apps/web\n");
  }

  @Test
  void getAsYamlWritesTheObjectBackWithTheMetadataTheServerSet() {
    ShellRun r = ShellRun.run(dir, "apply -f install.yaml\nget deployment web -o yaml\n");
    assertThat(r.out())
        .contains("apiVersion: apps/v1\nkind: Deployment\nmetadata:\n")
        .contains("  generation: 1\n")
        .contains("  uid: ")
        .contains("  resourceVersion: ")
        // a Deployment is simulated now: the server's defaults come in, keys in JSON's order
        .contains("spec:\n  progressDeadlineSeconds: 600\n  replicas: 2\n");
  }

  @Test
  void deleteByNameAndByFileRemovesThem() {
    ShellRun r =
        ShellRun.run(
            dir,
            "apply -f install.yaml\ndelete configmap agent-config\nget cm\n"
                + "delete -f install.yaml\nget clusterrole\n");
    assertThat(r.out())
        .contains("configmap \"agent-config\" deleted\n")
        .contains("clusterrole.rbac.authorization.k8s.io \"agent\" deleted\n");
    assertThat(r.err())
        .contains("No resources found in default namespace.")
        .contains(
            "Error from server (NotFound): error when deleting \"install.yaml\": "
                + "configmaps \"agent-config\" not found")
        .endsWith("No resources found\n");
  }

  @Test
  void anUnknownResourceTypeIsStillRefused() {
    ShellRun r = ShellRun.run(dir, "get widgets\n");
    assertThat(r.err()).contains("error: the server doesn't have a resource type \"widgets\"");
  }
}
