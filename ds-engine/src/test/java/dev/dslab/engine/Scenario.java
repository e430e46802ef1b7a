package dev.dslab.engine;

import dev.dslab.engine.api.ApiException;
import dev.dslab.engine.api.DeleteOptions;
import dev.dslab.engine.api.Kind;
import dev.dslab.engine.presets.NodeRegistration;
import dev.dslab.engine.presets.NodeSpecs;
import dev.dslab.model.apps.DaemonSet;
import dev.dslab.model.apps.DaemonSetSpec;
import dev.dslab.model.core.Container;
import dev.dslab.model.core.Event;
import dev.dslab.model.core.Node;
import dev.dslab.model.core.Pod;
import dev.dslab.model.core.PodSpec;
import dev.dslab.model.core.PodTemplateSpec;
import dev.dslab.model.core.Taint;
import dev.dslab.model.meta.LabelSelector;
import dev.dslab.model.meta.ObjectMeta;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.UnaryOperator;

/**
 * A cluster for scenario tests: nodes, DaemonSets, actions and clock steps, with short assertions.
 */
public final class Scenario {
  public final Cluster cluster;

  public Scenario(long seed) {
    cluster = new Cluster(seed);
  }

  public Scenario() {
    this(1);
  }

  public Scenario node(String name, Map<String, String> labels, Taint... taints) {
    NodeSpecs specs = NodeRegistration.nextWorker(cluster, name).withTaints(List.of(taints));
    for (Map.Entry<String, String> e : labels.entrySet()) {
      specs = specs.withLabel(e.getKey(), e.getValue());
    }
    NodeSpecs built = specs;
    return call(() -> cluster.api().create(built.build(cluster.now())));
  }

  public Scenario node(String name) {
    return node(name, Map.of());
  }

  public Scenario updateNode(String name, UnaryOperator<Node> change) {
    return call(() -> cluster.api().update(change.apply(nodeObject(name))));
  }

  public Scenario label(String node, String key, String value) {
    return updateNode(
        node,
        n -> {
          TreeMap<String, String> labels = new TreeMap<>(n.metadata().labels());
          if (value == null) {
            labels.remove(key);
          } else {
            labels.put(key, value);
          }
          return n.withMetadata(n.metadata().withLabels(labels));
        });
  }

  public Scenario taint(String node, Taint taint) {
    return updateNode(
        node,
        n -> {
          List<Taint> taints = new java.util.ArrayList<>(n.spec().taints());
          taints.add(taint);
          return n.withSpec(n.spec().withTaints(taints));
        });
  }

  public Scenario deleteNode(String name) {
    return call(() -> cluster.api().delete(Kind.NODE, null, name, DeleteOptions.DEFAULT));
  }

  public Scenario deletePod(String name) {
    return call(() -> cluster.api().delete(Kind.POD, "default", name, DeleteOptions.DEFAULT));
  }

  public Scenario apply(DaemonSet ds) {
    return call(() -> cluster.api().create(ds));
  }

  public Scenario update(DaemonSet ds) {
    return call(() -> cluster.api().update(ds));
  }

  /** {@code set image}: the DaemonSet's one container runs {@code image} from now on. */
  public Scenario setImage(String namespace, String ds, String image) {
    DaemonSet current =
        cluster.store().<DaemonSet>get(Kind.DAEMON_SET, namespace, ds).orElseThrow();
    String container = current.spec().template().spec().containers().get(0).name();
    return update(
        withPodSpec(current, p -> p.withContainers(List.of(Container.of(container, image)))));
  }

  /** Creates any object (a Deployment, a ReplicaSet, ...) and lets the controllers react. */
  public Scenario create(dev.dslab.model.meta.KubeObject o) {
    return call(() -> cluster.api().create(o));
  }

  /**
   * Updates any object (the stored resourceVersion is not checked) and lets the controllers react.
   */
  public Scenario replace(dev.dslab.model.meta.KubeObject o) {
    return call(() -> cluster.api().update(o.withMetadata(o.metadata().withResourceVersion(null))));
  }

  public dev.dslab.model.apps.Deployment deploy(String name) {
    return cluster
        .store()
        .<dev.dslab.model.apps.Deployment>get(Kind.DEPLOYMENT, "default", name)
        .orElseThrow();
  }

  /** The ReplicaSets of the default namespace, in name order. */
  public List<dev.dslab.model.apps.ReplicaSet> replicaSets() {
    return cluster.list(Kind.REPLICA_SET, "default");
  }

  /** A Deployment {@code name} of {@code replicas} pods selecting {@code app=<name>}. */
  public static dev.dslab.model.apps.Deployment deployment(String name, int replicas) {
    Map<String, String> labels = Map.of("app", name);
    PodTemplateSpec template =
        new PodTemplateSpec(
            ObjectMeta.named(null).withLabels(labels),
            PodSpec.of(Container.of(name, "nginx:1.27")));
    return new dev.dslab.model.apps.Deployment(
        ObjectMeta.named("default", name),
        new dev.dslab.model.apps.DeploymentSpec(
            replicas, LabelSelector.ofLabels(labels), template, null, 0, null, false, null),
        null);
  }

  public Scenario advance(String seconds) {
    cluster.advance(Duration.ofMillis((long) (Double.parseDouble(seconds) * 1000)));
    return this;
  }

  public Scenario settle() {
    cluster.settle(Duration.ofHours(1));
    return this;
  }

  public Node nodeObject(String name) {
    return cluster.store().<Node>get(Kind.NODE, null, name).orElseThrow();
  }

  public DaemonSet ds(String name) {
    return cluster.store().<DaemonSet>get(Kind.DAEMON_SET, "default", name).orElseThrow();
  }

  public List<Pod> pods() {
    return cluster.list(Kind.POD, "default");
  }

  /** The nodes of the pods that are not being deleted, sorted. */
  public List<String> podNodes() {
    return pods().stream()
        .filter(p -> !p.metadata().isDeleting())
        .map(
            p ->
                String.valueOf(
                    dev.dslab.engine.placement.NodeAffinityMatcher.targetNodeName(p.spec())
                        .orElse("?")))
        .sorted()
        .toList();
  }

  public List<String> eventReasons(String kind) {
    return cluster.<Event>list(Kind.EVENT, "default").stream()
        .filter(e -> e.involvedObject().kind().equals(kind))
        .sorted(
            java.util.Comparator.comparing(Event::firstTimestamp)
                .thenComparing(e -> e.metadata().name()))
        .map(e -> e.reason() + ": " + e.message())
        .toList();
  }

  /** A DaemonSet named {@code name} selecting {@code app=<name>}, one nginx container. */
  public static DaemonSet daemonSet(String name) {
    Map<String, String> labels = Map.of("app", name);
    PodTemplateSpec template =
        new PodTemplateSpec(
            ObjectMeta.named(null).withLabels(labels),
            PodSpec.of(Container.of(name, "nginx:1.27")));
    return new DaemonSet(
        ObjectMeta.named("default", name),
        new DaemonSetSpec(LabelSelector.ofLabels(labels), template, null, 0, null),
        null);
  }

  public static DaemonSet withPodSpec(DaemonSet ds, UnaryOperator<PodSpec> change) {
    PodTemplateSpec t = ds.spec().template();
    return ds.withSpec(ds.spec().withTemplate(t.withSpec(change.apply(t.spec()))));
  }

  private interface Call {
    void run() throws ApiException;
  }

  private Scenario call(Call c) {
    try {
      c.run();
    } catch (ApiException e) {
      throw new AssertionError(e.kubectlMessage(), e);
    }
    cluster.reconcile();
    return this;
  }
}
