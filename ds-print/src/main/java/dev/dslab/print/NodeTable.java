package dev.dslab.print;

import dev.dslab.model.core.ConditionStatus;
import dev.dslab.model.core.Node;
import dev.dslab.model.core.NodeAddress;
import dev.dslab.model.core.NodeCondition;
import dev.dslab.model.core.NodeSystemInfo;
import dev.dslab.print.KindTable.Scope;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.function.Function;

/** printNode. */
final class NodeTable {
  private NodeTable() {}

  static final KindTable<Node> TABLE =
      new KindTable<>(Node.class, Scope.CLUSTER, NodeTable::columns);

  /**
   * A label {@code node-role.kubernetes.io/<role>} gives the node that role, whatever its value.
   */
  private static final String ROLE_LABEL_PREFIX = "node-role.kubernetes.io/";

  /** The older form: the label's value is the role. */
  private static final String ROLE_LABEL = "kubernetes.io/role";

  static List<Column<Node>> columns(Instant now) {
    return List.of(
        Column.name(),
        Column.of("Status", NodeTable::status),
        Column.of("Roles", NodeTable::roles),
        Column.age(now),
        Column.of("Version", node -> info(node, NodeSystemInfo::kubeletVersion)),
        Column.wide("Internal-IP", node -> address(node, NodeAddress.INTERNAL_IP)),
        Column.wide("External-IP", node -> address(node, NodeAddress.EXTERNAL_IP)),
        Column.wide("OS-Image", node -> orUnknown(info(node, NodeSystemInfo::osImage))),
        Column.wide("Kernel-Version", node -> orUnknown(info(node, NodeSystemInfo::kernelVersion))),
        Column.wide(
            "Container-Runtime",
            node -> orUnknown(info(node, NodeSystemInfo::containerRuntimeVersion))));
  }

  /**
   * {@code Ready}, {@code NotReady} (False or Unknown) or {@code Unknown} (no Ready condition),
   * then cordoning.
   */
  static String status(Node node) {
    List<String> status = new ArrayList<>();
    status.add(
        node.status()
            .condition(NodeCondition.READY)
            .map(ready -> ready.status() == ConditionStatus.True ? "Ready" : "NotReady")
            .orElse("Unknown"));
    if (node.spec().unschedulable()) {
      status.add("SchedulingDisabled");
    }
    return String.join(",", status);
  }

  /** findNodeRoles: sorted and de-duplicated, {@code <none>} when the labels give none. */
  static String roles(Node node) {
    SortedSet<String> roles = new TreeSet<>();
    for (Map.Entry<String, String> label : node.metadata().labels().entrySet()) {
      String key = label.getKey();
      if (key.startsWith(ROLE_LABEL_PREFIX) && key.length() > ROLE_LABEL_PREFIX.length()) {
        roles.add(key.substring(ROLE_LABEL_PREFIX.length()));
      } else if (key.equals(ROLE_LABEL) && !label.getValue().isEmpty()) {
        roles.add(label.getValue());
      }
    }
    return roles.isEmpty() ? "<none>" : String.join(",", roles);
  }

  /** A field of status.nodeInfo; "" (Go's zero value) when the kubelet has not reported it. */
  private static String info(Node node, Function<NodeSystemInfo, String> field) {
    NodeSystemInfo info = node.status().nodeInfo();
    return info == null ? "" : Cells.orEmpty(field.apply(info));
  }

  private static String orUnknown(String value) {
    return value.isEmpty() ? "<unknown>" : value;
  }

  /** The first address of that type, {@code <none>} without one. */
  private static String address(Node node, String type) {
    return node.status().address(type).orElse("<none>");
  }
}
