package dev.dslab.engine.presets;

import dev.dslab.engine.Cluster;
import dev.dslab.engine.api.ApiException;
import dev.dslab.model.core.Container;
import dev.dslab.model.core.Pod;
import dev.dslab.model.core.PodSpec;
import dev.dslab.model.core.Quantity;
import dev.dslab.model.core.ResourceRequirements;
import dev.dslab.model.core.Taint;
import dev.dslab.model.core.TaintEffect;
import dev.dslab.model.core.Toleration;
import dev.dslab.model.meta.ObjectMeta;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The built-in clusters of dsctl.md, each reproducing a tutorial's cluster so that its walkthrough
 * gives the same numbers. A preset is a history: nodes join and system DaemonSets are created at
 * their moments before the session starts, and the controllers run as they would have.
 */
public final class Presets {
  public static final List<String> NAMES = List.of("docker-desktop", "kind", "kubeadm", "gke");

  private Presets() {}

  /**
   * A new cluster of the named preset whose session starts at {@code start}, or empty for an
   * unknown name. Only the nodes and their static pods: the system workloads a real cluster runs
   * come as add-ons (see the other {@code create}).
   */
  public static Optional<Cluster> create(String name, long seed, Instant start) {
    return create(name, seed, start, List.of());
  }

  /**
   * One step of a preset's history given from outside the engine: what an installer created at
   * {@code before} the session's start (kubeadm's add-ons, a CNI plugin, a storage provisioner).
   * The engine knows no manifest format, so ds-session reads those and hands them over as add-ons.
   */
  public record AddOn(Duration before, Action action) {}

  /** What an add-on does to the cluster at its moment. */
  public interface Action {
    void apply(Cluster cluster) throws ApiException;
  }

  /**
   * A new cluster of the named preset with its add-ons, each applied at its moment among the nodes'
   * registrations, the controllers running in between as they would have; empty for an unknown
   * name.
   */
  public static Optional<Cluster> create(
      String name, long seed, Instant start, List<AddOn> addOns) {
    List<AddOn> steps = steps(name);
    if (steps == null) {
      return Optional.empty();
    }
    List<AddOn> all = new ArrayList<>(steps);
    all.addAll(addOns);
    Duration earliest =
        all.stream().map(AddOn::before).max(Duration::compareTo).orElse(Duration.ZERO);
    Cluster cluster = new Cluster(seed, start.minus(earliest));
    try {
      // Stable: at one moment, the nodes' steps first, then the add-ons in the order given.
      for (AddOn step : all.stream().sorted((a, b) -> b.before().compareTo(a.before())).toList()) {
        cluster.advanceTo(start.minus(step.before()));
        step.action().apply(cluster);
        cluster.reconcile();
      }
    } catch (ApiException e) {
      throw new IllegalStateException("preset " + name + " is valid by construction", e);
    }
    cluster.advanceTo(start);
    return Optional.of(cluster);
  }

  private static List<AddOn> steps(String name) {
    return switch (name) {
      case "docker-desktop" ->
          List.of(
              controlPlaneNode(
                  Duration.ofDays(20).plusMinutes(1),
                  dockerDesktop(),
                  ControlPlane.kubeadm130("192.168.65.3")));
      case "kind" -> kind();
      case "kubeadm" -> kubeadm();
      case "gke" -> gke();
      default -> null;
    };
  }

  private static AddOn node(Duration before, NodeSpecs specs) {
    return new AddOn(before, cluster -> cluster.api().create(specs.build(cluster.now())));
  }

  /**
   * A control-plane node: kubeadm has written its static pods before the kubelet registers it, so
   * their mirror pods appear with the node.
   */
  private static AddOn controlPlaneNode(Duration before, NodeSpecs specs, ControlPlane plane) {
    return nodeWithStaticPods(before, specs, plane.staticPods());
  }

  /**
   * A node whose kubelet runs static pods from its disk, shown as mirror pods once it registers.
   */
  private static AddOn nodeWithStaticPods(Duration before, NodeSpecs specs, List<Pod> staticPods) {
    return new AddOn(
        before,
        cluster -> {
          for (Pod manifest : staticPods) {
            cluster.staticPods().add(specs.name(), manifest);
          }
          cluster.api().create(specs.build(cluster.now()));
        });
  }

  private static NodeSpecs dockerDesktop() {
    return new NodeSpecs(
            "docker-desktop",
            Map.of(),
            List.of(),
            "192.168.65.3",
            "10.1.0.0/16",
            "v1.30.2",
            "Docker Desktop",
            "6.10.14-linuxkit",
            "docker://27.2.0",
            "arm64",
            "8",
            "8024636Ki")
        .withStandardLabels(true, true)
        .withRole("control-plane")
        .withLabel("node.kubernetes.io/exclude-from-external-load-balancers", "");
  }

  private static List<AddOn> kind() {
    Taint controlPlane =
        Taint.of("node-role.kubernetes.io/control-plane", "", TaintEffect.NoSchedule);
    NodeSpecs cp =
        NodeSpecs.worker("kind-multinodes-control-plane", "172.18.0.3", "10.244.0.0/24")
            .withRole("control-plane")
            .withLabel("node.kubernetes.io/exclude-from-external-load-balancers", "")
            .withTaints(List.of(controlPlane));
    return List.of(
        controlPlaneNode(
            Duration.ofMinutes(12).plusSeconds(40), cp, ControlPlane.kubeadm132("172.18.0.3")),
        node(
            Duration.ofMinutes(12).plusSeconds(20),
            NodeSpecs.worker("kind-multinodes-worker", "172.18.0.4", "10.244.1.0/24")),
        node(
            Duration.ofMinutes(12).plusSeconds(20),
            NodeSpecs.worker("kind-multinodes-worker2", "172.18.0.5", "10.244.2.0/24")));
  }

  private static NodeSpecs kubeadmNode(String name, String podCidr) {
    return new NodeSpecs(
            name,
            Map.of(),
            List.of(),
            "10.0.2.15",
            podCidr,
            "v1.13.4",
            "Ubuntu 16.04.5 LTS",
            "4.4.0-131-generic",
            "docker://18.6.1",
            "amd64",
            "2",
            "2040972Ki")
        .withStandardLabels(false, true);
  }

  /** kubeadm v1.13 on Vagrant (seed 004); kube-proxy, CoreDNS and calico-node are add-ons. */
  private static List<AddOn> kubeadm() {
    NodeSpecs master =
        kubeadmNode("kube-master", "192.168.0.0/24")
            .withRole("master")
            .withTaints(
                List.of(Taint.of("node-role.kubernetes.io/master", "", TaintEffect.NoSchedule)));
    return List.of(
        controlPlaneNode(
            Duration.ofMinutes(6).plusSeconds(50), master, ControlPlane.kubeadm113("10.0.2.15")),
        node(Duration.ofMinutes(4).plusSeconds(24), kubeadmNode("kube-worker1", "192.168.1.0/24")),
        node(Duration.ofMinutes(2).plusSeconds(56), kubeadmNode("kube-worker2", "192.168.2.0/24")));
  }

  private static List<AddOn> gke() {
    List<AddOn> steps = new ArrayList<>();
    String[][] nodes = {
      {"k0-default-pool-35609c18-z7tb", "10.128.0.2", "10.4.0.0/24"},
      {"k0-default-pool-35609c18-0xnl", "10.128.0.3", "10.4.1.0/24"},
      {"k0-default-pool-35609c18-vvgp", "10.128.0.4", "10.4.2.0/24"}
    };
    for (String[] n : nodes) {
      NodeSpecs specs =
          new NodeSpecs(
                  n[0],
                  Map.of(),
                  List.of(),
                  n[1],
                  n[2],
                  "v1.30.5-gke.1014001",
                  "Container-Optimized OS from Google",
                  "6.1.100+",
                  "containerd://1.7.22",
                  "amd64",
                  "940m",
                  "2873364Ki")
              .withStandardLabels(true, true)
              .withLabel("cloud.google.com/gke-nodepool", "default-pool")
              .withLabel("cloud.google.com/gke-os-distribution", "cos")
              .withLabel("cloud.google.com/machine-family", "e2")
              .withLabel("node.kubernetes.io/instance-type", "e2-medium")
              .withLabel("beta.kubernetes.io/instance-type", "e2-medium")
              .withLabel("topology.kubernetes.io/region", "us-central1")
              .withLabel("topology.kubernetes.io/zone", "us-central1-a")
              .withLabel("failure-domain.beta.kubernetes.io/region", "us-central1")
              .withLabel("failure-domain.beta.kubernetes.io/zone", "us-central1-a");
      steps.add(
          nodeWithStaticPods(Duration.ofDays(3).plusMinutes(2), specs, List.of(gkeKubeProxy())));
    }
    return steps;
  }

  /**
   * GKE runs kube-proxy as a static pod on every node (kubernetes cluster/gce/manifests/
   * kube-proxy.manifest), so `kubectl get pods` shows one {@code kube-proxy-<node>} mirror pod per
   * node; requests as `kubectl describe node` shows them on 1.30.
   */
  private static Pod gkeKubeProxy() {
    TreeMap<String, Quantity> requests = new TreeMap<>(Map.of("cpu", Quantity.parse("100m")));
    PodSpec spec =
        PodSpec.of(
                Container.of("kube-proxy", "gke.gcr.io/kube-proxy-amd64:v1.30.5-gke.1014001")
                    .withResources(new ResourceRequirements(requests, null)))
            .withHostNetwork(true)
            .withPriorityClassName("system-node-critical")
            .withTolerations(
                List.of(
                    new Toleration(null, Toleration.EXISTS, null, TaintEffect.NoExecute, null),
                    new Toleration(null, Toleration.EXISTS, null, TaintEffect.NoSchedule, null)));
    return new Pod(
        ObjectMeta.named("kube-system", "kube-proxy")
            .withLabels(Map.of("component", "kube-proxy", "tier", "node")),
        spec,
        null);
  }
}
