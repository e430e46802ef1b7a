package dev.dslab.cli.serve;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dslab.engine.Cluster;
import dev.dslab.server.ApiEndpoint;
import dev.dslab.session.SavedState;
import dev.dslab.session.presets.ClusterPresets;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real kubectl's health and identity commands against {@code dsctl serve}: {@code get --raw
 * /readyz?verbose}, {@code auth can-i}, {@code auth can-i --list} and {@code auth whoami}, served
 * on loopback without a token as {@code dsctl serve} does (kubectl v1.32 sends no bearer token over
 * plain HTTP, so the token's user is checked with the JDK's client in ds-server's tests).
 */
class KubectlHealthAndAuthTest {
  @TempDir static Path dir;
  private static Path kubectl;
  private static ApiEndpoint endpoint;
  private static Path kubeconfig;
  private static Cluster cluster;

  @BeforeAll
  static void serve() throws Exception {
    kubectl = KubectlTest.kubectlOrSkip("real-kubectl health and auth tests");
    cluster =
        ClusterPresets.create("kind", 1, Instant.ofEpochSecond(Instant.now().getEpochSecond()))
            .orElseThrow();
    kubeconfig = dir.resolve("kubeconfig");
    endpoint = ServedOverTls.start(cluster, kubeconfig);
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

  @Test
  void readyzVerboseListsTheChecksAsTheApiServerDoes() throws Exception {
    assertThat(kubectl("get --raw /readyz")).isEqualTo("ok");
    assertThat(kubectl("get --raw /livez?verbose"))
        .isEqualTo("[+]ping ok\n[+]log ok\n[+]etcd ok\nlivez check passed\n");
    assertThat(kubectl("get --raw /readyz?verbose"))
        .startsWith("[+]ping ok\n")
        .endsWith("[+]shutdown ok\nreadyz check passed\n");
  }

  @Test
  void canIAnswersYesForEveryVerb() throws Exception {
    assertThat(kubectl("auth can-i create pods")).isEqualTo("yes\n");
    assertThat(kubectl("auth can-i delete daemonsets.apps -n kube-system")).isEqualTo("yes\n");
    assertThat(kubectl("auth can-i get /healthz")).isEqualTo("yes\n");
  }

  @Test
  void canIListPrintsTheWildcardRules() throws Exception {
    assertThat(kubectl("auth can-i --list"))
        .isEqualTo(
            """
            Resources   Non-Resource URLs   Resource Names   Verbs
            *.*         []                  []               [*]
                        [*]                 []               [*]
            """);
  }

  @Test
  void whoamiNamesTheOneUser() throws Exception {
    assertThat(kubectl("auth whoami"))
        .isEqualTo(
            """
            ATTRIBUTE   VALUE
            Username    dslab
            Groups      [system:masters system:authenticated]
            """);
  }

  @Test
  void aChunkedGetPrintsTheSameAsOneList() throws Exception {
    String whole = kubectl("get pods -A --chunk-size=0");
    assertThat(whole).contains("kube-system").doesNotContain("stderr");
    assertThat(kubectl("get pods -A --chunk-size=2")).isEqualTo(whole);
    assertThat(kubectl("get pods -A")).isEqualTo(whole);
    assertThat(kubectl("get pods -A -o name --chunk-size=3"))
        .isEqualTo(kubectl("get pods -A -o name --chunk-size=0"));
  }

  @Test
  void deleteAllPodsOfANamespaceDeletesEachOne() throws Exception {
    java.nio.file.Files.writeString(
        dir.resolve("lab.yaml"),
        """
        apiVersion: v1
        kind: Namespace
        metadata:
          name: lab
        ---
        apiVersion: apps/v1
        kind: DaemonSet
        metadata:
          name: agent
          namespace: lab
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
        """);
    assertThat(kubectl("apply -f lab.yaml")).endsWith("daemonset.apps/agent created\n");
    String names = kubectl("get pods -n lab -o name");
    assertThat(names).startsWith("pod/agent-");
    String expected =
        names
            .lines()
            .map(n -> "pod \"" + n.substring(4) + "\" deleted\n")
            .reduce("", String::concat);
    assertThat(kubectl("delete pods --all -n lab --wait=false")).isEqualTo(expected);
    // the served clock stands still, so kubectl must not wait out the grace period: the pods are
    // Terminating until it ends
    assertThat(kubectl("get pods -n lab")).contains("Terminating");
  }

  /**
   * The same command line run by dsctl on the served cluster (on the engine's thread), its {@code
   * -f FILE} given the file's text.
   */
  private static String dsctl(String line, Path file) throws Exception {
    dev.dslab.cli.InProcessDsctl dsctl = new dev.dslab.cli.InProcessDsctl(cluster, 1);
    SavedState.Line withFile =
        new SavedState.Line(
            java.util.List.of(line.split(" ")),
            java.util.Map.of(
                file.toString(),
                java.util.List.of(
                    new SavedState.Manifest(
                        file.toString(), java.nio.file.Files.readString(file)))));
    dev.dslab.cli.InProcessDsctl.Result r = endpoint.engine().call(c -> dsctl.run(withFile));
    return r.err().isEmpty() ? r.out() : r.out() + "--- stderr\n" + r.err();
  }

  @Test
  void aFilesMissingObjectAndMissingNamespaceAreNamedAsKubectlNamesThem() throws Exception {
    Path gone = dir.resolve("gone.yaml");
    java.nio.file.Files.writeString(
        gone,
        """
        apiVersion: v1
        kind: ConfigMap
        metadata:
          name: x
          namespace: nowhere
        """);
    String delete = "delete -f " + gone;
    assertThat(kubectl(delete))
        .isEqualTo(
            "--- stderr\nError from server (NotFound): error when deleting \""
                + gone
                + "\": configmaps \"x\" not found\n");
    assertThat(dsctl(delete, gone)).isEqualTo(kubectl(delete));
    String apply = "apply -f " + gone;
    assertThat(kubectl(apply))
        .isEqualTo(
            "--- stderr\nError from server (NotFound): error when creating \""
                + gone
                + "\": namespaces \"nowhere\" not found\n");
    assertThat(dsctl(apply, gone)).isEqualTo(kubectl(apply));
  }
}
