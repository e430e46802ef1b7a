package dev.dslab.desktop.commands;

import dev.dslab.engine.Cluster;
import dev.dslab.engine.api.ApiException;
import dev.dslab.engine.api.DeleteOptions;
import dev.dslab.engine.api.Kind;
import dev.dslab.model.core.Node;
import dev.dslab.model.core.Pod;
import dev.dslab.model.core.PodStatus;
import dev.dslab.model.meta.ObjectMeta;
import dev.dslab.model.core.Taint;
import dev.dslab.model.core.TaintEffect;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The node edits the desktop makes, each one API request (as kubectl would send it) followed by
 * {@link Cluster#reconcile()}, so the controllers react at once, as they do after a dsctl command.
 */
public final class NodeEditor {
  private final Cluster cluster;

  public NodeEditor(Cluster cluster) {
    this.cluster = cluster;
  }

  public Cluster cluster() {
    return cluster;
  }

  public Node node(String name) throws ApiException {
    return find(name).orElseThrow(() -> ApiException.notFound(Kind.NODE, name));
  }

  public Optional<Node> find(String name) {
    return cluster.store().get(Kind.NODE, null, name);
  }

  /** {@code kubectl label node NAME key=value --overwrite}; a null value removes the label. */
  public void setLabel(String nodeName, String key, String value) throws ApiException {
    Node node = node(nodeName);
    TreeMap<String, String> labels = new TreeMap<>(node.metadata().labels());
    if (value == null) {
      labels.remove(key);
    } else {
      labels.put(key, value);
    }
    update(node.withMetadata(node.metadata().withLabels(labels)));
  }

  /**
   * {@code kubectl taint node NAME key=value:Effect --overwrite}: replaces the taint of the same key
   * and effect. A NoExecute taint is stamped with the time it was added, as the API server does.
   */
  public void putTaint(String nodeName, String key, String value, TaintEffect effect) throws ApiException {
    Node node = node(nodeName);
    List<Taint> taints = without(node.spec().taints(), key, effect);
    taints.add(new Taint(key, value, effect, effect == TaintEffect.NoExecute ? cluster.now() : null));
    update(node.withSpec(node.spec().withTaints(taints)));
  }

  /** {@code kubectl taint node NAME key:Effect-}. */
  public void removeTaint(String nodeName, String key, TaintEffect effect) throws ApiException {
    Node node = node(nodeName);
    update(node.withSpec(node.spec().withTaints(without(node.spec().taints(), key, effect))));
  }

  private static List<Taint> without(List<Taint> taints, String key, TaintEffect effect) {
    List<Taint> kept = new ArrayList<>(taints);
    kept.removeIf(t -> t.key().equals(key) && t.effect() == effect);
    return kept;
  }

  /** {@code kubectl cordon} / {@code uncordon}. */
  public void setCordoned(String nodeName, boolean cordoned) throws ApiException {
    Node node = node(nodeName);
    update(node.withSpec(node.spec().withUnschedulable(cordoned)));
  }

  /** {@code sim node down|up}: the kubelet stops or resumes reporting. */
  public void setKubeletRunning(String nodeName, boolean running) throws ApiException {
    if (running) {
      cluster.nodesUp(List.of(nodeName));
    } else {
      cluster.nodesDown(List.of(nodeName));
    }
  }

  /** {@code kubectl delete node NAME}; returns the node as it was, to re-create it. */
  public Node deleteNode(String nodeName) throws ApiException {
    Node before = node(nodeName);
    cluster.api().delete(Kind.NODE, null, nodeName, DeleteOptions.DEFAULT);
    cluster.reconcile();
    return before;
  }

  /** Registers a node again as it was described: a new object with the same spec, labels and status. */
  public void createNode(Node node) throws ApiException {
    cluster.api().create(node.withMetadata(node.metadata().withResourceVersion(null).withUid(null)));
    cluster.reconcile();
  }

  /**
   * Creates evicted pods again from their manifests ({@code kubectl apply} of what was saved): new
   * objects, pending, on the node they were bound to.
   */
  public void recreatePods(List<Pod> pods) throws ApiException {
    for (Pod pod : pods) {
      ObjectMeta meta = pod.metadata().withResourceVersion(null).withUid(null).withDeletion(null, null);
      cluster.api().create(pod.withMetadata(meta).withStatus(PodStatus.pending()));
    }
    cluster.reconcile();
  }

  /** The first {@code prefix-N} (N from 1) that no node has. */
  public String freeNodeName(String prefix) {
    for (int i = 1; ; i++) {
      String name = prefix + "-" + i;
      if (find(name).isEmpty()) {
        return name;
      }
    }
  }

  /** A Ready worker as {@code sim nodes add NAME --label ...} registers it. */
  public Node newWorker(String name, Map<String, String> labels) {
    var specs = dev.dslab.engine.presets.NodeRegistration.nextWorker(cluster, name);
    for (Map.Entry<String, String> l : labels.entrySet()) {
      specs = specs.withLabel(l.getKey(), l.getValue());
    }
    return specs.build(cluster.now());
  }

  private void update(Node node) throws ApiException {
    cluster.api().update(node);
    cluster.reconcile();
  }
}
