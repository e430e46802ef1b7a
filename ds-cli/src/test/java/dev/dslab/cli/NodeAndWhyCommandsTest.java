package dev.dslab.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** cordon, uncordon, sim node down|up, sim image and why, through the shell. */
class NodeAndWhyCommandsTest {
  @TempDir Path dir;

  private static final String SSD_AGENT =
      """
      apiVersion: apps/v1
      kind: DaemonSet
      metadata:
        name: ssd-agent
      spec:
        selector:
          matchLabels: {app: ssd-agent}
        template:
          metadata:
            labels: {app: ssd-agent}
          spec:
            nodeSelector: {disk: ssd}
            containers:
            - name: agent
              image: agent:1
      """;

  private ShellRun run(String script) {
    ShellRun.write(dir, "ssd.yaml", SSD_AGENT);
    return ShellRun.run(dir, script);
  }

  @Test
  void whyExplainsEveryNodeInATable() {
    ShellRun r =
        run(
            """
        sim nodes add n1 --label disk=ssd
        sim nodes add n2
        sim nodes add n3 --label disk=ssd --taint dedicated=db:NoSchedule
        apply -f ssd.yaml
        sim settle
        why ds/ssd-agent
        """);
    assertThat(r.err()).isEmpty();
    assertThat(r.out())
        .containsPattern(
            """
        NODE   SHOULD RUN      CAN RUN   RUNS   POD                         REASONS
        n1     yes             yes       yes    ssd-agent-[a-z0-9]{5} \\(Running\\)   -
        n2     no              no        no     <none>                      nodeSelector disk=ssd does not match: node has no label disk
        n3     no \\(may stay\\)   no        no     <none>                      taint dedicated=db:NoSchedule is not tolerated: no new pod, a running pod stays
        """);
  }

  @Test
  void whyAsJsonIsForPrograms() {
    ShellRun r =
        run(
            """
        sim nodes add n1
        apply -f ssd.yaml
        why daemonset/ssd-agent n1 -o json
        """);
    assertThat(r.err()).isEmpty();
    assertThat(r.out())
        .endsWith(
            """
        {
            "daemonSet": "default/ssd-agent",
            "nodes": [
                {
                    "canRun": false,
                    "node": "n1",
                    "pod": null,
                    "podStatus": null,
                    "reasons": [
                        {
                            "message": "nodeSelector disk=ssd does not match: node has no label disk",
                            "type": "NODE_SELECTOR"
                        }
                    ],
                    "running": false,
                    "shouldContinueRunning": false,
                    "shouldRun": false
                }
            ]
        }
        """);
  }

  @Test
  void nodeDownTurnsNotReadyAndTheDaemonSetCountsChange() {
    ShellRun r =
        run(
            """
        sim nodes add n1 n2 --label disk=ssd
        apply -f ssd.yaml
        sim settle
        sim node down n2
        sim advance 1m
        get nodes
        get ds
        sim node up n2
        sim settle
        get ds
        """);
    assertThat(r.err()).isEmpty();
    assertThat(r.out())
        .contains("node/n2 kubelet stopped\n")
        .contains("n2     NotReady   <none>   62s   v1.32.2\n")
        .contains(
            "ssd-agent   1         1         1       1            1           disk=ssd        62s\n")
        .contains("node/n2 kubelet started\n")
        .contains(
            "ssd-agent   2         2         2       2            2           disk=ssd        ");
  }

  @Test
  void cordonAndUncordonSpeakKubectl() {
    ShellRun r =
        run(
            """
        sim nodes add n1
        cordon n1
        cordon n1
        get nodes
        uncordon node/n1
        cordon nope
        """);
    assertThat(r.out())
        .isEqualTo(
            """
        node/n1 created
        node/n1 cordoned
        node/n1 already cordoned
        NAME   STATUS                     ROLES    AGE   VERSION
        n1     Ready,SchedulingDisabled   <none>   0s    v1.32.2
        node/n1 uncordoned
        """);
    assertThat(r.err()).isEqualTo("Error from server (NotFound): nodes \"nope\" not found\n");
  }

  @Test
  void crashingImageShowsCrashLoopBackOffAndRestarts() {
    ShellRun r =
        run(
            """
        sim image agent:1 --fail-after 5s
        sim nodes add n1 --label disk=ssd
        apply -f ssd.yaml
        sim advance 7s
        get pods
        sim advance 10s
        get pods
        """);
    assertThat(r.err()).isEmpty();
    assertThat(r.out())
        .containsPattern("ssd-agent-[a-z0-9]{5}   0/1     CrashLoopBackOff   1 \\(0s ago\\)   7s\n")
        .containsPattern("ssd-agent-[a-z0-9]{5}   1/1     Running   1 \\(10s ago\\)   17s\n");
  }

  @Test
  void badInputChangesNothing() {
    ShellRun r =
        run(
            """
        sim nodes add n1
        sim node down nope
        sim advance -5s
        sim advance soon
        why ds/nope
        why pod/x
        sim now
        """);
    assertThat(r.exitCode()).isEqualTo(1);
    assertThat(r.err())
        .isEqualTo(
            """
        Error from server (NotFound): nodes "nope" not found
        error: invalid duration "-5s" (examples: 500ms, 10s, 2m, 1h30m)
        error: invalid duration "soon" (examples: 500ms, 10s, 2m, 1h30m)
        Error from server (NotFound): daemonsets.apps "nope" not found
        error: why takes a DaemonSet as ds/NAME, e.g. why ds/fluentd
        """);
    assertThat(r.out()).endsWith("2025-01-01T00:00:00Z\n");
  }

  /** Found by {@link CommandLineFuzzTest}: a word after the changes used to end in an exception. */
  @Test
  void objectsAfterChangesAreRejectedAsKubectlDoes() {
    ShellRun r =
        run(
            """
        sim nodes add n1
        label nodes n1 app=agent get
        taint nodes n1 k=v:NoSchedule n2
        set image ds/x a=b:1 ds/y
        get nodes --show-labels -o name
        """);
    assertThat(r.exitCode()).isEqualTo(1);
    assertThat(r.err())
        .isEqualTo(
            """
        error: all resources must be specified before label changes: get
        error: all resources must be specified before taint changes: n2
        error: all resources must be specified before image changes: ds/y
        """);
    assertThat(r.out()).doesNotContain("labeled", "tainted");
  }

  @Test
  void generatingMoreNodesThanTenTimesTheLargestClustersIsRefused() {
    ShellRun r = run("sim nodes generate 99999999\nsim nodes generate 2\nget nodes -o name\n");

    assertThat(r.err()).isEqualTo("error: COUNT may be at most 50000\n");
    assertThat(r.out()).isEqualTo("2 nodes added\nnode/node-0\nnode/node-1\n");
  }

  @Test
  void simLogSaysWhenNoControllerLoggedAFailure(
      @org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) {
    ShellRun r = ShellRun.run(dir, "sim log\n", "--preset", "kind");
    assertThat(r.out()).isEqualTo("No controller has logged a failure.\n");
    assertThat(dev.dslab.session.SavedState.readsOnly(java.util.List.of("sim", "log"))).isTrue();
  }
}
