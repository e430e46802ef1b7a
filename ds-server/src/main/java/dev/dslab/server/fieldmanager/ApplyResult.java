package dev.dslab.server.fieldmanager;

import java.util.List;
import java.util.Map;

/**
 * What applying a configuration gives: the merged object tree and the conflicts a forced apply took
 * over, or (merged null) the conflicts that stop it.
 */
public record ApplyResult(Map<String, Object> merged, List<Conflict> conflicts) {
  public ApplyResult {
    conflicts = List.copyOf(conflicts);
  }

  /**
   * The Conflict Status's message, as the apiserver's getConflictMessage words it (fieldmanager
   * internal/conflict.go): one conflict on a line, several grouped by owner.
   */
  public String message() {
    if (conflicts.size() == 1) {
      Conflict c = conflicts.get(0);
      return "Apply failed with 1 conflict: conflict with " + c.printedOwner() + ": " + c.path();
    }
    java.util.Map<String, java.util.List<String>> byOwner = new java.util.TreeMap<>();
    for (Conflict c : conflicts) {
      byOwner
          .computeIfAbsent(c.printedOwner(), k -> new java.util.ArrayList<>())
          .add("- " + c.path());
    }
    java.util.List<String> lines = new java.util.ArrayList<>();
    byOwner.forEach(
        (owner, paths) -> {
          lines.add("conflicts with " + owner + ":");
          lines.addAll(paths);
        });
    return "Apply failed with " + conflicts.size() + " conflicts: " + String.join("\n", lines);
  }
}
