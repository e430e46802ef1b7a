package dev.dslab.desktop.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dslab.model.core.Taint;
import dev.dslab.model.core.TaintEffect;
import org.junit.jupiter.api.Test;

/** What a tile's chips say: taints as kubectl writes them, keys shortened as labels' are. */
class NodeTileTextTest {
  @Test
  void aTaintChipShowsItsValueBecauseATolerationMustMatchIt() {
    assertThat(NodeTile.taintText(Taint.of("dedicated", "db", TaintEffect.NoSchedule)))
        .isEqualTo("dedicated=db:NoSchedule");
  }

  @Test
  void aTaintWithoutAValueIsKeyAndEffect() {
    assertThat(
            NodeTile.taintText(
                Taint.of("node-role.kubernetes.io/control-plane", "", TaintEffect.NoSchedule)))
        .isEqualTo("control-plane:NoSchedule");
    assertThat(NodeTile.taintText(Taint.of("maintenance", null, TaintEffect.NoExecute)))
        .isEqualTo("maintenance:NoExecute");
  }
}
