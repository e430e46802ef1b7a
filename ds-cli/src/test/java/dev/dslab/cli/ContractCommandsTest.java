package dev.dslab.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The commands and flags of dsctl.md that the other tests do not reach. */
class ContractCommandsTest {
  @TempDir Path dir;

  private ShellRun run(String script, String... args) {
    ShellRun.write(dir, "agent.yaml", ShellRun.AGENT_DAEMONSET);
    return ShellRun.run(dir, script, args);
  }

  @Test
  void deletePodsBySelectorAndByNodeAndLabelAPod() {
    ShellRun r =
        run(
            """
        sim nodes add n1 n2
        apply -f agent.yaml
        sim settle
        delete pod --field-selector spec.nodeName=n1
        label pod --all-namespaces=false -l app=agent
        get pods --field-selector spec.nodeName=n2 -o name
        delete pod -l app=agent
        get pods -o name
        """);
    assertThat(r.out())
        .containsPattern("pod \"agent-[a-z0-9]{5}\" deleted\n")
        .containsPattern("(pod/agent-[a-z0-9]{5}\n)");
    assertThat(r.out().lines().filter(l -> l.endsWith("deleted"))).hasSize(3);
  }

  @Test
  void labelAPodMakesItLeaveItsDaemonSet() {
    ShellRun r =
        run(
            """
        sim nodes add n1
        apply -f agent.yaml
        sim settle
        get pods -o name
        """);
    String pod =
        r.out().lines().filter(l -> l.startsWith("pod/")).findFirst().orElseThrow().substring(4);
    ShellRun after =
        run(
            """
        sim nodes add n1
        apply -f agent.yaml
        sim settle
        label pod %s app=other --overwrite
        get pods -l app=agent -o name
        get pods -l app=other -o name
        """
                .formatted(pod));
    // §13.14: a pod whose labels stop matching is released and left running; a new one takes its
    // place.
    assertThat(after.out()).contains("pod/" + pod + " labeled\n").contains("pod/" + pod + "\n");
    assertThat(
            after.out().lines().filter(l -> l.startsWith("pod/agent-") && !l.endsWith("labeled")))
        .hasSize(2);
  }

  @Test
  void simSettleMaxPresetAndGenerate() {
    ShellRun r =
        run(
            """
        sim nodes generate 4 --prefix w- --zones 2
        get nodes -l topology.kubernetes.io/zone=zone-b -o name
        sim image agent:1 --start 30s
        apply -f agent.yaml
        sim settle --max 10s
        sim settle
        sim preset docker-desktop
        get nodes -o name
        sim now
        """);
    assertThat(r.err()).isEmpty();
    assertThat(r.out())
        .contains("4 nodes added\nnode/w-1\nnode/w-3\n")
        .contains("2025-01-01T00:00:10Z\n2025-01-01T00:00:30Z\n")
        .contains("node/docker-desktop\n2025-01-01T00:00:30Z\n");
  }

  @Test
  void objectsInAMissingNamespaceAreRefusedAsTheApiServerDoes() {
    ShellRun.write(
        dir,
        "elsewhere.yaml",
        ShellRun.AGENT_DAEMONSET.replace(
            "metadata:\n  name: agent\n", "metadata:\n  name: agent\n  namespace: logging\n"));
    ShellRun r = run("apply -f elsewhere.yaml\n");
    assertThat(r.err())
        .startsWith(
            "Error from server (NotFound): error when creating \"elsewhere.yaml\": "
                + "namespaces \"logging\" not found\n");
  }

  @Test
  void aDirectoryWithABadManifestAppliesTheGoodOnesAndFails() throws Exception {
    Path manifests = Files.createDirectory(dir.resolve("manifests"));
    Files.writeString(manifests.resolve("a-good.yaml"), ShellRun.AGENT_DAEMONSET);
    Files.writeString(
        manifests.resolve("b-bad.yaml"), "kind: DaemonSet\napiVersion: apps/v1\nspec: [\n");
    ShellRun r = run("sim nodes add n1\napply -f manifests\nget ds -o name\n");
    assertThat(r.exitCode()).isEqualTo(1);
    assertThat(r.out())
        .contains("daemonset.apps/agent created\n")
        .endsWith("daemonset.apps/agent\n");
    assertThat(r.err()).startsWith("error: error parsing manifests/b-bad.yaml: document 1, line ");
  }
}
