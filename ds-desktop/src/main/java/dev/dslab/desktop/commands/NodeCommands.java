package dev.dslab.desktop.commands;

import dev.dslab.desktop.palette.ChipPayload;
import dev.dslab.engine.Cluster;
import dev.dslab.engine.api.DeleteOptions;
import dev.dslab.engine.api.Kind;
import dev.dslab.engine.drain.DrainPlan;
import dev.dslab.model.core.Node;
import dev.dslab.model.core.Taint;
import dev.dslab.model.core.TaintEffect;
import dev.dslab.session.ApplyLines;
import dev.dslab.session.Submission;
import dev.dslab.session.request.Request;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Makes the undoable node commands of the desktop, each as the dsctl (kubectl) command lines that
 * do it and undo it. Each reads, when made, the state it will restore, so its undo is the exact
 * inverse request (a replaced label gets its old value back).
 */
public final class NodeCommands {
  private final Cluster cluster;
  private final Requests requests;

  public NodeCommands(Cluster cluster, Requests requests) {
    this.cluster = cluster;
    this.requests = requests;
  }

  private Node node(String name) throws RequestRefused {
    return find(name)
        .orElseThrow(
            () ->
                new RequestRefused(
                    "Error from server (NotFound): nodes \"" + name + "\" not found"));
  }

  private Optional<Node> find(String name) {
    return cluster.store().get(Kind.NODE, null, name);
  }

  private Edit edit(String description, List<Submission> forward, List<Submission> backward) {
    return new Edit(description, requests, forward, backward);
  }

  /** What a dropped chip does: label or taint the node. */
  public Command drop(ChipPayload payload, String node) throws RequestRefused {
    if (payload instanceof ChipPayload.LabelChip label) {
      return setLabel(node, label.key(), label.value());
    }
    ChipPayload.TaintChip taint = (ChipPayload.TaintChip) payload;
    return putTaint(node, Taint.of(taint.key(), taint.value(), taint.effect()));
  }

  public Command setLabel(String node, String key, String value) throws RequestRefused {
    String previous = node(node).metadata().labels().get(key);
    return edit(
        "label " + key + "=" + value + " on " + node,
        List.of(label(node, key, value)),
        List.of(label(node, key, previous)));
  }

  public Command removeLabel(String node, String key) throws RequestRefused {
    String previous = node(node).metadata().labels().get(key);
    return edit(
        "remove label " + key + " from " + node,
        List.of(label(node, key, null)),
        List.of(label(node, key, previous)));
  }

  /** {@code label node NAME key=value --overwrite}, or {@code key-} for a null value. */
  static Submission label(String node, String key, String value) {
    return Submission.of(
        value == null
            ? new Request.Label(Kind.NODE, List.of(node), null, Map.of(), List.of(key), false)
            : new Request.Label(
                Kind.NODE, List.of(node), null, Map.of(key, value), List.of(), true));
  }

  public Command putTaint(String node, Taint taint) throws RequestRefused {
    Optional<Taint> previous = sameKeyAndEffect(node, taint);
    return edit(
        "taint " + taint + " on " + node,
        List.of(taint(node, taint)),
        List.of(restore(node, taint, previous)));
  }

  public Command removeTaint(String node, Taint taint) throws RequestRefused {
    Optional<Taint> previous = sameKeyAndEffect(node, taint);
    return edit(
        "remove taint " + taint + " from " + node,
        List.of(untaint(node, taint.key(), taint.effect())),
        List.of(restore(node, taint, previous)));
  }

  private Optional<Taint> sameKeyAndEffect(String node, Taint taint) throws RequestRefused {
    return node(node).spec().taints().stream().filter(t -> t.sameKeyAndEffect(taint)).findFirst();
  }

  private static Submission restore(String node, Taint taint, Optional<Taint> previous) {
    return previous.map(p -> taint(node, p)).orElse(untaint(node, taint.key(), taint.effect()));
  }

  /** {@code taint node NAME key[=value]:Effect --overwrite}. */
  static Submission taint(String node, Taint t) {
    return Submission.of(
        new Request.TaintNodes(List.of(node), List.of(Request.TaintChange.add(t)), true));
  }

  static Submission untaint(String node, String key, TaintEffect effect) {
    return Submission.of(
        new Request.TaintNodes(
            List.of(node), List.of(Request.TaintChange.removal(key, effect)), false));
  }

  /**
   * {@code kubectl drain --ignore-daemonsets}: cordon, then evict every pod that no DaemonSet
   * manages. Undo applies the evicted pods' manifests again and uncordons.
   */
  public Command drain(String node) throws RequestRefused {
    boolean wasCordoned = node(node).spec().unschedulable();
    DrainPlan plan = DrainPlan.of(cluster, node);
    List<Submission> back = new ArrayList<>();
    if (!plan.evicted().isEmpty()) {
      back.add(
          ApplyLines.apply(
              "evicted-from-" + node,
              plan.evicted().stream().map(p -> ApplyLines.manifest(p, false)).toList()));
    }
    if (!wasCordoned) {
      back.add(cordon(node, false));
    }
    return edit("drain " + node, List.of(Submission.of(new Request.Drain(node, true))), back);
  }

  public Command setCordoned(String node, boolean cordoned) throws RequestRefused {
    boolean previous = node(node).spec().unschedulable();
    return edit(
        (cordoned ? "cordon " : "uncordon ") + node,
        List.of(cordon(node, cordoned)),
        List.of(cordon(node, previous)));
  }

  public Command setKubeletRunning(String node, boolean running) throws RequestRefused {
    node(node);
    boolean previous = cluster.kubeletRunning(node);
    return edit(
        "node " + (running ? "up " : "down ") + node,
        List.of(kubelet(node, running)),
        List.of(kubelet(node, previous)));
  }

  /** Undo registers the node again, as {@code kubectl apply} of its saved manifest does. */
  public Command deleteNode(String node) throws RequestRefused {
    Node before = node(node);
    return edit(
        "delete node " + node,
        List.of(deleteNodeRequest(node)),
        List.of(ApplyLines.apply("node-" + node, List.of(ApplyLines.manifest(before, true)))));
  }

  /**
   * A new Ready worker {@code worker-N} (the first free N), as {@code sim nodes add} registers it.
   */
  public Command addWorker(Map<String, String> labels) {
    String name = freeNodeName("worker");
    return edit(
        "add node " + name,
        List.of(Submission.of(new Request.AddNodes(List.of(name), labels, List.of(), null))),
        List.of(deleteNodeRequest(name)));
  }

  private static Submission cordon(String node, boolean cordoned) {
    return Submission.of(new Request.Cordon(List.of(node), cordoned));
  }

  private static Submission kubelet(String node, boolean running) {
    return Submission.of(new Request.Kubelets(List.of(node), running));
  }

  private static Submission deleteNodeRequest(String node) {
    return Submission.of(
        new Request.Delete(
            Kind.NODE,
            List.of(node),
            List.of(),
            null,
            false,
            null,
            null,
            false,
            DeleteOptions.DEFAULT,
            false));
  }

  /** The first {@code prefix-N} (N from 1) that no node has. */
  String freeNodeName(String prefix) {
    for (int i = 1; ; i++) {
      String name = prefix + "-" + i;
      if (find(name).isEmpty()) {
        return name;
      }
    }
  }
}
