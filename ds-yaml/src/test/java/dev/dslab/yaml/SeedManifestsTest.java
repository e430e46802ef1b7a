package dev.dslab.yaml;

import static dev.dslab.yaml.Fixtures.seed;
import static dev.dslab.yaml.Fixtures.single;
import static org.assertj.core.api.Assertions.assertThat;

import dev.dslab.model.apps.DaemonSet;
import dev.dslab.model.core.Container;
import dev.dslab.model.core.ContainerPort;
import dev.dslab.model.core.PodSpec;
import dev.dslab.model.core.Quantity;
import dev.dslab.model.core.Service;
import dev.dslab.model.core.ServicePort;
import dev.dslab.model.core.VolumeMount;
import dev.dslab.model.core.VolumeSource;
import dev.dslab.model.meta.IntOrString;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every manifest printed in (or linked from) the tutorials the project follows, in
 * /work/shared/seeds.
 */
class SeedManifestsTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "000-service.yaml",
        "000-daemonset.yaml",
        "001-create-fluentbit.yaml",
        "002-fluentd.yaml",
        "002-nginx-fast-storage.yaml",
        "003-node-exporter.yaml",
        "004-ds-httpd.yaml"
      })
  void everyCompleteSeedManifestLoadsWithoutProblems(String file) {
    LoadResult result = ManifestReader.read(seed(file));

    assertThat(result.problems()).extracting(ManifestProblem::render).isEmpty();
    assertThat(result.objects()).hasSize(1);
    assertThat(result.objects().get(0).source()).isEqualTo(seed(file).toString());
    assertThat(result.objects().get(0).document()).isEqualTo(1);
  }

  @Test
  void greetServiceIsANodePortTargetingPort8080() {
    Service service = single(seed("000-service.yaml"), Service.class);

    assertThat(service.name()).isEqualTo("greet");
    assertThat(service.namespace()).isNull();
    assertThat(service.spec().type()).isEqualTo("NodePort");
    assertThat(service.spec().selector()).containsExactly(Map.entry("app", "greet"));
    assertThat(service.spec().ports())
        .containsExactly(new ServicePort(null, "TCP", 80, IntOrString.of(8080), 0));
  }

  @Test
  void greetDaemonSetSelectsItsTemplateAndExposesPort8080() {
    DaemonSet ds = single(seed("000-daemonset.yaml"), DaemonSet.class);

    assertThat(ds.name()).isEqualTo("greet");
    assertThat(ds.spec().selector().matchLabels()).containsExactly(Map.entry("name", "greet"));
    assertThat(ds.spec().template().metadata().labels())
        .containsExactly(Map.entry("name", "greet"));
    Container greet = ds.spec().template().spec().containers().get(0);
    assertThat(greet.name()).isEqualTo("greet");
    assertThat(greet.image()).isEqualTo("eduard2diaz/greet:storage");
    assertThat(greet.ports()).containsExactly(ContainerPort.of(8080));
  }

  @Test
  void greetDaemonSetStartsOnTheLineAfterItsFileNameComment() {
    LoadedObject loaded = ManifestReader.read(seed("000-daemonset.yaml")).objects().get(0);

    assertThat(loaded.line()).isEqualTo(2);
  }

  @Test
  void daemonSetWithoutDefaultsKeepsUnsetFieldsUnset() {
    DaemonSet ds = single(seed("000-daemonset.yaml"), DaemonSet.class);

    // Defaulting is the engine's job, as it is the API server's.
    assertThat(ds.spec().updateStrategy()).isNull();
    assertThat(ds.spec().revisionHistoryLimit()).isNull();
    PodSpec pod = ds.spec().template().spec();
    assertThat(pod.restartPolicy()).isNull();
    assertThat(pod.terminationGracePeriodSeconds()).isNull();
    assertThat(pod.containers().get(0).imagePullPolicy()).isNull();
  }

  @Test
  void creationFragmentOfSeed001IsADaemonSetInNamespaceLoggingWithAnEmptySpec() {
    DaemonSet ds = single(seed("001-create-fluentbit.yaml"), DaemonSet.class);

    assertThat(ds.name()).isEqualTo("fluentbit");
    assertThat(ds.namespace()).isEqualTo("logging");
    assertThat(ds.spec().selector()).isNull();
    assertThat(ds.spec().template()).isNull();
  }

  @Test
  void badlyIndentedFluentbitExampleGivesOneProblemAtTheLineOfItsImage() {
    LoadResult result = ManifestReader.read(seed("001-fluentbit-bad-indentation.yaml"));

    assertThat(result.objects()).isEmpty();
    assertThat(result.problems())
        .singleElement()
        .satisfies(
            problem -> {
              assertThat(problem.source())
                  .isEqualTo(seed("001-fluentbit-bad-indentation.yaml").toString());
              assertThat(problem.document()).isEqualTo(1);
              // line 21 is `    image: fluent/fluent-bit`, indented under `- name: fluentbit` as if
              // it continued it
              assertThat(problem.line()).isEqualTo(21);
              assertThat(problem.render())
                  .isEqualTo(
                      "error parsing "
                          + seed("001-fluentbit-bad-indentation.yaml")
                          + ": document 1, line 21: YAML syntax error: mapping values are not allowed here (column 14)");
            });
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "001-fragment-metadata.yaml",
        "001-fragment-spec.yaml",
        "001-fragment-update-strategy.yaml",
        "001-fragment-template.yaml",
        "001-fragment-containers.yaml",
        "001-fragment-node-selector.yaml",
        "001-fragment-node-affinity.yaml",
        "001-fragment-tolerations.yaml",
        "001-fragment-volumes.yaml"
      })
  void fragmentsOfSeed001AreReportedAsNotBeingObjects(String file) {
    LoadResult result = ManifestReader.read(seed(file));

    assertThat(result.objects()).isEmpty();
    assertThat(result.problems())
        .extracting(ManifestProblem::render)
        .containsExactly(
            "error parsing "
                + seed(file)
                + ": document 1, line 1: not a Kubernetes object (apiVersion not set, kind not set): skipped");
  }

  @Test
  void fluentdFromTheBookRequestsResourcesAndMountsDockerContainersReadOnly() {
    DaemonSet ds = single(seed("002-fluentd.yaml"), DaemonSet.class);

    PodSpec pod = ds.spec().template().spec();
    Container fluentd = pod.containers().get(0);
    assertThat(fluentd.image()).isEqualTo("fluent/fluentd:v0.14.10");
    assertThat(fluentd.resources().limits())
        .containsExactly(Map.entry("memory", Quantity.parse("200Mi")));
    assertThat(fluentd.resources().requests())
        .containsExactly(
            Map.entry("cpu", Quantity.parse("100m")), Map.entry("memory", Quantity.parse("200Mi")));
    assertThat(fluentd.resources().requests().get("cpu").milliValue()).isEqualTo(100);
    assertThat(fluentd.volumeMounts())
        .containsExactly(
            new VolumeMount("varlog", "/var/log", false, null),
            new VolumeMount("varlibdockercontainers", "/var/lib/docker/containers", true, null));
    assertThat(pod.terminationGracePeriodSeconds()).isEqualTo(30);
    assertThat(pod.volumes())
        .extracting(v -> v.source())
        .containsExactly(
            new VolumeSource.HostPath("/var/log", null),
            new VolumeSource.HostPath("/var/lib/docker/containers", null));
  }

  @Test
  void nginxFastStorageRunsOnlyOnSsdNodesWithTheQuotedTrueAsAString() {
    DaemonSet ds = single(seed("002-nginx-fast-storage.yaml"), DaemonSet.class);

    assertThat(ds.metadata().labels())
        .containsExactly(Map.entry("app", "nginx"), Map.entry("ssd", "true"));
    assertThat(ds.spec().selector().matchLabels()).containsEntry("ssd", "true");
    assertThat(ds.spec().template().spec().nodeSelector())
        .containsExactly(Map.entry("ssd", "true"));
    assertThat(ds.spec().template().spec().containers().get(0).image()).isEqualTo("nginx:1.10.0");
  }

  @Test
  void nodeExporterCommentedOnEveryLineUsesTheHostNetworkPortAndReadOnlyMounts() {
    DaemonSet ds = single(seed("003-node-exporter.yaml"), DaemonSet.class);

    PodSpec pod = ds.spec().template().spec();
    assertThat(pod.hostNetwork()).isTrue();
    Container exporter = pod.containers().get(0);
    assertThat(exporter.name()).isEqualTo("node-exporter");
    assertThat(exporter.image()).isEqualTo("prom/node-exporter:latest");
    assertThat(exporter.ports()).containsExactly(new ContainerPort(null, 9100, 9100, "TCP", null));
    assertThat(exporter.volumeMounts())
        .allMatch(VolumeMount::readOnly)
        .extracting(VolumeMount::mountPath)
        .containsExactly("/host/proc", "/host/sys");
    assertThat(pod.volumes())
        .extracting(v -> ((VolumeSource.HostPath) v.source()).path())
        .containsExactly("/proc", "/sys");
  }

  @Test
  void dsHttpdAfterALeadingDocumentMarkerIsTheFirstDocument() {
    LoadResult result = ManifestReader.read(seed("004-ds-httpd.yaml"));

    LoadedObject loaded = result.objects().get(0);
    assertThat(loaded.document()).isEqualTo(1);
    assertThat(loaded.line()).isEqualTo(2);
    DaemonSet ds = (DaemonSet) loaded.object();
    assertThat(ds.metadata().labels()).containsExactly(Map.entry("app", "httpd_webserver"));
    // `image: httpd:latest ` carries a trailing blank in the tutorial
    assertThat(ds.spec().template().spec().containers().get(0).image()).isEqualTo("httpd:latest");
    assertThat(ds.spec().template().spec().containers().get(0).ports())
        .containsExactly(ContainerPort.of(80));
  }

  @Test
  void commandOutputInAYamlCodeBlockIsACleanProblem() {
    LoadResult result = ManifestReader.read(seed("004-get-ds-output.yaml"));

    assertThat(result.objects()).isEmpty();
    assertThat(result.problems())
        .singleElement()
        .satisfies(
            p ->
                assertThat(p.render())
                    .startsWith(
                        "error parsing "
                            + seed("004-get-ds-output.yaml")
                            + ": document 1, line 6: YAML syntax error: "));
  }
}
