package dev.dslab.engine.kubelet;

import dev.dslab.engine.api.ApiException;
import dev.dslab.engine.api.ApiServer;
import dev.dslab.engine.api.Kind;
import dev.dslab.engine.api.ObjectKey;
import dev.dslab.engine.api.WatchEvent;
import dev.dslab.engine.clock.SimClock;
import dev.dslab.engine.nodelifecycle.NodeLifecycleController;
import dev.dslab.engine.runtime.Controller;
import dev.dslab.engine.runtime.WorkQueue;
import dev.dslab.model.core.Node;
import dev.dslab.model.core.Pod;
import dev.dslab.model.core.TaintEffect;
import dev.dslab.model.core.Toleration;
import dev.dslab.model.meta.ObjectMeta;
import dev.dslab.model.meta.OwnerReference;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The kubelets' static pods: manifests a node's kubelet reads from its own disk ({@code
 * /etc/kubernetes/manifests} on kubeadm's control plane) rather than from the API server. The
 * kubelet shows each one to the API as a <em>mirror pod</em> named {@code <name>-<node>}, annotated
 * {@code kubernetes.io/config.mirror} and controlled by the Node, and creates it again when
 * somebody deletes it: deleting a mirror pod does not stop a static pod (kubelet {@code
 * pkg/kubelet/pod/mirror_client.go} {@code CreateMirrorPod}, {@code pkg/kubelet/kubelet.go} {@code
 * syncPod}, which recreates a missing mirror pod).
 *
 * <p>Static pods are the node's, not the cluster's: they are set up with the node (the presets'
 * control planes) and are not requests of a session. A stopped kubelet makes no mirror pods; it
 * makes the missing ones when it starts again.
 */
public final class StaticPods implements Controller, NodeLifecycleController.KubeletListener {
  /** kubetypes.ConfigMirrorAnnotationKey. */
  public static final String MIRROR_ANNOTATION = "kubernetes.io/config.mirror";

  /** kubetypes.ConfigSourceAnnotationKey. */
  public static final String SOURCE_ANNOTATION = "kubernetes.io/config.source";

  /** kubetypes.ConfigHashAnnotationKey. */
  public static final String HASH_ANNOTATION = "kubernetes.io/config.hash";

  /** kubetypes.ConfigFirstSeenAnnotationKey. */
  public static final String SEEN_ANNOTATION = "kubernetes.io/config.seen";

  /** RFC 3339 with nanoseconds, as the kubelet writes config.seen. */
  private static final DateTimeFormatter SEEN =
      DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.nnnnnnnnnXXX").withZone(ZoneOffset.UTC);

  private final ApiServer api;
  private final SimClock clock;
  private final Map<String, List<Pod>> manifests = new HashMap<>();
  private final Map<String, Instant> seen = new HashMap<>();
  private final Set<String> down = new HashSet<>();
  private final WorkQueue<String> nodes = new WorkQueue<>();

  public StaticPods(ApiServer api, SimClock clock) {
    this.api = api;
    this.clock = clock;
    api.store().watch(this::onChange);
  }

  /**
   * Places a static pod manifest on a node's disk: its kubelet runs it, and shows it as a mirror
   * pod as soon as the node is registered.
   */
  public void add(String nodeName, Pod manifest) {
    manifests.computeIfAbsent(nodeName, n -> new ArrayList<>()).add(manifest);
    nodes.add(nodeName);
  }

  /** Whether a pod is a mirror pod: the API's view of a kubelet's static pod. */
  public static boolean isMirror(Pod pod) {
    return pod.metadata().annotations().containsKey(MIRROR_ANNOTATION);
  }

  private void onChange(WatchEvent e) {
    if (e.object() instanceof Node node && e.type() == WatchEvent.Type.ADDED) {
      queueIfManifests(node.metadata().name());
    } else if (e.object() instanceof Pod pod
        && e.type() == WatchEvent.Type.DELETED
        && isMirror(pod)
        && pod.spec().nodeName() != null) {
      queueIfManifests(pod.spec().nodeName());
    }
  }

  private void queueIfManifests(String nodeName) {
    if (manifests.containsKey(nodeName)) {
      nodes.add(nodeName);
    }
  }

  @Override
  public void kubeletChanged(String node, boolean running) {
    if (running) {
      down.remove(node);
      queueIfManifests(node);
    } else {
      down.add(node);
    }
  }

  @Override
  public boolean hasWork() {
    return !nodes.isEmpty();
  }

  @Override
  public void processNext() {
    String nodeName = nodes.poll();
    if (down.contains(nodeName)) {
      return;
    }
    Node node = api.store().<Node>get(Kind.NODE, null, nodeName).orElse(null);
    if (node == null || node.metadata().isDeleting()) {
      return;
    }
    Instant firstSeen = seen.computeIfAbsent(nodeName, n -> clock.now());
    for (Pod manifest : manifests.getOrDefault(nodeName, List.of())) {
      Pod mirror = mirror(manifest, node, firstSeen);
      ObjectKey key = ObjectKey.of(mirror);
      if (api.store().get(key).isEmpty()) {
        try {
          api.create(mirror);
        } catch (ApiException e) {
          // The namespace is not there (yet): upstream's kubelet logs and tries at its next sync,
          // which here is the next change of the node's mirror pods or kubelet.
        }
      }
    }
  }

  /** The mirror pod of a static pod manifest on a node, as mirror_client.go builds it. */
  static Pod mirror(Pod manifest, Node node, Instant firstSeen) {
    String hash = configHash(manifest, node.metadata().name());
    ObjectMeta m = manifest.metadata();
    Map<String, String> annotations = new TreeMap<>(m.annotations());
    annotations.put(HASH_ANNOTATION, hash);
    annotations.put(MIRROR_ANNOTATION, hash);
    annotations.put(SEEN_ANNOTATION, SEEN.format(firstSeen));
    annotations.put(SOURCE_ANNOTATION, "file");
    OwnerReference owner =
        new OwnerReference(
            "v1", "Node", node.metadata().name(), node.metadata().uid(), true, false);
    ObjectMeta meta =
        ObjectMeta.named(m.namespace(), m.name() + "-" + node.metadata().name())
            .withLabels(m.labels())
            .withAnnotations(annotations)
            .withOwnerReferences(List.of(owner));
    // config/common.go applyDefaults: static pods tolerate every NoExecute taint, so that node
    // problems never evict them.
    List<Toleration> tolerations = new ArrayList<>(manifest.spec().tolerations());
    tolerations.add(new Toleration(null, Toleration.EXISTS, null, TaintEffect.NoExecute, null));
    return new Pod(
        meta,
        manifest.spec().withNodeName(node.metadata().name()).withTolerations(tolerations),
        null);
  }

  /**
   * The kubelet's config hash: an MD5 of the manifest as read from the file and the node it runs on
   * (pkg/kubelet/config/common.go {@code applyDefaults} hashes the pod object). Same manifest, same
   * hash, so the name and annotations never depend on the run.
   */
  private static String configHash(Pod manifest, String nodeName) {
    try {
      MessageDigest md5 = MessageDigest.getInstance("MD5");
      md5.update((manifest.toString() + "\n" + nodeName).getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(md5.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has MD5", e);
    }
  }
}
