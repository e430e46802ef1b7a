package dev.dslab.print;

import static dev.dslab.print.UnstructuredTables.cell;
import static dev.dslab.print.UnstructuredTables.table;
import static dev.dslab.print.UnstructuredTables.wideCell;

import dev.dslab.model.meta.Unstructured;
import dev.dslab.print.KindTable.Scope;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The tables of rbac.authorization.k8s.io, after printers.go: printRole and printClusterRole (NAME,
 * CREATED AT), printRoleBinding and printClusterRoleBinding (ROLE; USERS, GROUPS and
 * SERVICEACCOUNTS with -o wide, from rbac.SubjectsStrings).
 */
final class RbacTables {
  private RbacTables() {}

  static void register(Map<String, KindTable<?>> tables) {
    tables.put("Role", table(Scope.NAMESPACED, UnstructuredTables::createdAtColumns));
    tables.put("ClusterRole", table(Scope.CLUSTER, UnstructuredTables::createdAtColumns));
    tables.put("RoleBinding", table(Scope.NAMESPACED, RbacTables::binding));
    tables.put("ClusterRoleBinding", table(Scope.CLUSTER, RbacTables::binding));
  }

  static List<Column<Unstructured>> binding(Instant now) {
    return List.of(
        Column.name(),
        cell(
            "Role",
            o -> Fields.text(o, "roleRef", "kind") + "/" + Fields.text(o, "roleRef", "name")),
        Column.age(now),
        wideCell("Users", o -> subjects(o, "User")),
        wideCell("Groups", o -> subjects(o, "Group")),
        wideCell("ServiceAccounts", o -> subjects(o, "ServiceAccount")));
  }

  /**
   * rbac.SubjectsStrings: the names of the subjects of one kind, a service account as {@code
   * namespace:name}; joined with ", ".
   */
  static String subjects(Unstructured o, String kind) {
    List<String> names = new ArrayList<>();
    for (Object subject : Fields.list(o, "subjects")) {
      if (!kind.equals(Fields.text(Fields.at(subject, "kind")))) {
        continue;
      }
      String name = Fields.text(Fields.at(subject, "name"));
      names.add(
          kind.equals("ServiceAccount")
              ? Fields.text(Fields.at(subject, "namespace")) + ":" + name
              : name);
    }
    return String.join(", ", names);
  }
}
