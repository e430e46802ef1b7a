package dev.dslab.session.request;

import dev.dslab.session.CommandException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A command's words split into flags and positional arguments, as kubectl's flag parsing does it:
 * flags anywhere, {@code --name value}, {@code --name=value}, {@code -n value}, {@code -nvalue},
 * booleans bare or {@code =true|false}, and flags whose value is optional taking the next word only
 * when it is one of their values ({@code --cascade orphan}, {@code --watch=false}).
 */
final class Flags {
  /** How a flag takes its value. */
  enum Arity {
    BOOLEAN,
    VALUE,
    VALUES,
    OPTIONAL
  }

  /** One flag: its names (the first is the key it is read back by), how it takes a value. */
  record Spec(List<String> names, Arity arity, List<String> optionalValues, String fallback) {}

  static final Spec NAMESPACE = valued("-n", "--namespace");

  /** -A is accepted everywhere dsctl accepts it (it changes nothing for a write). */
  static final Spec ALL_NAMESPACES = flag("-A", "--all-namespaces");

  static Spec flag(String... names) {
    return new Spec(List.of(names), Arity.BOOLEAN, List.of(), null);
  }

  static Spec valued(String... names) {
    return new Spec(List.of(names), Arity.VALUE, List.of(), null);
  }

  static Spec repeated(String... names) {
    return new Spec(List.of(names), Arity.VALUES, List.of(), null);
  }

  static Spec optional(List<String> values, String fallback, String... names) {
    return new Spec(List.of(names), Arity.OPTIONAL, values, fallback);
  }

  private final String command;
  private final Map<String, List<String>> seen = new LinkedHashMap<>();
  private final List<String> positionals = new ArrayList<>();

  private Flags(String command) {
    this.command = command;
  }

  static Flags scan(String command, List<String> words, Spec... specs) throws CommandException {
    Map<String, Spec> byName = new HashMap<>();
    List<Spec> all = new ArrayList<>(List.of(specs));
    if (specs.length > 0 && List.of(specs).contains(NAMESPACE)) {
      all.add(ALL_NAMESPACES);
    }
    for (Spec s : all) {
      s.names().forEach(n -> byName.put(n, s));
    }
    Flags flags = new Flags(command);
    for (int i = 0; i < words.size(); i++) {
      String w = words.get(i);
      if (w.equals("--")) {
        flags.positionals.addAll(words.subList(i + 1, words.size()));
        break;
      }
      if (!w.startsWith("-") || w.equals("-")) {
        flags.positionals.add(w);
        continue;
      }
      String name;
      String inline = null;
      if (w.startsWith("--")) {
        int eq = w.indexOf('=');
        name = eq < 0 ? w : w.substring(0, eq);
        inline = eq < 0 ? null : w.substring(eq + 1);
      } else {
        name = w.substring(0, 2);
        if (w.length() > 2) {
          inline = w.charAt(2) == '=' ? w.substring(3) : w.substring(2);
        }
      }
      Spec spec = byName.get(name);
      if (spec == null) {
        throw new CommandException(
            name.startsWith("--")
                ? "error: unknown flag: " + name
                : "error: unknown shorthand flag: '" + name.charAt(1) + "' in " + w);
      }
      String value =
          switch (spec.arity()) {
            case BOOLEAN -> {
              if (inline != null && !inline.equals("true") && !inline.equals("false")) {
                throw new CommandException(
                    "error: invalid argument \""
                        + inline
                        + "\" for \""
                        + name
                        + "\" flag: "
                        + "strconv.ParseBool: parsing \""
                        + inline
                        + "\": invalid syntax");
              }
              yield inline == null ? "true" : inline;
            }
            case OPTIONAL -> {
              if (inline != null) {
                yield inline;
              }
              if (i + 1 < words.size() && spec.optionalValues().contains(words.get(i + 1))) {
                yield words.get(++i);
              }
              yield spec.fallback();
            }
            case VALUE, VALUES -> {
              if (inline != null) {
                yield inline;
              }
              if (i + 1 >= words.size()) {
                throw new CommandException("error: flag needs an argument: " + name);
              }
              yield words.get(++i);
            }
          };
      flags.seen.computeIfAbsent(spec.names().get(0), k -> new ArrayList<>()).add(value);
    }
    return flags;
  }

  /** The last value of a flag (by its first name), or null when it was not given. */
  String value(String name) {
    List<String> v = seen.get(name);
    return v == null ? null : v.get(v.size() - 1);
  }

  List<String> values(String name) {
    return List.copyOf(seen.getOrDefault(name, List.of()));
  }

  boolean isSet(String name) {
    return "true".equals(value(name));
  }

  List<String> positionals() {
    return List.copyOf(positionals);
  }

  /** The positional arguments, at least {@code min} of them. */
  List<String> positionals(int min) throws CommandException {
    if (positionals.size() < min) {
      throw new CommandException(
          "error: "
              + command
              + " needs at least "
              + min
              + " argument"
              + (min == 1 ? "" : "s")
              + "; see '"
              + command
              + " --help'");
    }
    return positionals();
  }

  void noPositionals() throws CommandException {
    if (!positionals.isEmpty()) {
      throw new CommandException(
          "error: unexpected argument \"" + positionals.get(0) + "\" for \"" + command + "\"");
    }
  }
}
