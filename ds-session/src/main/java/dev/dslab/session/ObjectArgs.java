package dev.dslab.session;

import dev.dslab.engine.api.Kind;
import dev.dslab.engine.api.KindRegistry;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * The arguments of label and taint: {@code TYPE NAME... CHANGE...} or {@code TYPE/NAME...
 * CHANGE...}, where a change is recognised by its shape ({@code k=v}, {@code k-}, {@code
 * k:Effect}).
 */
public record ObjectArgs(Kind kind, List<String> names, List<String> changes) {
  public static ObjectArgs parse(List<String> args, Predicate<String> isChange, String changeName)
      throws CommandException {
    return parse(args, isChange, changeName, null);
  }

  /**
   * {@link #parse(List, Predicate, String)} in a cluster whose {@code kinds} serve its CRDs'
   * resources too; null for the built-in ones only.
   */
  public static ObjectArgs parse(
      List<String> args, Predicate<String> isChange, String changeName, KindRegistry kinds)
      throws CommandException {
    // The objects come first: TYPE NAME... or TYPE/NAME...; the first change-shaped word after at
    // least one name starts the changes.
    List<String> objects = new ArrayList<>();
    List<String> changes = new ArrayList<>();
    for (String a : args) {
      boolean haveName = !objects.isEmpty() && (objects.get(0).contains("/") || objects.size() > 1);
      boolean change = isChange.test(a);
      if (!changes.isEmpty() && !change) {
        // kubectl's GetResourcesAndPairs: objects may not follow a change
        throw new CommandException(
            "error: all resources must be specified before " + changeName + " changes: " + a);
      }
      if (!changes.isEmpty() || (haveName && change)) {
        changes.add(a);
      } else {
        objects.add(a);
      }
    }
    Target target = Target.parse(objects, kinds);
    if (target.names().isEmpty()) {
      throw new CommandException(
          "error: one or more resources must be specified as <resource> <name> or "
              + "<resource>/<name>");
    }
    return new ObjectArgs(target.kind(), target.names(), changes);
  }

  /** {@code TYPE CHANGE...}: the objects picked by a selector or {@code --all} instead of names. */
  public static ObjectArgs parseType(
      List<String> args, Predicate<String> isChange, String changeName) throws CommandException {
    return parseType(args, isChange, changeName, null);
  }

  /** {@link #parseType(List, Predicate, String)} with a cluster's kinds (null: built-in only). */
  public static ObjectArgs parseType(
      List<String> args, Predicate<String> isChange, String changeName, KindRegistry kinds)
      throws CommandException {
    if (args.isEmpty() || args.get(0).contains("/")) {
      throw new CommandException(
          "error: one or more resources must be specified as <resource> <name> or "
              + "<resource>/<name>");
    }
    List<String> changes = List.copyOf(args.subList(1, args.size()));
    for (String c : changes) {
      if (!isChange.test(c)) {
        throw new CommandException(
            "error: all resources must be specified before " + changeName + " changes: " + c);
      }
    }
    return new ObjectArgs(ResourceType.require(args.get(0), kinds), List.of(), changes);
  }
}
