package dev.dslab.cli.serve;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dslab.cli.Dsctl;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A {@code dsctl serve} running in this process on its own thread, as a user starts it, until
 * {@link #stop}: what it printed, and the URL of its "Serving the simulated cluster at URL" line.
 */
record ServeRun(Dsctl dsctl, Thread thread, int[] code, ByteArrayOutputStream out) {
  /**
   * Starts dsctl with {@code args}, standard input {@code stdin}, and waits for the export line.
   */
  static ServeRun start(Path dir, String stdin, String... args) throws InterruptedException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Dsctl dsctl =
        new Dsctl(
            new PrintStream(out, true, StandardCharsets.UTF_8),
            System.err,
            new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
            dir);
    int[] code = {-1};
    Thread thread = new Thread(() -> code[0] = dsctl.run(args));
    thread.start();
    ServeRun serving = new ServeRun(dsctl, thread, code, out);
    for (int i = 0; i < 500 && !serving.printed().contains("export KUBECONFIG="); i++) {
      Thread.sleep(20);
    }
    return serving;
  }

  /** A new state file of the kind preset (a one-shot command that reads only). */
  static void newState(Path dir, Path state) {
    assertThat(
            new Dsctl(
                    new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
                    System.err,
                    new ByteArrayInputStream(new byte[0]),
                    dir)
                .run(
                    new String[] {"--state", state.toString(), "--preset", "kind", "get", "nodes"}))
        .isZero();
  }

  /** {@code --state STATE serve --speed 0 --kubeconfig KUBECONFIG} and {@code more}. */
  static String[] args(Path state, Path kubeconfig, String... more) {
    List<String> args =
        new ArrayList<>(
            List.of(
                "--state",
                state.toString(),
                "serve",
                "--speed",
                "0",
                "--kubeconfig",
                kubeconfig.toString()));
    args.addAll(List.of(more));
    return args.toArray(String[]::new);
  }

  String printed() {
    return out.toString(StandardCharsets.UTF_8);
  }

  String url() {
    Matcher m = Pattern.compile("at (https?://127.0.0.1:\\d+) ").matcher(printed());
    assertThat(m.find()).as(printed()).isTrue();
    return m.group(1);
  }

  int stop() throws InterruptedException {
    dsctl.stopServing();
    thread.join(30_000);
    return code[0];
  }
}
