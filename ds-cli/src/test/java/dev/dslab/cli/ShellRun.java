package dev.dslab.cli;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Runs {@code dsctl shell} in-process on a script, in a directory with the given files. */
record ShellRun(int exitCode, String out, String err) {
  /** A small DaemonSet, {@code agent} with image {@code agent:1}, used by several tests. */
  static final String AGENT_DAEMONSET =
      """
      apiVersion: apps/v1
      kind: DaemonSet
      metadata:
        name: agent
      spec:
        selector:
          matchLabels:
            app: agent
        template:
          metadata:
            labels:
              app: agent
          spec:
            containers:
            - name: agent
              image: agent:1
      """;

  static ShellRun run(Path dir, String script, String... args) {
    String[] all = new String[args.length + 1];
    all[0] = "shell";
    System.arraycopy(args, 0, all, 1, args.length);
    return dsctl(dir, script, all);
  }

  /** dsctl run in-process with these arguments, {@code stdin} as its standard input. */
  static ShellRun dsctl(Path dir, String stdin, String... all) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code =
        new Dsctl(
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8),
                new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
                dir)
            .run(all);
    return new ShellRun(
        code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  /** Runs one one-shot {@code dsctl} command in {@code dir} (its state file is kept there). */
  static ShellRun oneShot(Path dir, String... args) {
    return dsctl(dir, "", args);
  }

  static void write(Path dir, String name, String text) {
    try {
      Files.writeString(dir.resolve(name), text);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
