package dev.dslab.desktop;

import dev.dslab.desktop.manifests.StartingCluster;
import java.nio.file.Path;
import java.util.List;

/**
 * The command line: {@code [--preset NAME] [--seed N] [--render-png OUT.png [--script FILE]]}. (The
 * launcher script sends {@code --bench} to ds-bench's frame bench instead.)
 */
public record LaunchOptions(String preset, long seed, Path renderPng, Path script) {
  public static final String USAGE =
      "usage: desktop [--preset demo|docker-desktop|kind|kubeadm|gke] [--seed N]\n"
          + "               [--render-png OUT.png [--script FILE]]";

  public static LaunchOptions parse(List<String> args) {
    String preset = StartingCluster.DEMO;
    long seed = 1;
    Path render = null;
    Path script = null;
    for (int i = 0; i < args.size(); i++) {
      String a = args.get(i);
      switch (a) {
        case "--preset" -> preset = value(args, ++i, a);
        case "--seed" -> seed = number(value(args, ++i, a), a);
        case "--render-png" -> render = Path.of(value(args, ++i, a));
        case "--script" -> script = Path.of(value(args, ++i, a));
        default -> throw new IllegalArgumentException("unknown argument: " + a);
      }
    }
    if (script != null && render == null) {
      throw new IllegalArgumentException("--script goes with --render-png");
    }
    return new LaunchOptions(preset, seed, render, script);
  }

  private static String value(List<String> args, int i, String flag) {
    if (i >= args.size()) {
      throw new IllegalArgumentException(flag + " needs a value");
    }
    return args.get(i);
  }

  private static long number(String text, String flag) {
    try {
      return Long.parseLong(text);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(flag + " needs a number, got \"" + text + "\"");
    }
  }
}
