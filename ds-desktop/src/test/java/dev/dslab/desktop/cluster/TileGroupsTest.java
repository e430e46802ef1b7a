package dev.dslab.desktop.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dslab.desktop.cluster.TileGroups.Header;
import dev.dslab.desktop.cluster.TileGroups.Tiles;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class TileGroupsTest {
  private static NodeTileState node(String name, String role, Map<String, String> labels) {
    return new NodeTileState(
        name, role, true, false, true, new TreeMap<>(labels), List.of(), List.of());
  }

  private final List<NodeTileState> nodes =
      List.of(
          node("a", "control-plane", Map.of("node-role.kubernetes.io/control-plane", "")),
          node("b", "worker", Map.of(TileGroups.ZONE, "z2", "disk", "ssd")),
          node("c", "worker", Map.of(TileGroups.ZONE, "z1")),
          node("d", "worker", Map.of(TileGroups.ZONE, "z2")),
          node("e", "worker", Map.of(TileGroups.ZONE, "z2", "logging", "enabled")));

  @Test
  void withoutGroupingRowsHoldColumnsTilesInOrder() {
    assertThat(TileGroups.layout(nodes, TileGroups.NONE, 2))
        .containsExactly(new Tiles(List.of(0, 1)), new Tiles(List.of(2, 3)), new Tiles(List.of(4)));
  }

  @Test
  void groupsByValueWithNodesWithoutTheKeyLast() {
    assertThat(TileGroups.layout(nodes, TileGroups.ZONE, 2))
        .containsExactly(
            new Header(TileGroups.ZONE, "z1", 1),
            new Tiles(List.of(2)),
            new Header(TileGroups.ZONE, "z2", 3),
            new Tiles(List.of(1, 3)),
            new Tiles(List.of(4)),
            new Header(TileGroups.ZONE, TileGroups.NO_VALUE, 1),
            new Tiles(List.of(0)));
  }

  @Test
  void groupsByRole() {
    assertThat(TileGroups.layout(nodes, TileGroups.ROLE, 10))
        .containsExactly(
            new Header(TileGroups.ROLE, "control-plane", 1), new Tiles(List.of(0)),
            new Header(TileGroups.ROLE, "worker", 4), new Tiles(List.of(1, 2, 3, 4)));
    assertThat(new Header(TileGroups.ROLE, "worker", 4).text())
        .isEqualTo("role = worker  (4 nodes)");
  }

  @Test
  void offersNoneZoneRoleThenEveryOtherLabelKeyPresent() {
    assertThat(TileGroups.keys(nodes))
        .containsExactly(TileGroups.NONE, TileGroups.ZONE, TileGroups.ROLE, "disk", "logging");
  }

  @Test
  void aKeyNoNodeHasPutsEveryNodeInTheLastGroup() {
    assertThat(TileGroups.layout(nodes, "gpu", 5))
        .containsExactly(
            new Header("gpu", TileGroups.NO_VALUE, 5), new Tiles(List.of(0, 1, 2, 3, 4)));
  }
}
