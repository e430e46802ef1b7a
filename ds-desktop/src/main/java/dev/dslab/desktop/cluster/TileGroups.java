package dev.dslab.desktop.cluster;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The grid's layout as rows: with no grouping, tiles in name order, {@code columns} a row; grouped
 * by a label key, a header per value (in value order, nodes without the key last under {@value
 * #NO_VALUE}) followed by that group's tiles. Pure: it sees node states, not JavaFX nodes.
 */
public final class TileGroups {
  /** No grouping. */
  public static final String NONE = "none";

  /** Groups by the role a tile shows (control-plane, worker), read from the node-role labels. */
  public static final String ROLE = "node-role";

  public static final String ZONE = "topology.kubernetes.io/zone";

  /** The last group: nodes without the key. */
  public static final String NO_VALUE = "(none)";

  /** One row of the grid. */
  public sealed interface GridRow permits Header, Tiles {}

  /** A group's header: {@code zone-a (12 nodes)}. */
  public record Header(String key, String value, int count) implements GridRow {
    public String text() {
      return (ROLE.equals(key) ? "role" : key)
          + " = "
          + value
          + "  ("
          + count
          + (count == 1 ? " node)" : " nodes)");
    }
  }

  /** Up to {@code columns} tiles, as indexes into the tile list. */
  public record Tiles(List<Integer> indexes) implements GridRow {
    public Tiles {
      indexes = List.copyOf(indexes);
    }
  }

  private TileGroups() {}

  /** What the Group by box offers: none, zone, role, then every other label key present, sorted. */
  public static List<String> keys(List<NodeTileState> states) {
    List<String> keys = new ArrayList<>(List.of(NONE, ZONE, ROLE));
    TreeSet<String> present = new TreeSet<>();
    for (NodeTileState s : states) {
      present.addAll(s.labels().keySet());
    }
    present.removeIf(k -> keys.contains(k) || k.startsWith(NodeTileState.ROLE_PREFIX));
    keys.addAll(present);
    return keys;
  }

  /** The group of one node under {@code key}, null when it has no such label. */
  static String valueOf(NodeTileState s, String key) {
    return ROLE.equals(key) ? s.role() : s.labels().get(key);
  }

  /**
   * The rows for these states (in the tile list's order) grouped by {@code key}, {@code columns}
   * tiles a row.
   */
  public static List<GridRow> layout(List<NodeTileState> states, String key, int columns) {
    int width = Math.max(1, columns);
    List<GridRow> rows = new ArrayList<>();
    if (key == null || NONE.equals(key)) {
      addRows(rows, range(states.size()), width);
      return rows;
    }
    Map<String, List<Integer>> groups = new TreeMap<>();
    List<Integer> without = new ArrayList<>();
    for (int i = 0; i < states.size(); i++) {
      String value = valueOf(states.get(i), key);
      if (value == null) {
        without.add(i);
      } else {
        groups.computeIfAbsent(value, v -> new ArrayList<>()).add(i);
      }
    }
    Map<String, List<Integer>> ordered = new LinkedHashMap<>(groups);
    if (!without.isEmpty()) {
      ordered.put(NO_VALUE, without);
    }
    for (Map.Entry<String, List<Integer>> g : ordered.entrySet()) {
      rows.add(new Header(key, g.getKey(), g.getValue().size()));
      addRows(rows, g.getValue(), width);
    }
    return rows;
  }

  private static List<Integer> range(int n) {
    List<Integer> all = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      all.add(i);
    }
    return all;
  }

  private static void addRows(List<GridRow> rows, List<Integer> indexes, int columns) {
    for (int from = 0; from < indexes.size(); from += columns) {
      rows.add(new Tiles(indexes.subList(from, Math.min(indexes.size(), from + columns))));
    }
  }
}
