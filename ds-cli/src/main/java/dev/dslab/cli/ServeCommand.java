package dev.dslab.cli;

import dev.dslab.cli.serve.ApiEndpoint;
import dev.dslab.cli.serve.EngineLoop;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code dsctl serve}: the simulated cluster over the Kubernetes API, so that the real kubectl (or any
 * client) works on it. Writes a kubeconfig and prints the {@code export KUBECONFIG=...} line; the
 * virtual clock follows the wall clock times {@code --speed}; dsctl commands (the {@code sim} ones
 * too) are read from standard input meanwhile, as in {@code dsctl shell}. Loopback only unless
 * {@code --address} says otherwise, and then with a warning and a bearer token.
 */
@Command(name = "serve", description = "Serve the simulated cluster over the Kubernetes API (for kubectl).")
final class ServeCommand {
  @Option(names = "--address", description = "address to listen on (default 127.0.0.1)")
  String address = "127.0.0.1";

  @Option(names = "--port", description = "port (default 0: a free one)")
  int port;

  @Option(names = "--speed", description = "virtual seconds per wall second (default 1; 0 stops the clock)")
  double speed = 1;

  @Option(names = "--kubeconfig", description = "where to write the kubeconfig (default dslab-kubeconfig.yaml)")
  String kubeconfig = "dslab-kubeconfig.yaml";

  @Option(names = {"-h", "--help"}, usageHelp = true, description = "show this help")
  boolean help;

  /** Parses the arguments after {@code serve}; null after printing help or an error. */
  static ServeCommand parse(java.util.List<String> args, java.io.PrintStream out, java.io.PrintStream err) {
    ServeCommand options = new ServeCommand();
    CommandLine cli = new CommandLine(options);
    try {
      cli.parseArgs(args.toArray(String[]::new));
    } catch (CommandLine.ParameterException e) {
      err.println("error: " + e.getMessage());
      return null;
    }
    if (options.help) {
      cli.usage(out);
      return null;
    }
    return options;
  }

  /** Serves until standard input ends and {@code stop} is counted down (Ctrl+C ends the process). */
  int run(Session session, CountDownLatch stop) throws IOException {
    if (speed < 0 || Double.isNaN(speed) || Double.isInfinite(speed)) {
      session.err().println("error: --speed must be 0 or more");
      return 1;
    }
    InetAddress bind = InetAddress.getByName(address);
    String token = null;
    if (!bind.isLoopbackAddress()) {
      token = HexFormat.of().formatHex(new SecureRandom().generateSeed(24));
      session.err().println("Warning: serving on " + address + ", beyond this machine: every request must carry "
          + "the bearer token written to the kubeconfig");
    }
    try (ApiEndpoint endpoint = ApiEndpoint.start(session.cluster(), new InetSocketAddress(bind, port), speed,
        token)) {
      String host = bind.isAnyLocalAddress() ? "127.0.0.1" : address.contains(":") ? "[" + address + "]" : address;
      String server = "http://" + host + ":" + endpoint.port();
      Path config = session.resolve(kubeconfig).toAbsolutePath();
      dev.dslab.cli.serve.Kubeconfigs.write(config, server, token);
      session.out().println("Serving the simulated cluster at " + server + " (clock at " + speed + "x).");
      session.out().println("export KUBECONFIG=" + config);
      session.out().flush();
      EngineLoop engine = endpoint.engine();
      Shell shell = new Shell(session, command -> {
        try {
          return engine.call(cluster -> command.getAsInt());
        } catch (dev.dslab.engine.api.ApiException e) {
          session.err().println(e.kubectlMessage());
          return 1;
        }
      });
      shell.run(new BufferedReader(new InputStreamReader(session.stdin(), StandardCharsets.UTF_8)));
      session.out().flush();
      stop.await();
      return 0;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return 0;
    }
  }
}
