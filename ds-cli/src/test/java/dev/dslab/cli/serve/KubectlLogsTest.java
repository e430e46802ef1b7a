package dev.dslab.cli.serve;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dslab.cli.InProcessDsctl;
import dev.dslab.engine.Cluster;
import dev.dslab.server.ApiEndpoint;
import dev.dslab.session.presets.ClusterPresets;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real kubectl's logs, exec and port-forward against {@code dsctl serve}: logs print what
 * {@code dsctl logs} prints for the same cluster (kubectl's pod choice and errors included), {@code
 * logs -f} streams as the virtual clock moves, and exec and port-forward fail at once with the
 * kubelet's refusal. The clock stands still (speed 0) and moves only when a test advances it.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class KubectlLogsTest {
  private static final String MANIFESTS =
      """
      apiVersion: apps/v1
      kind: DaemonSet
      metadata:
        name: agent
      spec:
        selector:
          matchLabels: {app: agent}
        template:
          metadata:
            labels: {app: agent}
          spec:
            containers:
            - name: agent
              image: agent:1
      ---
      apiVersion: v1
      kind: Pod
      metadata:
        name: web
      spec:
        nodeName: kind-multinodes-worker
        containers:
        - name: app
          image: web:1
        - name: sidecar
          image: proxy:1
      """;

  @TempDir static Path dir;
  private static Path kubectl;
  private static ApiEndpoint endpoint;
  private static InProcessDsctl dsctl;
  private static Path kubeconfig;

  @BeforeAll
  static void serve() throws Exception {
    kubectl = KubectlTest.kubectlOrSkip("real-kubectl logs tests");
    Cluster cluster = ClusterPresets.create("kind", 1, Cluster.DEFAULT_START).orElseThrow();
    kubeconfig = dir.resolve("kubeconfig");
    endpoint = ServedOverTls.start(cluster, kubeconfig);
    dsctl = new InProcessDsctl(cluster, 1);
    Files.writeString(dir.resolve("workloads.yaml"), MANIFESTS);
    dsctl("sim image agent:1 --fail-after 30s --log booting --log \"listening on :9100\"");
    dsctl("sim image web:1 --log \"GET / 200\"");
  }

  @AfterAll
  static void stop() {
    if (endpoint != null) {
      endpoint.close();
    }
  }

  private static String kubectl(String line) throws Exception {
    return KubectlTest.kubectl(kubectl, dir, kubeconfig, line);
  }

  private static String dsctl(String line) throws Exception {
    InProcessDsctl.Result r =
        endpoint.engine().call(c -> dsctl.run(words(line).toArray(String[]::new)));
    return r.err().isEmpty() ? r.out() : r.out() + "--- stderr\n" + r.err();
  }

  /** Words split on spaces, a double-quoted part kept whole. */
  private static List<String> words(String line) {
    List<String> words = new ArrayList<>();
    java.util.regex.Matcher m =
        java.util.regex.Pattern.compile("\"([^\"]*)\"|(\\S+)").matcher(line);
    while (m.find()) {
      words.add(m.group(1) != null ? m.group(1) : m.group(2));
    }
    return words;
  }

  private static void advance(String duration) throws Exception {
    dsctl("sim advance " + duration);
  }

  private static String agentPod() throws Exception {
    return kubectl("get pods -l app=agent -o name").lines().findFirst().orElseThrow().substring(4);
  }

  private static void sameAsDsctl(String line) throws Exception {
    String kubectl = kubectl(line);
    String dsctl = dsctl(line);
    if ((line.contains(" -l ") || line.contains("--all-containers")) && !line.contains(" -f")) {
      // several logs (pods or containers): kubectl's sequentialConsumeRequest ranges over a Go map
      // of requests, so they come in any order (dsctl's in the list's); the lines are the same
      assertThat(kubectl.lines().sorted().toList())
          .as("kubectl " + line)
          .isEqualTo(dsctl.lines().sorted().toList());
      return;
    }
    assertThat(kubectl).as("kubectl " + line).isEqualTo(dsctl);
  }

  @Test
  @Order(1)
  void logsPrintWhatDsctlPrints() throws Exception {
    assertThat(kubectl("apply -f workloads.yaml"))
        .isEqualTo("daemonset.apps/agent created\npod/web created\n");
    advance("2s");
    String pod = agentPod();
    assertThat(kubectl("logs " + pod))
        .isEqualTo(
            """
            dslab: container agent started (image agent:1, restart 0)
            booting
            listening on :9100
            dslab: container agent is ready
            """);
    for (String line :
        List.of(
            "logs " + pod,
            "logs " + pod + " --tail=2",
            "logs " + pod + " --timestamps",
            "logs " + pod + " -c agent --tail=1 --timestamps",
            "logs ds/agent",
            "logs daemonset/agent --tail=1",
            "logs web -c sidecar",
            "logs web --all-containers",
            "logs web",
            "logs web -c nope",
            "logs " + pod + " --previous",
            "logs -l app=agent",
            "logs -l app=agent --prefix --tail=1",
            "logs -l app=nope",
            "logs -l app=agent -f --max-log-requests=1",
            "logs nope",
            "logs ds/nope",
            "logs node/kind-multinodes-worker")) {
      sameAsDsctl(line);
    }
    assertThat(kubectl("logs ds/agent --tail=1"))
        .isEqualTo(
            "dslab: container agent is ready\n--- stderr\nFound 2 pods, using pod/" + pod + "\n");
    for (String usage : List.of("logs", "logs web -l app=agent")) {
      assertThat(kubectl(usage)).isEqualTo(dsctl(usage).replace("'dsctl logs", "'kubectl logs"));
    }
    // kubectl (v1.2x on) takes the first container where older ones refused
    assertThat(kubectl("logs web --tail=1"))
        .isEqualTo(
            "dslab: container app is ready\n--- stderr\n"
                + "Defaulted container \"app\" out of: app, sidecar\n");
  }

  @Test
  @Order(2)
  void crashedContainerIsReadWithPrevious() throws Exception {
    String pod = agentPod();
    assertThat(kubectl("logs " + pod + " --previous"))
        .isEqualTo(
            "--- stderr\nError from server (BadRequest): previous terminated container \"agent\""
                + " in pod \""
                + pod
                + "\" not found\n");
    advance("30s");
    assertThat(kubectl("logs " + pod + " -p --tail=1"))
        .isEqualTo(
            "dslab: container agent exited with code 1 (Error) after 30s"
                + " (sim image --fail-after)\n");
    advance("10s");
    sameAsDsctl("logs " + pod + " --previous");
    sameAsDsctl("logs " + pod);
    assertThat(kubectl("logs " + pod + " --tail=1 --timestamps"))
        .isEqualTo("2025-01-01T00:00:42.000000000Z dslab: container agent is ready\n");
    // sinceTime: the instance that started at 42 s, then nothing after it
    assertThat(kubectl("logs " + pod + " --since-time=2025-01-01T00:00:42Z")).hasLineCount(4);
    assertThat(kubectl("logs " + pod + " --since-time=2025-01-01T00:00:43Z")).isEmpty();
  }

  /** A follower sees the lines there are, then each new one as the clock moves. */
  @Test
  @Order(3)
  void followStreamsAsTheClockMovesAndEndsWithTheContainer() throws Exception {
    String pod = agentPod();
    Follower f = Follower.start("logs -f " + pod + " --tail=1");
    f.awaitLines(1);
    advance("30s"); // the second instance crashes too
    assertThat(f.process.waitFor(20, TimeUnit.SECONDS)).as("kubectl ends with the stream").isTrue();
    assertThat(f.process.exitValue()).isZero();
    assertThat(f.lines)
        .containsExactly(
            "dslab: container agent is ready",
            "dslab: container agent exited with code 1 (Error) after 30s"
                + " (sim image --fail-after)");
  }

  /** kubectl logs -f on a container that runs on: lines seen, then the process is killed. */
  @Test
  @Order(4)
  void followOfARunningContainerIsStoppedByTheUser() throws Exception {
    Follower f = Follower.start("logs -f web -c app");
    f.awaitLines(3);
    advance("5s");
    Thread.sleep(500);
    assertThat(f.process.isAlive()).isTrue();
    f.process.destroy();
    assertThat(f.process.waitFor(10, TimeUnit.SECONDS)).isTrue();
    assertThat(f.lines)
        .containsExactly(
            "dslab: container app started (image web:1, restart 0)",
            "GET / 200",
            "dslab: container app is ready");
    // the endpoint still answers
    assertThat(kubectl("logs web -c app --tail=1")).isEqualTo("dslab: container app is ready\n");
  }

  @Test
  @Order(5)
  void execAttachAndPortForwardFailAtOnceWithTheKubeletsRefusal() throws Exception {
    String refusal =
        " disabled - the simulated kubelet on node kind-multinodes-worker runs no processes,"
            + " so DaemonSet Lab cannot exec, attach or port-forward into a container";
    Run exec = Run.of("exec web -c app -- ls");
    assertThat(exec.exitCode).isEqualTo(1);
    assertThat(exec.err)
        .isEqualTo("error: unable to upgrade connection: streaming method exec" + refusal + "\n");
    Run portForward = Run.of("port-forward pod/web 18080:80");
    assertThat(portForward.exitCode).isEqualTo(1);
    assertThat(portForward.err)
        .isEqualTo(
            "error: error upgrading connection: unable to upgrade connection: streaming method"
                + " port forward"
                + refusal
                + "\n");
    Run missing = Run.of("exec nope -- ls");
    assertThat(missing.exitCode).isEqualTo(1);
    assertThat(missing.err).isEqualTo("Error from server (NotFound): pods \"nope\" not found\n");
  }

  /** A kubectl run to its end (at most 30 s): its exit code and its standard error. */
  private record Run(int exitCode, String out, String err) {
    static Run of(String line) throws Exception {
      Process p = process(line);
      byte[] out = p.getInputStream().readAllBytes();
      byte[] err = p.getErrorStream().readAllBytes();
      assertThat(p.waitFor(30, TimeUnit.SECONDS)).as("kubectl " + line + " ends").isTrue();
      return new Run(
          p.exitValue(),
          new String(out, StandardCharsets.UTF_8),
          new String(err, StandardCharsets.UTF_8));
    }
  }

  private static Process process(String line) throws Exception {
    List<String> command = new ArrayList<>(List.of(kubectl.toString()));
    command.addAll(Arrays.asList(line.split(" ")));
    ProcessBuilder pb = new ProcessBuilder(command).directory(dir.toFile());
    pb.environment().put("KUBECONFIG", kubeconfig.toString());
    return pb.start();
  }

  /** A kubectl whose standard output is read line by line as it comes. */
  private static final class Follower {
    final Process process;
    final List<String> lines = new CopyOnWriteArrayList<>();

    private Follower(Process process) {
      this.process = process;
      Thread reader =
          new Thread(
              () -> {
                try (BufferedReader in =
                    new BufferedReader(
                        new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                  for (String l = in.readLine(); l != null; l = in.readLine()) {
                    lines.add(l);
                  }
                } catch (java.io.IOException e) {
                  // the process was killed
                }
              });
      reader.setDaemon(true);
      reader.start();
    }

    static Follower start(String line) throws Exception {
      return new Follower(process(line));
    }

    void awaitLines(int count) throws InterruptedException {
      long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
      while (lines.size() < count && System.nanoTime() < deadline) {
        Thread.sleep(50);
      }
      assertThat(lines).as("lines seen within 20 s").hasSizeGreaterThanOrEqualTo(count);
    }
  }
}
