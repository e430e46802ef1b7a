package dev.dslab.desktop.cluster;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.animation.FadeTransition;
import javafx.animation.ParallelTransition;
import javafx.animation.ScaleTransition;
import javafx.css.PseudoClass;
import javafx.scene.Node;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Region;
import javafx.util.Duration;

/**
 * The pod chips of one tile. While a tile shows the same node, a pod that the engine creates grows
 * in and one that it deletes fades out, so that a rollout can be followed chip by chip; a chip
 * whose pod changes state keeps its place and changes colour. When the grid recycles the tile for
 * another node nothing animates: scrolling is not a change.
 */
final class PodChipsView {
  static final Duration APPEAR = Duration.millis(180);
  static final Duration VANISH = Duration.millis(240);

  /** Style class (and property key) of a chip whose pod is gone and that is fading out. */
  static final String LEAVING = "leaving";

  /** Pseudo-class of the chip of a pod no DaemonSet runs: smaller and muted beside daemon pods. */
  static final PseudoClass WORKLOAD = PseudoClass.getPseudoClass("workload");

  private final FlowPane pane;

  PodChipsView(FlowPane pane) {
    this.pane = pane;
  }

  /**
   * Shows these pods.
   *
   * @param animate whether these are the same node's pods changing (rather than another node's)
   */
  void show(List<PodChip> pods, boolean animate) {
    if (!animate) {
      List<Node> chips = new ArrayList<>(pods.size());
      pods.forEach(p -> chips.add(chip(p)));
      pane.getChildren().setAll(chips);
      return;
    }
    Map<String, Region> staying = new LinkedHashMap<>();
    List<Node> leaving = new ArrayList<>();
    for (Node n : pane.getChildren()) {
      if (n.getProperties().containsKey(LEAVING)) {
        leaving.add(n);
      } else {
        staying.put(key((PodChip) n.getUserData()), (Region) n);
      }
    }
    List<Node> next = new ArrayList<>(pods.size() + leaving.size());
    for (PodChip pod : pods) {
      Region chip = staying.remove(key(pod));
      if (chip == null) {
        chip = chip(pod);
        appear(chip);
      } else {
        restyle(chip, (PodChip) chip.getUserData(), pod);
      }
      next.add(chip);
    }
    for (Region gone : staying.values()) {
      vanish(gone);
      leaving.add(gone);
    }
    next.addAll(leaving);
    pane.getChildren().setAll(next);
  }

  private static String key(PodChip pod) {
    return pod.namespace() + "/" + pod.name();
  }

  private static Region chip(PodChip pod) {
    Region chip = new Region();
    chip.getStyleClass().add("pod-chip");
    chip.pseudoClassStateChanged(pseudoClass(pod), true);
    chip.pseudoClassStateChanged(WORKLOAD, !pod.daemon());
    chip.setUserData(pod);
    return chip;
  }

  private static void restyle(Region chip, PodChip was, PodChip now) {
    if (was.state() != now.state()) {
      chip.pseudoClassStateChanged(pseudoClass(was), false);
      chip.pseudoClassStateChanged(pseudoClass(now), true);
    }
    chip.setUserData(now);
  }

  private static PseudoClass pseudoClass(PodChip pod) {
    return PseudoClass.getPseudoClass(pod.state().pseudoClass());
  }

  private static void appear(Region chip) {
    chip.setOpacity(0);
    chip.setScaleX(0.3);
    chip.setScaleY(0.3);
    FadeTransition fade = new FadeTransition(APPEAR, chip);
    fade.setToValue(1);
    ScaleTransition grow = new ScaleTransition(APPEAR, chip);
    grow.setToX(1);
    grow.setToY(1);
    new ParallelTransition(fade, grow).play();
  }

  private void vanish(Region chip) {
    chip.getProperties().put(LEAVING, Boolean.TRUE);
    chip.getStyleClass().add(LEAVING);
    FadeTransition fade = new FadeTransition(VANISH, chip);
    fade.setToValue(0);
    ScaleTransition shrink = new ScaleTransition(VANISH, chip);
    shrink.setToX(0.3);
    shrink.setToY(0.3);
    ParallelTransition out = new ParallelTransition(fade, shrink);
    out.setOnFinished(e -> pane.getChildren().remove(chip));
    out.play();
  }
}
