package dev.dslab.desktop.palette;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dslab.desktop.cluster.NodeTileState;
import dev.dslab.model.core.Taint;
import dev.dslab.model.core.TaintEffect;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class DropPolicyTest {
  private static NodeTileState tile(Map<String, String> labels, List<Taint> taints) {
    return new NodeTileState(
        "n1", "worker", true, false, true, new TreeMap<>(labels), taints, List.of());
  }

  @Test
  void acceptsNewLabelAndChangedValue() {
    NodeTileState t = tile(Map.of("disk", "hdd"), List.of());
    assertThat(DropPolicy.accepts(new ChipPayload.LabelChip("zone", "a"), t)).isTrue();
    assertThat(DropPolicy.accepts(new ChipPayload.LabelChip("disk", "ssd"), t)).isTrue();
  }

  @Test
  void refusesLabelTheNodeAlreadyHas() {
    assertThat(
            DropPolicy.accepts(
                new ChipPayload.LabelChip("disk", "ssd"), tile(Map.of("disk", "ssd"), List.of())))
        .isFalse();
  }

  @Test
  void refusesTheKubeletsHostnameLabel() {
    assertThat(
            DropPolicy.accepts(
                new ChipPayload.LabelChip("kubernetes.io/hostname", "x"),
                tile(Map.of(), List.of())))
        .isFalse();
  }

  @Test
  void refusesIdenticalTaintButAcceptsOtherEffectOrValue() {
    NodeTileState t = tile(Map.of(), List.of(Taint.of("dedicated", "db", TaintEffect.NoSchedule)));
    assertThat(
            DropPolicy.accepts(
                new ChipPayload.TaintChip("dedicated", "db", TaintEffect.NoSchedule), t))
        .isFalse();
    assertThat(
            DropPolicy.accepts(
                new ChipPayload.TaintChip("dedicated", "db", TaintEffect.NoExecute), t))
        .isTrue();
    assertThat(
            DropPolicy.accepts(
                new ChipPayload.TaintChip("dedicated", "web", TaintEffect.NoSchedule), t))
        .isTrue();
  }

  @Test
  void refusesNothingToDropOn() {
    assertThat(DropPolicy.accepts(new ChipPayload.LabelChip("a", "b"), null)).isFalse();
  }
}
