package dev.dslab.session.presets;

import dev.dslab.engine.presets.Presets;
import dev.dslab.model.meta.KubeObject;
import dev.dslab.yaml.LoadResult;
import dev.dslab.yaml.ManifestReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * What each preset's installer created besides the nodes: kubeadm's CoreDNS and kube-proxy, the
 * network plugin, the storage provisioner, the provider's own daemons — as manifests kept beside
 * this class, applied at the moment they were created in the preset's history. The facts behind
 * every manifest (versions, images, requests, priority classes) and what is inferred are in
 * docs/presets-research.md.
 *
 * <p>A manifest may hold {@code ${NAME}} placeholders for what differs between versions of one
 * installer (images, the control-plane taint's key); each use gives their values.
 */
public final class PresetAddOns {
  private PresetAddOns() {}

  /** One manifest of a preset, created {@code before} the session's start. */
  record Part(Duration before, String manifest, Map<String, String> values) {}

  /** The add-ons of a preset, in the order an installer created them; empty for none. */
  public static List<Presets.AddOn> of(String preset) {
    return parts(preset).stream().map(PresetAddOns::addOn).toList();
  }

  static List<Part> parts(String preset) {
    return switch (preset) {
      case "kind" -> kind();
      case "kubeadm" -> kubeadm();
      case "docker-desktop" -> dockerDesktop();
      case "gke" -> gke();
      default -> List.of();
    };
  }

  private static Duration ago(int minutes, int seconds) {
    return Duration.ofMinutes(minutes).plusSeconds(seconds);
  }

  /** kind v0.27.0 with node image v1.32.2: kubeadm v1.32's add-ons, kindnet, local-path-storage. */
  private static List<Part> kind() {
    return List.of(
        coreDns(ago(12, 35), "registry.k8s.io/coredns/coredns:v1.11.3", CONTROL_PLANE_TAINT, LINUX),
        kubeProxy(
            ago(12, 35),
            "registry.k8s.io/kube-proxy:v1.32.2",
            LINUX,
            "10.244.0.0/16",
            "https://kind-multinodes-control-plane:6443"),
        new Part(ago(12, 30), "kind-kindnet.yaml", Map.of()),
        new Part(ago(12, 29), "kind-local-path-storage.yaml", Map.of()));
  }

  /**
   * Seed 004's kubeadm v1.13.4 cluster: its add-ons when `kubeadm init` ended, calico when the
   * tutorial applied it; the ages are the tutorial's (kube-proxy 4m45s, calico-node 4m).
   */
  private static List<Part> kubeadm() {
    return List.of(
        coreDns(
            ago(4, 45),
            "k8s.gcr.io/coredns:1.2.6",
            "node-role.kubernetes.io/master",
            "{beta.kubernetes.io/os: linux}"),
        kubeProxy(
            ago(4, 45),
            "k8s.gcr.io/kube-proxy:v1.13.4",
            "{}",
            "192.168.0.0/16",
            "https://10.0.2.15:6443"),
        new Part(ago(4, 0), "calico-3.3.yaml", Map.of()));
  }

  /** Docker Desktop 4.33 with Kubernetes v1.30.2: kubeadm v1.30's add-ons and its two pods. */
  private static List<Part> dockerDesktop() {
    Duration installed = Duration.ofDays(20).plusSeconds(45);
    return List.of(
        coreDns(installed, "registry.k8s.io/coredns/coredns:v1.11.1", CONTROL_PLANE_TAINT, LINUX),
        kubeProxy(
            installed,
            "registry.k8s.io/kube-proxy:v1.30.2",
            LINUX,
            "10.1.0.0/16",
            "https://kubernetes.docker.internal:6443"),
        new Part(installed.minusSeconds(10), "docker-desktop-pods.yaml", Map.of()));
  }

  /**
   * GKE Standard 1.30: the add-ons are there before the node pool's nodes register (GKE creates the
   * control plane first), so their pods wait for the nodes a moment.
   */
  private static List<Part> gke() {
    Duration beforeNodes = Duration.ofDays(3).plusMinutes(1);
    return List.of(
        new Part(beforeNodes, "gke-system.yaml", Map.of()),
        new Part(beforeNodes, "gke-idle-daemonsets.yaml", Map.of()));
  }

  private static final String CONTROL_PLANE_TAINT = "node-role.kubernetes.io/control-plane";
  private static final String LINUX = "{kubernetes.io/os: linux}";

  private static Part coreDns(
      Duration before, String image, String controlPlaneTaint, String nodeSelector) {
    return new Part(
        before,
        "kubeadm-coredns.yaml",
        Map.of(
            "IMAGE",
            image,
            "CONTROL_PLANE_TAINT",
            controlPlaneTaint,
            "NODE_SELECTOR",
            nodeSelector));
  }

  private static Part kubeProxy(
      Duration before, String image, String nodeSelector, String podSubnet, String apiServer) {
    return new Part(
        before,
        "kubeadm-kube-proxy.yaml",
        Map.of(
            "IMAGE",
            image,
            "NODE_SELECTOR",
            nodeSelector,
            "POD_SUBNET",
            podSubnet,
            "API_SERVER",
            apiServer));
  }

  /** The objects of one part, read from its manifest with its values filled in. */
  static List<KubeObject> objects(Part part) {
    String text = filled(read(part.manifest()), part.values());
    LoadResult result = ManifestReader.read("preset " + part.manifest(), text);
    if (result.hasProblems()) {
      throw new IllegalStateException(
          "a preset's manifest is valid by construction: " + result.problems());
    }
    return result.kubeObjects();
  }

  private static Presets.AddOn addOn(Part part) {
    List<KubeObject> objects = objects(part);
    return new Presets.AddOn(
        part.before(),
        cluster -> {
          for (KubeObject o : objects) {
            cluster.api().create(o);
          }
        });
  }

  private static String filled(String text, Map<String, String> values) {
    String out = text;
    for (Map.Entry<String, String> e : values.entrySet()) {
      out = out.replace("${" + e.getKey() + "}", e.getValue());
    }
    int left = out.indexOf("${");
    if (left >= 0) {
      throw new IllegalStateException(
          "a preset's manifest has a value nobody gave: "
              + out.substring(left).lines().findFirst());
    }
    return out;
  }

  private static String read(String manifest) {
    try (InputStream in = PresetAddOns.class.getResourceAsStream(manifest)) {
      if (in == null) {
        throw new IllegalStateException("no preset manifest " + manifest);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
