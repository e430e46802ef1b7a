package dev.dslab.cli;

import dev.dslab.server.ApiEndpoint;
import dev.dslab.server.EngineLoop;
import dev.dslab.server.tls.ServingCertificates;
import dev.dslab.server.tls.SubjectAltNames;
import dev.dslab.session.ClientWrites;
import dev.dslab.session.CommandException;
import dev.dslab.session.Recorder;
import dev.dslab.session.Replay;
import dev.dslab.session.SavedState;
import dev.dslab.session.Session;
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
 * {@code dsctl serve}: the simulated cluster over the Kubernetes API, so that the real kubectl (or
 * any client) works on it. Writes a kubeconfig and prints the {@code export KUBECONFIG=...} line;
 * the virtual clock follows the wall clock times {@code --speed}; dsctl commands (the {@code sim}
 * ones too) are read from standard input meanwhile, as in {@code dsctl shell}. Loopback only unless
 * {@code --address} says otherwise, and then with a warning and a bearer token. TLS unless {@code
 * --insecure-http}: the CA and serving certificate are made once per state file and kept beside it
 * ({@code .dsctl-state-tls/}), and the kubeconfig carries the CA, as kind's and minikube's do.
 */
@Command(
    name = "serve",
    description = "Serve the simulated cluster over the Kubernetes API (for kubectl).")
final class ServeCommand {
  @Option(names = "--address", description = "address to listen on (default 127.0.0.1)")
  String address = "127.0.0.1";

  @Option(names = "--port", description = "port (default 0: a free one)")
  int port;

  @Option(
      names = "--speed",
      description = "virtual seconds per wall second (default 1; 0 stops the clock)")
  double speed = 1;

  @Option(
      names = "--kubeconfig",
      description = "where to write the kubeconfig (default dslab-kubeconfig.yaml)")
  String kubeconfig = "dslab-kubeconfig.yaml";

  @Option(
      names = "--insecure-http",
      description =
          "serve plain HTTP instead of TLS (default: TLS, with a CA and certificate kept beside"
              + " the state file)")
  boolean insecureHttp;

  @Option(
      names = {"-h", "--help"},
      usageHelp = true,
      description = "show this help")
  boolean help;

  /** Parses the arguments after {@code serve}; null after printing help or an error. */
  static ServeCommand parse(
      java.util.List<String> args, java.io.PrintStream out, java.io.PrintStream err) {
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

  /**
   * Serves until interrupted (tests count {@code stop} down once standard input has ended). The
   * clock first jumps to the wall clock's second (recorded as {@code sim advance}, so the state
   * replays to the same times); then every change, from kubectl or from a dsctl command on standard
   * input, is recorded as the dsctl line that repeats it, and the state file is written when
   * serving ends.
   */
  int run(Session opened, SavedState openedState, Path statePath, CountDownLatch stop)
      throws IOException, CommandException {
    SavedState state = anchoredToTheWallClock(openedState, opened.cluster().now());
    Session session =
        state == openedState
            ? opened
            : Replay.session(state, opened.resolve(""))
                .withStreams(opened.out(), opened.err(), opened.stdin());
    if (speed < 0 || Double.isNaN(speed) || Double.isInfinite(speed)) {
      session.err().println("error: --speed must be 0 or more");
      return 1;
    }
    InetAddress bind = InetAddress.getByName(address);
    String token = null;
    if (!bind.isLoopbackAddress()) {
      token = HexFormat.of().formatHex(new SecureRandom().generateSeed(24));
      session
          .err()
          .println(
              "Warning: serving on "
                  + address
                  + ", beyond this machine: every request must carry "
                  + "the bearer token written to the kubeconfig");
    }
    ServingCertificates certificates = null;
    if (!insecureHttp) {
      try {
        certificates =
            ServingCertificates.ensure(
                ServingCertificates.folderBeside(statePath),
                SubjectAltNames.forAddress(address),
                java.time.Instant.now());
      } catch (IOException e) {
        session.err().println("error: " + e.getMessage());
        return 1;
      }
    }
    Recording recording = new Recording(session, state);
    recording.catchUpWithTheWallClock();
    EngineLoop engine = new EngineLoop(session.cluster(), speed);
    try (ApiEndpoint endpoint =
        ApiEndpoint.start(
            session.cluster(),
            new InetSocketAddress(bind, port),
            engine,
            token,
            recording::apiWrote,
            certificates == null ? null : certificates.sslContext())) {
      engine.start();
      String host =
          bind.isAnyLocalAddress()
              ? "127.0.0.1"
              : address.contains(":") ? "[" + address + "]" : address;
      String server = endpoint.scheme() + "://" + host + ":" + endpoint.port();
      Path config = session.resolve(kubeconfig).toAbsolutePath();
      dev.dslab.server.Kubeconfigs.write(
          config, server, token, certificates == null ? null : certificates.kubeconfigData());
      session
          .out()
          .println("Serving the simulated cluster at " + server + " (clock at " + speed + "x).");
      session.out().println("export KUBECONFIG=" + config);
      session.out().flush();
      Thread saveOnExit = new Thread(() -> recording.save(engine, statePath), "save-state");
      Runtime.getRuntime().addShutdownHook(saveOnExit);
      Shell shell =
          new Shell(
              session,
              (words, command) -> {
                try {
                  return engine.call(cluster -> recording.command(words, command));
                } catch (dev.dslab.engine.api.ApiException e) {
                  session.err().println(e.kubectlMessage());
                  return 1;
                }
              });
      shell.run(new BufferedReader(new InputStreamReader(session.stdin(), StandardCharsets.UTF_8)));
      session.out().flush();
      stop.await();
      Runtime.getRuntime().removeShutdownHook(saveOnExit);
      recording.save(engine, statePath);
      return 0;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return 0;
    }
  }

  /**
   * A state never served before begins again so that it ends at the wall clock's second instead of
   * on the default start date: objects are as old as its history made them (kubectl's ages compare
   * with its own clock), a fresh preset minutes old as the tutorials show. From then on the state
   * keeps that start, and a later serve catches up with the wall clock instead. The same state when
   * it has a start already.
   */
  static SavedState anchoredToTheWallClock(SavedState state, java.time.Instant now) {
    if (state.start() != null) {
      return state;
    }
    java.time.Instant wall =
        java.time.Instant.ofEpochSecond(java.time.Instant.now().getEpochSecond());
    return state.startingAt(wall.minus(java.time.Duration.between(state.startOrDefault(), now)));
  }

  /**
   * What serving changed, as the dsctl lines of the state file; touched on the engine's thread
   * only.
   */
  private static final class Recording {
    private final Session session;
    private final Recorder recorder;
    private boolean saved;

    Recording(Session session, SavedState state) {
      this.session = session;
      this.recorder = new Recorder(state, session.cluster());
    }

    /**
     * Before serving: the virtual clock jumps to the wall clock's second, if it is behind and
     * nothing is scheduled (a settled cluster jumps at once; one with work pending, say a node down
     * whose monitor ticks every 5 s, keeps its own time rather than replaying years of ticks).
     */
    void catchUpWithTheWallClock() {
      java.time.Instant wall =
          java.time.Instant.ofEpochSecond(java.time.Instant.now().getEpochSecond());
      if (wall.isAfter(session.cluster().now()) && session.cluster().isSettled()) {
        session.cluster().advanceTo(wall);
        recorder.recordTheClock();
      }
    }

    int command(java.util.List<String> words, java.util.function.IntSupplier run) {
      int code = run.getAsInt();
      if (!SavedState.readsOnly(words)) {
        recorder.record(new SavedState.Line(words, session.reads()));
      }
      return code;
    }

    void apiWrote(String verb, dev.dslab.model.meta.KubeObject object, boolean statusOnly) {
      ClientWrites.submission(verb, object, statusOnly, session.cluster().api().kinds())
          .ifPresent(s -> recorder.record(s.line()));
    }

    /** Once: the clock's last step recorded too, written atomically. */
    synchronized void save(EngineLoop engine, Path statePath) {
      if (saved) {
        return;
      }
      saved = true;
      try {
        engine.call(
            cluster -> {
              try {
                recorder.state().save(statePath, cluster);
              } catch (CommandException e) {
                session.err().println(e.getMessage());
              }
              return null;
            });
      } catch (dev.dslab.engine.api.ApiException | RuntimeException e) {
        session.err().println("error: the state could not be saved: " + e.getMessage());
      }
    }
  }
}
