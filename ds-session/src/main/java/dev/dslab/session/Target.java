package dev.dslab.session;

import dev.dslab.engine.api.Kind;
import dev.dslab.engine.api.KindRegistry;
import java.util.ArrayList;
import java.util.List;

/**
 * The objects a command names: {@code TYPE NAME...} or {@code TYPE/NAME...}, as kubectl takes them.
 */
public record Target(Kind kind, List<String> names) {
  public Target {
    names = List.copyOf(names);
  }

  public static Target parse(List<String> args) throws CommandException {
    return parse(args, null);
  }

  /** The objects named, their type resolved among {@code kinds} (null: built-in types only). */
  public static Target parse(List<String> args, KindRegistry kinds) throws CommandException {
    String first = args.get(0);
    if (first.contains("/")) {
      Kind kind = null;
      List<String> names = new ArrayList<>();
      for (String a : args) {
        int slash = a.indexOf('/');
        if (slash < 0) {
          throw new CommandException(
              "error: there is no need to specify a resource type as a separate argument when "
                  + "passing arguments in resource/name form (e.g. 'kubectl get resource/<resource_name>' instead of "
                  + "'kubectl get resource resource/<resource_name>'");
        }
        Kind k = ResourceType.require(a.substring(0, slash), kinds);
        if (kind != null && !kind.equals(k)) {
          throw new CommandException("error: dsctl prints one resource type at a time");
        }
        kind = k;
        names.add(a.substring(slash + 1));
      }
      return new Target(kind, names);
    }
    if (first.contains(",")) {
      throw new CommandException(
          "error: several resource types take no names here; run one get per type");
    }
    return new Target(
        ResourceType.require(first, kinds), List.copyOf(args.subList(1, args.size())));
  }
}
