package dev.dslab.cli.serve;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dslab.cli.CustomResourceCommandsTest;
import dev.dslab.server.ApiEndpoint;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real kubectl's {@code explain} and client-side apply on {@code dsctl serve}'s OpenAPI
 * documents, which carry Kubernetes v1.32's published schemas: the descriptions kubectl prints are
 * upstream's (kubernetes/kubernetes api/openapi-spec, the types' doc comments in
 * staging/src/k8s.io/api), a CRD's schema is explained while it is there and gone with it, and
 * apply's strategic merge patch is built from the served {@code x-kubernetes-patch-*} extensions
 * (kubectl's apply/patcher.go, gvkSupportsPatchOpenAPIV3). Skipped, with a notice, where kubectl
 * 1.32 is not on the PATH.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class KubectlExplainTest {
  private static final String DS =
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
            tolerations:
            - {key: dedicated, operator: Exists}
            containers:
            - name: agent
              image: agent:%s
              env:
              - {name: %s, value: "%s"}
              - {name: KEEP, value: "k"}
      """;

  @TempDir static Path dir;
  private static Path kubectl;
  private static ApiEndpoint endpoint;
  private static Path kubeconfig;

  @BeforeAll
  static void serve() throws Exception {
    kubectl = KubectlTest.kubectlOrSkip("real-kubectl explain tests");
    endpoint = KubectlTest.serveKind(dir);
    kubeconfig = dir.resolve("kubeconfig");
    Files.writeString(dir.resolve("crd.yaml"), CustomResourceCommandsTest.CRD);
  }

  @AfterAll
  static void stop() {
    if (endpoint != null) {
      endpoint.close();
    }
  }

  /** A GET of {@code path} on the served endpoint, with the given header names and values. */
  private static HttpResponse<String> http(String path, String... headers) throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(endpoint.loopbackUrl() + path));
    for (int i = 0; i < headers.length; i += 2) {
      request.header(headers[i], headers[i + 1]);
    }
    HttpClient client =
        HttpClient.newBuilder()
            .sslContext(
                dev.dslab.server.tls.ClientTrust.trusting(
                    dev.dslab.server.tls.ClientTrust.certificateAuthorityData(
                        java.nio.file.Files.readString(kubeconfig))))
            .build();
    return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  private static String kubectl(String line) throws Exception {
    return KubectlTest.kubectl(kubectl, dir, kubeconfig, line);
  }

  @Test
  @Order(1)
  void explainDaemonSetPrintsUpstreamsDescriptionAndFields() throws Exception {
    assertThat(kubectl("explain ds"))
        .startsWith(
            """
            GROUP:      apps
            KIND:       DaemonSet
            VERSION:    v1

            DESCRIPTION:
                DaemonSet represents the configuration of a daemon set.
            """)
        .contains("  spec\t<DaemonSetSpec>\n")
        .contains("    The desired behavior of this daemon set. More info:\n")
        .contains("  status\t<DaemonSetStatus>\n")
        .doesNotContain("--- stderr");
  }

  @Test
  @Order(2)
  void explainAFieldFollowsTheReferenceAndPrintsBothDescriptions() throws Exception {
    assertThat(kubectl("explain ds.spec.updateStrategy.rollingUpdate"))
        .contains("FIELD: rollingUpdate <RollingUpdateDaemonSet>\n")
        .contains(
            """
            DESCRIPTION:
                Rolling update config params. Present only if type = "RollingUpdate".
                Spec to control the desired behavior of daemon set rolling update.
            """)
        .contains("  maxSurge\t<IntOrString>\n")
        .contains("  maxUnavailable\t<IntOrString>\n")
        .doesNotContain("--- stderr");
  }

  @Test
  @Order(3)
  void explainRecursiveListsTheNestedFields() throws Exception {
    assertThat(kubectl("explain pods.spec.tolerations --recursive"))
        .contains("FIELD: tolerations <[]Toleration>\n")
        .contains(
            """
            FIELDS:
              effect\t<string>
              key\t<string>
              operator\t<string>
              tolerationSeconds\t<integer>
              value\t<string>
            """);
    assertThat(kubectl("explain pods.spec.containers.resources --recursive"))
        .contains("  limits\t<map[string]Quantity>\n")
        .contains("  claims\t<[]ResourceClaim>\n")
        .contains("    name\t<string> -required-\n");
  }

  @Test
  @Order(4)
  void explainDeploymentAndItsSpec() throws Exception {
    assertThat(kubectl("explain deploy"))
        .contains("KIND:       Deployment\n")
        .contains("    Deployment enables declarative updates for Pods and ReplicaSets.\n");
    assertThat(kubectl("explain deploy.spec"))
        .contains("  selector\t<LabelSelector> -required-\n")
        .contains("  template\t<PodTemplateSpec> -required-\n");
  }

  @Test
  @Order(5)
  void aCrdsSchemaIsExplainedWhileItIsThereAndNotAfter() throws Exception {
    assertThat(kubectl("apply -f crd.yaml"))
        .isEqualTo(
            "customresourcedefinition.apiextensions.k8s.io/crontabs.stable.example.com created\n");
    String explained = kubectl("explain crontabs");
    assertThat(explained)
        .startsWith(
            """
            GROUP:      stable.example.com
            KIND:       CronTab
            VERSION:    v1
            """)
        .contains("  metadata\t<ObjectMeta>\n")
        .contains("  spec\t<Object>\n")
        .doesNotContain("--- stderr");
    assertThat(kubectl("explain crontabs.spec"))
        .contains("  cronSpec\t<string>\n")
        .contains("  replicas\t<integer>\n");

    assertThat(kubectl("delete crd crontabs.stable.example.com"))
        .isEqualTo(
            "customresourcedefinition.apiextensions.k8s.io \"crontabs.stable.example.com\""
                + " deleted\n");
    // kubectl's discovery cache still maps the name; the schema is gone from the documents
    assertThat(kubectl("explain crontabs"))
        .containsAnyOf(
            "couldn't find resource for \"stable.example.com/v1, Resource=crontabs\"",
            "the server doesn't have a resource type \"crontabs\"");
    assertThat(http("/openapi/v3").body()).doesNotContain("stable.example.com");
  }

  @Test
  @Order(6)
  void applyTwiceBuildsTheStrategicMergePatchFromTheServedSchemas() throws Exception {
    Files.writeString(dir.resolve("ds.yaml"), DS.formatted("v1", "MODE", "a"));
    assertThat(kubectl("apply -f ds.yaml")).isEqualTo("daemonset.apps/agent created\n");
    // a new image and env var MODE renamed LEVEL: env is merged by its key "name", so KEEP stays
    // once, MODE goes (it was in the last applied configuration) and LEVEL comes
    Files.writeString(dir.resolve("ds.yaml"), DS.formatted("v2", "LEVEL", "b"));
    String applied = kubectl("apply -f ds.yaml -v=5");
    assertThat(applied)
        .contains("daemonset.apps/agent configured\n")
        .doesNotContain("OpenAPI V3 path does not support strategic merge patch")
        .doesNotContain("error calculating patch");
    assertThat(kubectl("get ds agent -o jsonpath={.spec.template.spec.containers[0].image}"))
        .isEqualTo("agent:v2");
    // (the order of env is the server's patch code's: it does not follow $setElementOrder yet)
    assertThat(kubectl("get ds agent -o jsonpath={.spec.template.spec.containers[0].env[*].name}"))
        .isIn("LEVEL KEEP", "KEEP LEVEL");
    assertThat(kubectl("get ds agent -o jsonpath={.metadata.generation}")).isEqualTo("2");
    Files.writeString(dir.resolve("ds.yaml"), DS.formatted("v3", "LEVEL", "c"));
    assertThat(kubectl("apply -f ds.yaml")).isEqualTo("daemonset.apps/agent configured\n");
    assertThat(
            kubectl(
                "get ds agent -o jsonpath={.spec.template.spec.containers[0].env[?(@.name==\"LEVEL\")].value}"))
        .isEqualTo("c");
  }

  @Test
  @Order(7)
  void strictValidationRefusesAnUnknownFieldAndCreatesNothing() throws Exception {
    Files.writeString(
        dir.resolve("typo.yaml"),
        DS.formatted("v1", "LEVEL", "d")
            .replace("name: agent\n", "name: typo\n")
            .replace("image: agent", "imagePullPolcy: Always\n        image: agent"));
    assertThat(kubectl("apply --validate=strict -f typo.yaml"))
        .startsWith(
            "--- stderr\nError from server (BadRequest): error when creating \"typo.yaml\": ")
        .contains("unknown field \"spec.template.spec.containers[0].imagePullPolcy\"");
    assertThat(kubectl("get ds typo")).contains("daemonsets.apps \"typo\" not found");
  }

  @Test
  @Order(8)
  void aDocumentAskedByAnOldHashIsRedirectedAndByItsHashIsImmutable() throws Exception {
    java.util.regex.Matcher m =
        java.util.regex.Pattern.compile("/openapi/v3/apis/apps/v1\\?hash=([0-9A-F]{128})")
            .matcher(http("/openapi/v3").body());
    assertThat(m.find()).isTrue();
    HttpResponse<String> current = http(m.group());
    assertThat(current.statusCode()).isEqualTo(200);
    assertThat(current.headers().firstValue("Cache-Control")).hasValue("public, immutable");
    assertThat(current.headers().firstValue("Etag")).hasValue("\"" + m.group(1) + "\"");
    HttpResponse<String> old = http("/openapi/v3/apis/apps/v1?hash=OLD");
    assertThat(old.statusCode()).isEqualTo(301);
    assertThat(old.headers().firstValue("Location")).hasValue(m.group());
    assertThat(
            http("/openapi/v3/apis/apps/v1", "If-None-Match", "\"" + m.group(1) + "\"")
                .statusCode())
        .isEqualTo(304);

    // OpenAPI v2 in JSON for who asks for JSON; kubectl asks only for protobuf, which is not
    // encoded here: it gets an empty v2 message and works from the v3 documents
    String v2 = http("/openapi/v2").body();
    assertThat(v2.endsWith(",\"swagger\":\"2.0\"}")).as("a v2 document").isTrue();
    assertThat(v2.contains("\"io.k8s.api.apps.v1.DaemonSet\":{")).as("DaemonSet's schema").isTrue();
    HttpResponse<String> v2Protobuf =
        http("/openapi/v2", "Accept", "application/com.github.proto-openapi.spec.v2@v1.0+protobuf");
    assertThat(v2Protobuf.statusCode()).isEqualTo(200);
    assertThat(v2Protobuf.body()).isEmpty();
  }
}
