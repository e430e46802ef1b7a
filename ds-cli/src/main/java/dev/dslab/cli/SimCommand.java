package dev.dslab.cli;

import dev.dslab.session.CommandException;
import dev.dslab.session.GoDuration;
import dev.dslab.session.Session;
import dev.dslab.session.exec.Executor;
import dev.dslab.session.request.Request;
import dev.dslab.session.request.RequestParser;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code sim …}: what kubectl has no command for — the clock, presets and nodes. */
@Command(name = "sim", description = "Drive the simulation: the virtual clock, presets and nodes.")
final class SimCommand {
  private SimCommand() {}

  /** RFC 3339 in UTC with seconds, and fractions only when there are any. */
  static String format(Instant t) {
    return DateTimeFormatter.ISO_INSTANT.format(t);
  }

  @Command(
      name = "advance",
      description = "Move the virtual clock forward, doing everything that falls due.")
  static final class Advance implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "DURATION", description = "e.g. 500ms, 10s, 2m, 1h")
    String duration;

    private final Session session;

    Advance(Session session) {
      this.session = session;
    }

    @Override
    public Integer call() throws CommandException {
      Executor.execute(session, new Request.Advance(GoDuration.parse(duration)));
      return 0;
    }
  }

  @Command(
      name = "settle",
      description = "Advance until nothing is scheduled any more; print the time reached.")
  static final class Settle implements Callable<Integer> {
    @Option(names = "--max", description = "the longest to advance (default 1h)")
    String max = "1h";

    private final Session session;

    Settle(Session session) {
      this.session = session;
    }

    @Override
    public Integer call() throws CommandException {
      Executor.execute(session, new Request.Settle(GoDuration.parse(max)));
      return 0;
    }
  }

  @Command(name = "now", description = "Print the virtual time.")
  static final class Now implements Callable<Integer> {
    private final Session session;

    Now(Session session) {
      this.session = session;
    }

    @Override
    public Integer call() {
      session.out().println(format(session.cluster().now()));
      return 0;
    }
  }

  /**
   * {@code sim log}: what the controllers reported without an event — a failed sync and the
   * back-off before its retry — as upstream's controllers write it to their log.
   */
  @Command(
      name = "log",
      description = "Print what the controllers logged: failed syncs and their retries.")
  static final class Log implements Callable<Integer> {
    private final Session session;

    Log(Session session) {
      this.session = session;
    }

    @Override
    public Integer call() {
      var entries = session.cluster().controllerLog();
      if (entries.isEmpty()) {
        session.out().println("No controller has logged a failure.");
      }
      entries.forEach(e -> session.out().println(e));
      return 0;
    }
  }

  @Command(name = "preset", description = "Replace the cluster with a named preset.")
  static final class Preset implements Callable<Integer> {
    @Parameters(
        index = "0",
        paramLabel = "NAME",
        description = "docker-desktop, kind, kubeadm or gke")
    String name;

    private final Session session;

    Preset(Session session) {
      this.session = session;
    }

    @Override
    public Integer call() throws CommandException {
      Executor.execute(session, new Request.UsePreset(name));
      return 0;
    }
  }

  @Command(name = "nodes", description = "Add nodes.", subcommandsRepeatable = false)
  static final class Nodes {
    private Nodes() {}
  }

  @Command(name = "add", description = "Add ready nodes with the given labels, taints and role.")
  static final class NodesAdd implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "NAME")
    List<String> names;

    @Option(names = "--label", description = "K=V, repeatable")
    List<String> labels = new ArrayList<>();

    @Option(names = "--taint", description = "K[=V]:EFFECT, repeatable")
    List<String> taints = new ArrayList<>();

    @Option(names = "--role", description = "sets node-role.kubernetes.io/ROLE")
    String role;

    private final Session session;

    NodesAdd(Session session) {
      this.session = session;
    }

    @Override
    public Integer call() throws CommandException {
      Executor.execute(session, RequestParser.addNodes(names, labels, taints, role));
      return 0;
    }
  }

  @Command(
      name = "generate",
      description = "Add COUNT ready worker nodes, spread over zone labels.")
  static final class NodesGenerate implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "COUNT")
    int count;

    @Option(names = "--prefix", description = "name prefix (default node-)")
    String prefix = "node-";

    @Option(names = "--zones", description = "number of zones (default 3)")
    int zones = 3;

    private final Session session;

    NodesGenerate(Session session) {
      this.session = session;
    }

    @Override
    public Integer call() throws CommandException {
      Executor.execute(session, RequestParser.generateNodes(count, prefix, zones));
      return 0;
    }
  }

  @Command(name = "image", description = "Set how containers of an image behave from now on.")
  static final class Image implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "IMAGE")
    String image;

    @Option(names = "--start", description = "how long containers take to start (default 2s)")
    String start = "2s";

    @Option(names = "--stop", description = "how long a deleted pod stays Terminating (default 1s)")
    String stop = "1s";

    @Option(names = "--never-ready", description = "containers run but never become ready")
    boolean neverReady;

    @Option(
        names = "--fail-after",
        description = "containers exit with an error after running this long")
    String failAfter;

    @Option(names = "--pull-error", description = "the image cannot be pulled")
    boolean pullError;

    @Option(
        names = "--log",
        paramLabel = "TEXT",
        description = "a line each container prints to its log when it starts (repeatable)")
    java.util.List<String> log = new java.util.ArrayList<>();

    private final Session session;

    Image(Session session) {
      this.session = session;
    }

    @Override
    public Integer call() throws CommandException {
      Executor.execute(
          session,
          RequestParser.imageBehaviour(image, start, stop, neverReady, failAfter, pullError, log));
      return 0;
    }
  }
}
