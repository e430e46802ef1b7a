package dev.dslab.cli;

import dev.dslab.engine.Cluster;
import dev.dslab.engine.api.Kind;
import dev.dslab.model.meta.KubeObject;
import dev.dslab.session.ResourceType;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import picocli.CommandLine;

/**
 * What tab completes in the interactive shell, as a pure function of the words typed so far:
 * command and subcommand names, resource types after the verbs that take one, the names of existing
 * objects of that type (nodes and DaemonSets after {@code why}, {@code rollout}, {@code cordon} …),
 * and the flags of the command being typed.
 */
final class Completions {
  private static final List<String> TYPED_VERBS =
      List.of("get", "describe", "delete", "label", "annotate");
  private static final List<String> TYPES =
      List.of(
          "daemonsets",
          "ds",
          "pods",
          "po",
          "nodes",
          "no",
          "events",
          "ev",
          "controllerrevisions",
          "services",
          "svc",
          "namespaces",
          "ns");

  private Completions() {}

  /**
   * The candidates for the word being typed.
   *
   * @param done the complete words before it (a leading {@code kubectl} is ignored)
   * @param partial the start of the word being typed
   */
  static List<String> candidates(
      CommandLine root, Cluster cluster, List<String> done, String partial) {
    List<String> words =
        !done.isEmpty() && (done.get(0).equals("kubectl") || done.get(0).equals("dsctl"))
            ? done.subList(1, done.size())
            : done;
    CommandLine command = root;
    int consumed = 0;
    while (consumed < words.size() && command.getSubcommands().containsKey(words.get(consumed))) {
      command = command.getSubcommands().get(words.get(consumed));
      consumed++;
    }
    TreeSet<String> out = new TreeSet<>();
    if (partial.startsWith("-")) {
      command.getCommandSpec().options().forEach(o -> out.addAll(List.of(o.names())));
    } else if (!command.getSubcommands().isEmpty()) {
      out.addAll(command.getSubcommands().keySet());
    } else {
      out.addAll(
          arguments(cluster, command.getCommandName(), words.subList(consumed, words.size())));
    }
    List<String> matching = new ArrayList<>();
    for (String c : out) {
      if (c.startsWith(partial)) {
        matching.add(c);
      }
    }
    return matching;
  }

  /**
   * Positional candidates: a type, then names of that type; nodes or DaemonSets where a command
   * names them.
   */
  private static List<String> arguments(Cluster cluster, String command, List<String> args) {
    List<String> positional = args.stream().filter(a -> !a.startsWith("-")).toList();
    if (TYPED_VERBS.contains(command)) {
      if (positional.isEmpty()) {
        return TYPES;
      }
      return ResourceType.resolve(positional.get(0), cluster.api().kinds())
          .map(k -> names(cluster, k))
          .orElse(List.of());
    }
    return switch (command) {
      case "cordon", "uncordon", "drain", "down", "up" -> names(cluster, Kind.NODE);
      case "taint" -> positional.isEmpty() ? List.of("nodes") : names(cluster, Kind.NODE);
      case "why", "status", "history", "undo", "restart", "image" ->
          positional.isEmpty()
              ? names(cluster, Kind.DAEMON_SET).stream().map(n -> "ds/" + n).toList()
              : command.equals("why") ? names(cluster, Kind.NODE) : List.of();
      case "preset" -> dev.dslab.session.presets.ClusterPresets.NAMES;
      default -> List.of();
    };
  }

  private static List<String> names(Cluster cluster, Kind kind) {
    return cluster.store().<KubeObject>list(kind, null).stream()
        .map(o -> o.metadata().name())
        .distinct()
        .toList();
  }
}
