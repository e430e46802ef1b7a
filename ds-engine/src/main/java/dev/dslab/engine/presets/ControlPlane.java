package dev.dslab.engine.presets;

import dev.dslab.model.core.Container;
import dev.dslab.model.core.Pod;
import dev.dslab.model.core.PodSpec;
import dev.dslab.model.core.Quantity;
import dev.dslab.model.core.ResourceRequirements;
import dev.dslab.model.meta.ObjectMeta;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The static pods kubeadm writes to a control-plane node's {@code /etc/kubernetes/manifests}: etcd,
 * kube-apiserver, kube-controller-manager and kube-scheduler, as {@code
 * cmd/kubeadm/app/phases/controlplane/manifests.go}, {@code phases/etcd/local.go} and {@code
 * util/staticpod/utils.go} (ComponentPod, ComponentResources) build them at the preset's version.
 * What was checked in kubeadm's sources, and what is inferred, is in docs/presets-research.md.
 *
 * @param registry the image registry ({@code k8s.gcr.io} for 1.13, {@code registry.k8s.io} since)
 * @param version the Kubernetes version of the control-plane images ({@code v1.32.2})
 * @param etcdImageTag the etcd image's tag at that version
 * @param etcdRequests whether etcd requests cpu and memory (kubeadm's local.go since 1.14)
 * @param priorityClassName {@code system-node-critical} today; {@code system-cluster-critical} in
 *     1.13
 * @param criticalPodAnnotation whether the 1.13-era {@code
 *     scheduler.alpha.kubernetes.io/critical-pod} annotation is set
 * @param advertiseAddress the node's address the API server advertises
 */
record ControlPlane(
    String registry,
    String version,
    String etcdImageTag,
    boolean etcdRequests,
    String priorityClassName,
    boolean criticalPodAnnotation,
    String advertiseAddress) {

  /** kubeadm v1.32 (kind's node image v1.32.2): etcd 3.5.16-0, node-critical. */
  static ControlPlane kubeadm132(String advertiseAddress) {
    return new ControlPlane(
        "registry.k8s.io",
        "v1.32.2",
        "3.5.16-0",
        true,
        "system-node-critical",
        false,
        advertiseAddress);
  }

  /** kubeadm v1.30 (Docker Desktop's v1.30.2): etcd 3.5.12-0, node-critical. */
  static ControlPlane kubeadm130(String advertiseAddress) {
    return new ControlPlane(
        "registry.k8s.io",
        "v1.30.2",
        "3.5.12-0",
        true,
        "system-node-critical",
        false,
        advertiseAddress);
  }

  /** kubeadm v1.13 (seed 004's Vagrant cluster): etcd 3.2.24, cluster-critical. */
  static ControlPlane kubeadm113(String advertiseAddress) {
    return new ControlPlane(
        "k8s.gcr.io",
        "v1.13.4",
        "3.2.24",
        false,
        "system-cluster-critical",
        true,
        advertiseAddress);
  }

  /** The four manifests, in the order kubeadm writes them. */
  List<Pod> staticPods() {
    return List.of(
        component(
            "etcd",
            registry + "/etcd:" + etcdImageTag,
            etcdRequests ? Map.of("cpu", "100m", "memory", "100Mi") : Map.of(),
            Map.of(
                "kubeadm.kubernetes.io/etcd.advertise-client-urls",
                "https://" + advertiseAddress + ":2379")),
        component(
            "kube-apiserver",
            registry + "/kube-apiserver:" + version,
            Map.of("cpu", "250m"),
            Map.of(
                "kubeadm.kubernetes.io/kube-apiserver.advertise-address.endpoint",
                advertiseAddress + ":6443")),
        component(
            "kube-controller-manager",
            registry + "/kube-controller-manager:" + version,
            Map.of("cpu", "200m"),
            Map.of()),
        component(
            "kube-scheduler",
            registry + "/kube-scheduler:" + version,
            Map.of("cpu", "100m"),
            Map.of()));
  }

  private Pod component(
      String name, String image, Map<String, String> requests, Map<String, String> annotations) {
    TreeMap<String, Quantity> quantities = new TreeMap<>();
    requests.forEach((k, v) -> quantities.put(k, Quantity.parse(v)));
    Map<String, String> allAnnotations = new TreeMap<>(annotations);
    if (criticalPodAnnotation) {
      allAnnotations.put("scheduler.alpha.kubernetes.io/critical-pod", "");
    }
    Container container =
        Container.of(name, image).withResources(new ResourceRequirements(quantities, null));
    PodSpec spec =
        PodSpec.of(container)
            .withHostNetwork(true)
            .withPriorityClassName(priorityClassName)
            .withDnsPolicy(criticalPodAnnotation ? "ClusterFirstWithHostNet" : null);
    return new Pod(
        ObjectMeta.named("kube-system", name)
            .withLabels(Map.of("component", name, "tier", "control-plane"))
            .withAnnotations(allAnnotations),
        spec,
        null);
  }
}
