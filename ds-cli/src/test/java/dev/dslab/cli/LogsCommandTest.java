package dev.dslab.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** dsctl logs: kubectl's logs command over the simulation's container logs. */
class LogsCommandTest {
  @TempDir Path dir;

  private static final String TWO_CONTAINERS =
      """
      apiVersion: v1
      kind: Pod
      metadata:
        name: web
      spec:
        nodeName: n1
        containers:
        - name: app
          image: agent:1
        - name: sidecar
          image: proxy:2
      """;

  private ShellRun run(String script) {
    ShellRun.write(dir, "ds.yaml", ShellRun.AGENT_DAEMONSET);
    ShellRun.write(dir, "web.yaml", TWO_CONTAINERS);
    return ShellRun.run(dir, script);
  }

  /** The agent pods' names on n1 and n2, as a script with these first lines makes them. */
  private List<String> agentPods(String setUp) {
    return run(setUp + "get pods -o name\n")
        .out()
        .lines()
        .filter(l -> l.startsWith("pod/agent-"))
        .map(l -> l.substring(4))
        .toList();
  }

  private static final String CLUSTER =
      """
      sim nodes add n1 n2
      sim image agent:1 --log "listening on :8080" --log "ready to serve"
      apply -f ds.yaml
      sim advance 2s
      """;

  @Test
  void logsOfAPodPrintTheLinesItsContainerWroteWithTimestampsAndTail() {
    String pod = agentPods(CLUSTER).get(0);
    ShellRun r = run(CLUSTER + "logs " + pod + "\nlogs " + pod + " --timestamps --tail=2\n");
    assertThat(r.err()).isEmpty();
    assertThat(r.out())
        .endsWith(
            """
            dslab: container agent started (image agent:1, restart 0)
            listening on :8080
            ready to serve
            dslab: container agent is ready
            2025-01-01T00:00:02.000000000Z ready to serve
            2025-01-01T00:00:02.000000000Z dslab: container agent is ready
            """);
  }

  /** polymorphichelpers logsForObject: kubectl picks one pod and says so on stderr. */
  @Test
  void logsOfADaemonSetPickOnePodAndSaySoOnStderr() {
    List<String> pods = agentPods(CLUSTER);
    ShellRun r = run(CLUSTER + "logs ds/agent --tail 1\nlogs daemonset/agent --tail 1\n");
    assertThat(r.err())
        .isEqualTo(
            "Found 2 pods, using pod/"
                + pods.get(0)
                + "\nFound 2 pods, using pod/"
                + pods.get(0)
                + "\n");
    assertThat(r.out()).endsWith("dslab: container agent is ready\n".repeat(2));
  }

  @Test
  void crashedContainerIsReadWithPrevious() {
    String setUp =
        """
        sim nodes add n1
        sim image agent:1 --fail-after 30s
        apply -f ds.yaml
        """;
    String pod = agentPods(setUp).get(0);
    ShellRun r =
        run(
            setUp
                + "logs "
                + pod
                + "\nsim advance 2s\nlogs "
                + pod
                + " -p\nsim advance 40s\nlogs "
                + pod
                + " --previous --tail 1\nlogs "
                + pod
                + " --tail 1\n");
    assertThat(r.err())
        .isEqualTo(
            "Error from server (BadRequest): container \"agent\" in pod \""
                + pod
                + "\" is waiting to start: ContainerCreating\n"
                + "Error from server (BadRequest): previous terminated container \"agent\""
                + " in pod \""
                + pod
                + "\" not found\n");
    assertThat(r.out())
        .endsWith(
            "dslab: container agent exited with code 1 (Error) after 30s (sim image --fail-after)\n"
                + "dslab: container agent is ready\n");
  }

  @Test
  void podWithSeveralContainersDefaultsToTheFirstOrReadsTheOneNamedOrAll() {
    String setUp = "sim nodes add n1\napply -f web.yaml\nsim advance 2s\n";
    ShellRun r =
        run(
            setUp
                + "logs web --tail 1\nlogs web -c nope\nlogs web sidecar --tail 1\n"
                + "logs web --all-containers --prefix --tail 1\n");
    assertThat(r.err())
        .isEqualTo(
            "Defaulted container \"app\" out of: app, sidecar\n"
                + "error: container nope is not valid for pod web\n");
    assertThat(r.out())
        .endsWith(
            """
            dslab: container app is ready
            dslab: container sidecar is ready
            [pod/web/app] dslab: container app is ready
            [pod/web/sidecar] dslab: container sidecar is ready
            """);
  }

  @Test
  void missingPodOrWorkloadAndBadFlagsGetKubectlsErrors() {
    ShellRun r =
        run(
            """
            sim nodes add n1
            logs nope
            logs ds/nope
            logs node/n1
            logs ds/agent --tail=-2
            apply -f ds.yaml
            logs ds/agent --since=-1s
            """);
    assertThat(r.err())
        .isEqualTo(
            """
            error: error from server (NotFound): pods "nope" not found in namespace "default"
            error: error from server (NotFound): daemonsets.apps "nope" not found in namespace "default"
            error: cannot get the logs from *v1.Node: selector for *v1.Node not implemented
            error: --tail must be greater than or equal to -1
            error: --since must be greater than 0
            """);
    assertThat(r.exitCode()).isNotZero();
  }

  /** logs.go: a selector reads every pod it selects, the last 10 lines of each by default. */
  @Test
  void selectorReadsEachSelectedPodsLastTenLines() {
    String lines =
        IntStream.range(0, 12).mapToObj(i -> " --log line" + i).collect(Collectors.joining());
    ShellRun r =
        run(
            "sim nodes add n1 n2\nsim image agent:1"
                + lines
                + "\napply -f ds.yaml\nsim advance 2s\nlogs -l app=agent\n"
                + "logs -l app=nope\nlogs\nlogs web -l app=agent\n");
    assertThat(r.out().lines().filter(l -> l.equals("line11")).count()).isEqualTo(2);
    // four lines of set-up, then ten of each pod
    assertThat(r.out().lines()).hasSize(4 + 2 * 10).doesNotContain("line2");
    assertThat(r.err())
        .isEqualTo(
            """
            No resources found in default namespace.
            error: expected 'logs [-f] [-p] (POD | TYPE/NAME) [-c CONTAINER]'.
            POD or TYPE/NAME is a required argument for the logs command
            See 'dsctl logs -h' for help and examples
            error: only a selector (-l) or a POD name is allowed
            See 'dsctl logs -h' for help and examples
            """);
  }

  /** A deleted pod's log goes with it; follow prints what is there and returns. */
  @Test
  void deletedPodHasNoLogAndFollowReturns() {
    String setUp = "sim nodes add n1\napply -f web.yaml\nsim advance 2s\n";
    ShellRun r =
        run(
            setUp
                + "logs -f web -c app --tail 1\ndelete pod web\nsim advance 2s\nlogs web -c app\n");
    assertThat(r.out()).contains("dslab: container app is ready\n");
    assertThat(r.err())
        .isEqualTo(
            "error: error from server (NotFound): pods \"web\" not found in namespace \"default\"\n");
  }

  /**
   * One-shot commands: sim image --log is kept in the state file and replayed, so a later logs
   * command prints the image's lines; logs itself is not recorded.
   */
  @Test
  void imageLinesAreReplayedFromTheStateFileAndLogsIsNotRecorded() throws Exception {
    ShellRun.write(dir, "ds.yaml", ShellRun.AGENT_DAEMONSET);
    StringBuilder out = new StringBuilder();
    for (String[] command :
        new String[][] {
          {"--preset", "docker-desktop", "sim", "image", "agent:1", "--log", "hello world"},
          {"apply", "-f", "ds.yaml"},
          {"sim", "advance", "2s"},
          {"logs", "ds/agent", "--tail", "2"}
        }) {
      ShellRun r = ShellRun.oneShot(dir, command);
      assertThat(r.err()).isEmpty();
      out.append(r.out());
    }
    assertThat(out.toString()).endsWith("hello world\ndslab: container agent is ready\n");
    String state = java.nio.file.Files.readString(dir.resolve(".dsctl-state.yaml"));
    assertThat(state).contains("hello world").doesNotContain("logs");
  }
}
