package dev.dslab.server;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dslab.engine.Cluster;
import dev.dslab.session.presets.ClusterPresets;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.Taint;
import io.fabric8.kubernetes.api.model.apps.ControllerRevision;
import io.fabric8.kubernetes.api.model.apps.DaemonSet;
import io.fabric8.kubernetes.client.Config;
import io.fabric8.kubernetes.client.ConfigBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientBuilder;
import io.fabric8.kubernetes.client.Watcher;
import io.fabric8.kubernetes.client.WatcherException;
import io.fabric8.kubernetes.client.dsl.base.PatchContext;
import io.fabric8.kubernetes.client.dsl.base.PatchType;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A real Java client (fabric8) against the endpoint: a DaemonSet from a tutorial's manifest, its
 * pods watched as they appear, nodes labelled and tainted, a rolling update and a roll back. The
 * served clock stands still; the test moves it, so every step is exact.
 */
class JavaClientTest {
  private static final String SEED_DAEMONSET =
      """
      apiVersion: apps/v1
      kind: DaemonSet
      metadata:
        name: fluentd
      spec:
        selector:
          matchLabels:
            app: fluentd
        template:
          metadata:
            labels:
              app: fluentd
          spec:
            nodeSelector:
              logging: enabled
            containers:
            - name: fluentd
              image: fluent/fluentd:v1.16
      """;

  private final Cluster cluster =
      ClusterPresets.create("kind", 1, Cluster.DEFAULT_START).orElseThrow();
  private final ApiEndpoint endpoint;
  private final KubernetesClient client;

  JavaClientTest() throws Exception {
    endpoint = ApiEndpoint.start(cluster, new InetSocketAddress("127.0.0.1", 0), 0, null);
    Config config =
        new ConfigBuilder()
            .withMasterUrl("http://127.0.0.1:" + endpoint.port())
            .withNamespace("default")
            .withRequestRetryBackoffLimit(0)
            .build();
    client = new KubernetesClientBuilder().withConfig(config).build();
  }

  @AfterEach
  void stop() {
    client.close();
    endpoint.close();
  }

  private void advance(Duration d) throws Exception {
    endpoint
        .engine()
        .call(
            c -> {
              c.advance(d);
              return null;
            });
  }

  private List<String> images() {
    return client.pods().withLabel("app", "fluentd").list().getItems().stream()
        .filter(p -> p.getMetadata().getDeletionTimestamp() == null)
        .map(p -> p.getSpec().getContainers().get(0).getImage())
        .toList();
  }

  @Test
  void createWatchLabelTaintRollOutAndRollBack() throws Exception {
    DaemonSet ds = client.getKubernetesSerialization().unmarshal(SEED_DAEMONSET, DaemonSet.class);
    client.apps().daemonSets().resource(ds).create();

    Set<String> added = ConcurrentHashMap.newKeySet();
    CountDownLatch two = new CountDownLatch(2);
    try (var watch =
        client
            .pods()
            .withLabel("app", "fluentd")
            .watch(
                new Watcher<Pod>() {
                  @Override
                  public void eventReceived(Action action, Pod pod) {
                    if (action == Action.ADDED && added.add(pod.getMetadata().getName())) {
                      two.countDown();
                    }
                  }

                  @Override
                  public void onClose(WatcherException cause) {}
                })) {
      for (String node : List.of("kind-multinodes-worker", "kind-multinodes-worker2")) {
        client
            .nodes()
            .withName(node)
            .edit(
                n -> {
                  n.getMetadata().getLabels().put("logging", "enabled");
                  return n;
                });
      }
      assertThat(two.await(10, TimeUnit.SECONDS)).as("both pods seen by the watch").isTrue();
    }
    advance(Duration.ofMinutes(1));
    assertThat(client.apps().daemonSets().withName("fluentd").get().getStatus().getNumberReady())
        .isEqualTo(2);

    // a NoExecute taint evicts the pod on that node
    client
        .nodes()
        .withName("kind-multinodes-worker2")
        .edit(
            n -> {
              n.getSpec().setTaints(List.of(new Taint("NoExecute", "dedicated", null, "db")));
              return n;
            });
    advance(Duration.ofMinutes(1));
    assertThat(images()).hasSize(1);

    // a new image rolls out; rolling back applies revision 1's template again
    client
        .apps()
        .daemonSets()
        .withName("fluentd")
        .edit(
            d -> {
              d.getSpec()
                  .getTemplate()
                  .getSpec()
                  .getContainers()
                  .get(0)
                  .setImage("fluent/fluentd:v1.17");
              return d;
            });
    advance(Duration.ofMinutes(2));
    assertThat(images()).containsExactly("fluent/fluentd:v1.17");
    ControllerRevision first =
        client.apps().controllerRevisions().list().getItems().stream()
            .filter(r -> r.getRevision() == 1)
            .findFirst()
            .orElseThrow();
    String patch = client.getKubernetesSerialization().asJson(first.getData());
    client
        .apps()
        .daemonSets()
        .withName("fluentd")
        .patch(PatchContext.of(PatchType.STRATEGIC_MERGE), patch);
    advance(Duration.ofMinutes(2));
    assertThat(images()).containsExactly("fluent/fluentd:v1.16");
    assertThat(client.apps().controllerRevisions().list().getItems())
        .extracting(ControllerRevision::getRevision)
        .containsExactlyInAnyOrder(2L, 3L);
  }

  /** Everything the store holds and its revision: what a dry run must leave as it found it. */
  private List<Object> store() throws Exception {
    return endpoint
        .engine()
        .call(
            c -> {
              List<Object> all = new java.util.ArrayList<>();
              for (dev.dslab.engine.api.Kind k : dev.dslab.engine.api.Kind.values()) {
                all.addAll(c.store().list(k, null));
              }
              all.add(c.store().resourceVersion());
              return all;
            });
  }

  @Test
  void theClientsDryRunsChangeNothing() throws Exception {
    DaemonSet ds = client.getKubernetesSerialization().unmarshal(SEED_DAEMONSET, DaemonSet.class);
    client.apps().daemonSets().resource(ds).create();
    advance(Duration.ofMinutes(1));
    List<Object> before = store();

    DaemonSet other =
        client.getKubernetesSerialization().unmarshal(SEED_DAEMONSET, DaemonSet.class);
    other.getMetadata().setName("other");
    DaemonSet answered = client.apps().daemonSets().resource(other).dryRun().create();
    assertThat(answered.getMetadata().getUid()).isNotNull();
    client
        .nodes()
        .withName("kind-multinodes-worker")
        .dryRun()
        .edit(
            n -> {
              n.getMetadata().getLabels().put("logging", "enabled");
              return n;
            });
    client.apps().daemonSets().withName("fluentd").dryRun().delete();
    advance(Duration.ZERO);

    assertThat(store()).isEqualTo(before);
    assertThat(client.apps().daemonSets().withName("other").get()).isNull();
  }
}
