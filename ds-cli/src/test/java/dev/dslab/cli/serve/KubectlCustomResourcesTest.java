package dev.dslab.cli.serve;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dslab.cli.CustomResourceCommandsTest;
import dev.dslab.cli.InProcessDsctl;
import dev.dslab.engine.Cluster;
import dev.dslab.engine.presets.Presets;
import dev.dslab.server.ApiEndpoint;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real kubectl 1.32 against {@code dsctl serve} with CustomResourceDefinitions: a published
 * manifest's CRDs are established and listed, a custom resource is served (discovery, api-resources
 * with its short name, get with its printer columns as dsctl prints them, delete), deleting the CRD
 * takes its resources and type away, and the DaemonSet apiVersions of old tutorials are not served.
 * Skipped, with a notice, where kubectl 1.32 is not on the PATH.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class KubectlCustomResourcesTest {
  private static final Path CORPUS = Path.of("src/test/resources/corpus").toAbsolutePath();

  @TempDir static Path dir;
  private static Path kubectl;
  private static ApiEndpoint endpoint;
  private static InProcessDsctl dsctl;
  private static Path kubeconfig;

  @BeforeAll
  static void serve() throws Exception {
    kubectl = KubectlTest.kubectlOrSkip("real-kubectl CRD tests");
    Cluster cluster =
        Presets.create("kind", 1, Instant.ofEpochSecond(Instant.now().getEpochSecond()))
            .orElseThrow();
    kubeconfig = dir.resolve("kubeconfig");
    endpoint = ServedOverTls.start(cluster, kubeconfig);
    dsctl = new InProcessDsctl(cluster, 1);
    Files.writeString(
        dir.resolve("all.yaml"),
        CustomResourceCommandsTest.CRD + "---\n" + CustomResourceCommandsTest.CRON_TAB);
    Files.writeString(
        dir.resolve("old.yaml"),
        """
        apiVersion: extensions/v1beta1
        kind: DaemonSet
        metadata:
          name: old
        spec:
          template:
            metadata:
              labels: {app: old}
            spec:
              containers:
              - {name: c, image: nginx}
        """);
  }

  @AfterAll
  static void stop() {
    if (endpoint != null) {
      endpoint.close();
    }
  }

  @Test
  @Order(1)
  void aPublishedManifestsCrdsAreEstablishedAndListed() throws Exception {
    String applied = kubectl("apply -f " + CORPUS.resolve("metallb/metallb-native.yaml"));

    assertThat(applied)
        .contains("customresourcedefinition.apiextensions.k8s.io/ipaddresspools.metallb.io created")
        .doesNotContain("--- stderr");
    assertThat(kubectl("get crd -o name"))
        .contains("customresourcedefinition.apiextensions.k8s.io/ipaddresspools.metallb.io");
    assertThat(
            kubectl(
                "get crd ipaddresspools.metallb.io -o"
                    + " jsonpath={.status.conditions[*].type}={.status.conditions[*].status}"))
        .isEqualTo("NamesAccepted Established=True True");
    assertThat(kubectl("api-resources --api-group=metallb.io -o name"))
        .contains("ipaddresspools.metallb.io");
  }

  @Test
  @Order(2)
  void applyRefusesTheResourceOfACrdInItsFileTheFirstTimeAndCreatesItTheSecond() throws Exception {
    String first = kubectl("apply -f all.yaml");
    assertThat(first)
        .isEqualTo(
            "customresourcedefinition.apiextensions.k8s.io/crontabs.stable.example.com created\n"
                + "--- stderr\n"
                + CustomResourceCommandsTest.NO_MATCH);

    assertThat(kubectl("apply -f all.yaml"))
        .isEqualTo(
            "customresourcedefinition.apiextensions.k8s.io/crontabs.stable.example.com unchanged\n"
                + "crontab.stable.example.com/nightly created\n");
  }

  @Test
  @Order(3)
  void theCustomResourceIsServedAsDsctlServesIt() throws Exception {
    assertThat(kubectl("api-resources --api-group=stable.example.com"))
        .matches(
            "(?s)NAME\\s+SHORTNAMES\\s+APIVERSION\\s+NAMESPACED\\s+KIND\\n"
                + "crontabs\\s+ct\\s+stable.example.com/v1\\s+true\\s+CronTab\\n");
    for (String line :
        List.of("get ct", "get crontabs -o name", "get crontab.stable.example.com nightly")) {
      assertThat(kubectl(line)).as("kubectl " + line).isEqualTo(dsctl(line));
    }
    assertThat(kubectl("get crd crontabs.stable.example.com"))
        .isEqualTo(dsctl("get crd crontabs.stable.example.com"));
  }

  @Test
  @Order(4)
  void deletingTheCrdTakesItsResourcesAndTypeAway() throws Exception {
    ProcessBuilder pb =
        new ProcessBuilder(kubectl.toString(), "get", "ct", "-w", "--output-watch-events")
            .directory(dir.toFile())
            .redirectErrorStream(true);
    pb.environment().put("KUBECONFIG", kubeconfig.toString());
    Process watch = pb.start();
    Thread.sleep(1500);
    assertThat(kubectl("delete crd crontabs.stable.example.com"))
        .isEqualTo(
            "customresourcedefinition.apiextensions.k8s.io \"crontabs.stable.example.com\""
                + " deleted\n");
    // kubectl's discovery cache may still name the type a moment after: then the server's 404
    assertThat(kubectl("get ct"))
        .matches(
            "--- stderr\n(error: the server doesn't have a resource type \"ct\"|Error from server"
                + " \\(NotFound\\): Unable to list \"stable.example.com/v1, Resource=crontabs\":"
                + " the server could not find the requested resource)\n");
    assertThat(kubectl("api-resources --api-group=stable.example.com")).doesNotContain("crontabs");
    // the watch of a deleted CRD's resources saw them go, then the server ended it
    assertThat(watch.waitFor(20, TimeUnit.SECONDS)).as("the watch ended").isTrue();
    assertThat(new String(watch.getInputStream().readAllBytes(), StandardCharsets.UTF_8))
        .containsPattern("ADDED\\s+nightly")
        .containsPattern("DELETED\\s+nightly");
  }

  @Test
  @Order(5)
  void theDaemonSetVersionsOfOldTutorialsAreNotServed() throws Exception {
    String refusal =
        "--- stderr\n"
            + "error: resource mapping not found for name: \"old\" namespace: \"\" from"
            + " \"old.yaml\": no matches for kind \"DaemonSet\" in version \"extensions/v1beta1\"\n"
            + "ensure CRDs are installed first\n";
    assertThat(kubectl("apply -f old.yaml")).isEqualTo(refusal);
    assertThat(kubectl("create -f old.yaml")).isEqualTo(refusal);
    assertThat(kubectl("get --raw /apis/extensions/v1beta1"))
        .isEqualTo(
            "--- stderr\nError from server (NotFound): the server could not find the requested resource\n");
  }

  private static String kubectl(String line) throws Exception {
    return KubectlTest.kubectl(kubectl, dir, kubeconfig, line);
  }

  private static String dsctl(String line) throws Exception {
    InProcessDsctl.Result r = endpoint.engine().call(c -> dsctl.run(line.split(" ")));
    return r.err().isEmpty() ? r.out() : r.out() + "--- stderr\n" + r.err();
  }
}
