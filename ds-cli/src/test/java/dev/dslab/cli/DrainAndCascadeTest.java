package dev.dslab.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** drain and its refusal, delete --cascade=orphan and adoption, --help. */
class DrainAndCascadeTest {
  @TempDir Path dir;

  private ShellRun run(String script) {
    ShellRun.write(dir, "agent.yaml", ShellRun.AGENT_DAEMONSET);
    return ShellRun.run(dir, "sim nodes add n1\napply -f agent.yaml\nsim settle\n" + script);
  }

  @Test
  void drainRefusesDaemonSetPodsUnlessTheyAreIgnored() {
    ShellRun r =
        run(
            """
        drain n1
        drain n1 --ignore-daemonsets
        get pods -o name
        """);
    assertThat(r.out())
        .containsPattern(
            """
        node/n1 cordoned
        node/n1 already cordoned
        node/n1 drained
        pod/agent-[a-z0-9]{5}
        """);
    assertThat(r.err())
        .containsPattern(
            """
        error: unable to drain node "n1" due to error: cannot delete DaemonSet-managed Pods \\(use \
        --ignore-daemonsets to ignore\\): default/agent-[a-z0-9]{5}, continuing command...
        There are pending nodes to be drained:
         n1
        cannot delete DaemonSet-managed Pods \\(use --ignore-daemonsets to ignore\\): default/agent-[a-z0-9]{5}
        Warning: ignoring DaemonSet-managed Pods: default/agent-[a-z0-9]{5}
        """);
  }

  /**
   * Concept page: pods orphaned by --cascade=orphan are adopted by a new DaemonSet with the same
   * selector.
   */
  @Test
  void orphanedPodsAreAdoptedByANewDaemonSet() {
    ShellRun r =
        run(
            """
        get pods -o name
        delete ds agent --cascade=orphan
        get pods -o name
        apply -f agent.yaml
        sim settle
        get pods -o name
        get ds
        """);
    assertThat(r.err()).isEmpty();
    String pod = r.out().lines().filter(l -> l.startsWith("pod/")).findFirst().orElseThrow();
    assertThat(r.out().lines().filter(l -> l.equals(pod))).hasSize(3);
    assertThat(r.out())
        .contains("daemonset.apps \"agent\" deleted\n")
        // the same template hashes the same: the adopted pod is up to date and nothing is replaced
        .contains(
            "agent   1         1         1       1            1           <none>          0s\n");
  }

  @Test
  void everyCommandHasHelp() {
    ShellRun r = run("get --help\ntaint -h\nsim advance --help\n");
    assertThat(r.out())
        .contains("Usage: dsctl get")
        .contains("Usage: dsctl taint")
        .contains("Usage: dsctl sim advance");
  }
}
