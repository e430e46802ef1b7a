package dev.dslab.engine.kubelet;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dslab.engine.Scenario;
import dev.dslab.engine.api.ApiException;
import dev.dslab.engine.api.Kind;
import dev.dslab.model.apps.DaemonSet;
import dev.dslab.model.apps.DaemonSetStatus;
import dev.dslab.model.core.Container;
import dev.dslab.model.core.ContainerState;
import dev.dslab.model.core.EnvFromSource;
import dev.dslab.model.core.EnvVar;
import dev.dslab.model.core.Event;
import dev.dslab.model.core.Pod;
import dev.dslab.model.core.PodPhase;
import dev.dslab.model.core.Volume;
import dev.dslab.model.core.VolumeSource;
import dev.dslab.model.meta.ObjectMeta;
import dev.dslab.model.meta.Unstructured;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/**
 * The kubelet and the ConfigMaps and Secrets a pod reads: a volume whose object is missing fails
 * its SetUp (pkg/volume/configmap, secret, projected: SetUpAt; the volume manager's FailedMount,
 * retried with exponentialbackoff), a container whose environment names a missing object or key
 * waits with CreateContainerConfigError (pkg/kubelet/kubelet_pods.go makeEnvironmentVariables;
 * kuberuntime_container.go startContainer's "Error: ..." event; pod_workers.go's 10 s back-off).
 * When the object appears the kubelet's next try starts the pod.
 */
class ConfigReferencesScenarioTest {
  private static Scenario agent(UnaryOperator<Container> container, List<Volume> volumes) {
    DaemonSet ds =
        Scenario.withPodSpec(
            Scenario.daemonSet("agent"),
            p ->
                p.withContainers(List.of(container.apply(p.containers().get(0))))
                    .withVolumes(volumes));
    return new Scenario().node("n1").apply(ds);
  }

  private static Pod pod(Scenario s) {
    return s.pods().get(0);
  }

  private static ContainerState.Waiting waiting(Scenario s) {
    return (ContainerState.Waiting) pod(s).status().containerStatuses().get(0).state();
  }

  private static List<Event> events(Scenario s, String reason) {
    return s.cluster.<Event>list(Kind.EVENT, "default").stream()
        .filter(e -> e.reason().equals(reason) && e.involvedObject().kind().equals("Pod"))
        .toList();
  }

  private static void create(Scenario s, String kind, String name, Map<String, Object> data)
      throws ApiException {
    s.cluster
        .api()
        .create(
            new Unstructured(
                "v1",
                kind,
                ObjectMeta.named("default", name),
                new TreeMap<>(Map.of("data", data))));
    s.cluster.reconcile();
  }

  private static Map<String, Object> ref(String name, String key) {
    return Map.of("name", name, "key", key);
  }

  private static DaemonSetStatus status(Scenario s) {
    return s.ds("agent").status();
  }

  @Test
  void aMissingConfigMapVolumeKeepsThePodContainerCreatingWithRepeatedFailedMountUntilItExists()
      throws ApiException {
    Scenario s =
        agent(c -> c, List.of(new Volume("config", new VolumeSource.ConfigMap("agent", null))));
    s.advance("60");
    assertThat(waiting(s).reason()).isEqualTo("ContainerCreating");
    assertThat(pod(s).status().phase()).isEqualTo(PodPhase.Pending);
    // tries at 0, 0.5, 1.5, 3.5, 7.5, 15.5, 31.5 s: the back-off doubles from 500 ms
    assertThat(events(s, "FailedMount"))
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.type()).isEqualTo("Warning");
              assertThat(e.message())
                  .isEqualTo(
                      "MountVolume.SetUp failed for volume \"config\" : configmap \"agent\" not"
                          + " found");
              assertThat(e.sourceComponent()).isEqualTo("kubelet");
              assertThat(e.sourceHost()).isEqualTo("n1");
              assertThat(e.count()).isEqualTo(7);
            });
    assertThat(status(s).numberReady()).isZero();
    assertThat(status(s).numberUnavailable()).isEqualTo(1);

    create(s, "ConfigMap", "agent", Map.of("agent.conf", "level=info"));
    // the next try is due at 63.5 s, then the containers take their 2 s to start
    s.advance("3.4");
    assertThat(waiting(s).reason()).isEqualTo("ContainerCreating");
    s.advance("2.2");
    assertThat(pod(s).status().isReady()).isTrue();
    assertThat(status(s).numberReady()).isEqualTo(1);
    assertThat(status(s).numberAvailable()).isEqualTo(1);
    assertThat(status(s).numberUnavailable()).isZero();
  }

  @Test
  void anOptionalVolumeOrEnvSourceMayBeMissing() {
    Scenario s =
        agent(
            c ->
                c.withEnvFrom(
                    List.of(new EnvFromSource(null, null, new EnvFromSource.Ref("creds", true)))),
            List.of(new Volume("config", new VolumeSource.Secret("agent", true))));
    s.settle();
    assertThat(pod(s).status().isReady()).isTrue();
    assertThat(events(s, "FailedMount")).isEmpty();
  }

  @Test
  void aMissingSecretVolumeNamesTheSecret() {
    Scenario s =
        agent(c -> c, List.of(new Volume("tls", new VolumeSource.Secret("agent-tls", null))));
    assertThat(events(s, "FailedMount"))
        .extracting(Event::message)
        .containsExactly(
            "MountVolume.SetUp failed for volume \"tls\" : secret \"agent-tls\" not found");
  }

  /** projectedVolumeMounter.collectData: every missing source, aggregated. */
  @Test
  void aProjectedVolumeNamesEveryMissingSource() {
    VolumeSource projected =
        VolumeSource.Other.of(
            "projected",
            Map.of(
                "sources",
                List.of(
                    Map.of("configMap", Map.of("name", "a")),
                    Map.of("secret", Map.of("name", "b")),
                    Map.of("configMap", Map.of("name", "c", "optional", true)))));
    Scenario s = agent(c -> c, List.of(new Volume("all", projected)));
    assertThat(events(s, "FailedMount"))
        .extracting(Event::message)
        .containsExactly(
            "MountVolume.SetUp failed for volume \"all\" : [configmap \"a\" not found, secret"
                + " \"b\" not found]");
  }

  @Test
  void anEnvKeyRefToAMissingConfigMapThenAMissingKeyIsCreateContainerConfigErrorUntilBothExist()
      throws ApiException {
    Scenario s =
        agent(
            c ->
                c.withEnv(
                    List.of(
                        new EnvVar(
                            "LEVEL", null, Map.of("configMapKeyRef", ref("agent", "level"))))),
            List.of());
    s.advance("2");
    assertThat(waiting(s).reason()).isEqualTo("CreateContainerConfigError");
    assertThat(waiting(s).message()).isEqualTo("configmap \"agent\" not found");
    assertThat(events(s, "Failed"))
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.type()).isEqualTo("Warning");
              assertThat(e.message()).isEqualTo("Error: configmap \"agent\" not found");
            });
    // the pod worker tries again every 10 s
    s.advance("30");
    assertThat(events(s, "Failed")).singleElement().extracting(Event::count).isEqualTo(4);
    assertThat(status(s).numberReady()).isZero();

    create(s, "ConfigMap", "agent", Map.of("other", "x"));
    s.advance("10");
    assertThat(waiting(s).message())
        .isEqualTo("couldn't find key level in ConfigMap default/agent");
    assertThat(events(s, "Failed"))
        .extracting(Event::message)
        .contains("Error: couldn't find key level in ConfigMap default/agent");

    s.cluster
        .api()
        .delete(Kind.CONFIG_MAP, "default", "agent", dev.dslab.engine.api.DeleteOptions.DEFAULT);
    create(s, "ConfigMap", "agent", Map.of("level", "debug"));
    s.advance("10");
    assertThat(pod(s).status().phase()).isEqualTo(PodPhase.Running);
    assertThat(pod(s).status().isReady()).isTrue();
    assertThat(status(s).numberReady()).isEqualTo(1);
  }

  @Test
  void envFromAMissingSecretNamesTheSecret() {
    Scenario s = agent(c -> c.withEnvFrom(List.of(EnvFromSource.secret("creds"))), List.of());
    s.advance("2");
    assertThat(waiting(s).reason()).isEqualTo("CreateContainerConfigError");
    assertThat(waiting(s).message()).isEqualTo("secret \"creds\" not found");
  }

  @Test
  void aSecretKeyRefNamesTheSecretInItsMessage() throws ApiException {
    Scenario s =
        agent(
            c ->
                c.withEnv(
                    List.of(new EnvVar("TOKEN", null, Map.of("secretKeyRef", ref("creds", "t"))))),
            List.of());
    create(s, "Secret", "creds", Map.of("u", "dXNlcg=="));
    s.advance("12");
    assertThat(waiting(s).message()).isEqualTo("couldn't find key t in Secret default/creds");
  }
}
