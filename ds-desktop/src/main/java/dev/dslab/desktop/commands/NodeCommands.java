package dev.dslab.desktop.commands;

import dev.dslab.desktop.palette.ChipPayload;
import dev.dslab.engine.api.ApiException;
import dev.dslab.engine.drain.DrainPlan;
import dev.dslab.model.core.Node;
import dev.dslab.model.core.Taint;
import java.util.Map;
import java.util.Optional;

/**
 * Makes the undoable commands of the desktop. Each reads, when made, the state it will restore,
 * so its undo is the exact inverse request (a replaced label gets its old value back).
 */
public final class NodeCommands {
  private final NodeEditor editor;

  public NodeCommands(NodeEditor editor) {
    this.editor = editor;
  }

  /** What a dropped chip does: label or taint the node. */
  public Command drop(ChipPayload payload, String node) throws ApiException {
    if (payload instanceof ChipPayload.LabelChip label) {
      return setLabel(node, label.key(), label.value());
    }
    ChipPayload.TaintChip taint = (ChipPayload.TaintChip) payload;
    return putTaint(node, Taint.of(taint.key(), taint.value(), taint.effect()));
  }

  public Command setLabel(String node, String key, String value) throws ApiException {
    String previous = editor.node(node).metadata().labels().get(key);
    return new Edit("label " + key + "=" + value + " on " + node,
        () -> editor.setLabel(node, key, value),
        () -> editor.setLabel(node, key, previous));
  }

  public Command removeLabel(String node, String key) throws ApiException {
    String previous = editor.node(node).metadata().labels().get(key);
    return new Edit("remove label " + key + " from " + node,
        () -> editor.setLabel(node, key, null),
        () -> editor.setLabel(node, key, previous));
  }

  public Command putTaint(String node, Taint taint) throws ApiException {
    Optional<Taint> previous = sameKeyAndEffect(node, taint);
    return new Edit("taint " + taint + " on " + node,
        () -> editor.putTaint(node, taint.key(), taint.value(), taint.effect()),
        () -> restore(node, taint, previous));
  }

  public Command removeTaint(String node, Taint taint) throws ApiException {
    Optional<Taint> previous = sameKeyAndEffect(node, taint);
    return new Edit("remove taint " + taint + " from " + node,
        () -> editor.removeTaint(node, taint.key(), taint.effect()),
        () -> restore(node, taint, previous));
  }

  private Optional<Taint> sameKeyAndEffect(String node, Taint taint) throws ApiException {
    return editor.node(node).spec().taints().stream().filter(t -> t.sameKeyAndEffect(taint)).findFirst();
  }

  private void restore(String node, Taint taint, Optional<Taint> previous) throws ApiException {
    if (previous.isPresent()) {
      editor.putTaint(node, previous.get().key(), previous.get().value(), previous.get().effect());
    } else {
      editor.removeTaint(node, taint.key(), taint.effect());
    }
  }

  /**
   * {@code kubectl drain --ignore-daemonsets}: cordon, then evict every pod that no DaemonSet manages.
   * Undo uncordons and creates the evicted pods again from their manifests.
   */
  public Command drain(String node) throws ApiException {
    boolean wasCordoned = editor.node(node).spec().unschedulable();
    DrainPlan plan = DrainPlan.of(editor.cluster(), node);
    return new Edit("drain " + node,
        () -> {
          editor.setCordoned(node, true);
          plan.evict(editor.cluster());
        },
        () -> {
          editor.recreatePods(plan.evicted());
          editor.setCordoned(node, wasCordoned);
        });
  }

  public Command setCordoned(String node, boolean cordoned) throws ApiException {
    boolean previous = editor.node(node).spec().unschedulable();
    return new Edit((cordoned ? "cordon " : "uncordon ") + node,
        () -> editor.setCordoned(node, cordoned),
        () -> editor.setCordoned(node, previous));
  }

  public Command setKubeletRunning(String node, boolean running) throws ApiException {
    editor.node(node);
    boolean previous = editor.cluster().kubeletRunning(node);
    return new Edit("node " + (running ? "up " : "down ") + node,
        () -> editor.setKubeletRunning(node, running),
        () -> editor.setKubeletRunning(node, previous));
  }

  /** Undo registers the node again, as {@code kubectl apply} of its saved manifest would. */
  public Command deleteNode(String node) throws ApiException {
    Node before = editor.node(node);
    return new Edit("delete node " + node,
        () -> editor.deleteNode(node),
        () -> editor.createNode(before));
  }

  /** A new Ready worker {@code worker-N} (the first free N). */
  public Command addWorker(Map<String, String> labels) {
    Node node = editor.newWorker(editor.freeNodeName("worker"), labels);
    String name = node.metadata().name();
    return new Edit("add node " + name,
        () -> editor.createNode(node),
        () -> editor.deleteNode(name));
  }
}
