package dev.dslab.cli;

import dev.dslab.engine.Cluster;
import dev.dslab.session.CommandException;
import dev.dslab.session.Replay;
import dev.dslab.session.SavedState;
import dev.dslab.session.Session;
import dev.dslab.session.presets.ClusterPresets;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;

/**
 * dsctl: kubectl's commands over a simulated cluster. {@code dsctl shell} reads commands from
 * standard input, one per line; the global flags {@code --preset}, {@code --cluster} (repeatable),
 * {@code --seed} and {@code --state} may stand anywhere on the command line.
 */
@Command(name = "dsctl", description = "kubectl's commands over a simulated cluster.")
public final class Dsctl {
  static final long DEFAULT_SEED = SavedState.DEFAULT_SEED;

  private final PrintStream out;
  private final PrintStream err;
  private final InputStream in;
  private final Path workingDirectory;

  public Dsctl(PrintStream out, PrintStream err, InputStream in, Path workingDirectory) {
    this.out = out;
    this.err = err;
    this.in = in;
    this.workingDirectory = workingDirectory;
  }

  public static void main(String[] args) {
    PrintStream out =
        new PrintStream(
            new java.io.FileOutputStream(java.io.FileDescriptor.out),
            false,
            StandardCharsets.UTF_8);
    PrintStream err =
        new PrintStream(
            new java.io.FileOutputStream(java.io.FileDescriptor.err), true, StandardCharsets.UTF_8);
    int code = new Dsctl(out, err, System.in, Path.of("").toAbsolutePath()).run(args);
    out.flush();
    System.exit(code);
  }

  /** The global flags, taken out of the arguments wherever they stand. */
  record Globals(
      String preset,
      List<String> clusters,
      long seed,
      boolean seedGiven,
      String state,
      List<String> rest) {
    static Globals parse(String[] args) throws CommandException {
      String preset = null;
      String state = null;
      long seed = DEFAULT_SEED;
      boolean seedGiven = false;
      List<String> clusters = new ArrayList<>();
      List<String> rest = new ArrayList<>();
      for (int i = 0; i < args.length; i++) {
        String a = args[i];
        String name = a.contains("=") ? a.substring(0, a.indexOf('=')) : a;
        if (!List.of("--preset", "--cluster", "--seed", "--state").contains(name)) {
          rest.add(a);
          continue;
        }
        String value;
        if (a.contains("=")) {
          value = a.substring(a.indexOf('=') + 1);
        } else if (i + 1 < args.length) {
          value = args[++i];
        } else {
          throw new CommandException("error: flag needs an argument: " + name);
        }
        switch (name) {
          case "--preset" -> preset = value;
          case "--cluster" -> clusters.add(value);
          case "--state" -> state = value;
          default -> {
            try {
              seed = Long.parseLong(value);
              seedGiven = true;
            } catch (NumberFormatException e) {
              throw new CommandException(
                  "error: invalid argument \""
                      + value
                      + "\" for \"--seed\" flag: "
                      + "strconv.ParseInt: parsing \""
                      + value
                      + "\": invalid syntax");
            }
          }
        }
      }
      return new Globals(preset, clusters, seed, seedGiven, state, rest);
    }
  }

  public int run(String[] args) {
    try {
      Globals globals = Globals.parse(args);
      if (globals.rest().isEmpty()
          || List.of("-h", "--help", "help").contains(globals.rest().get(0))) {
        out.print(usage());
        return 0;
      }
      if (globals.rest().get(0).equals("serve")) {
        return serve(globals);
      }
      if (globals.rest().get(0).equals("tutorial")) {
        return new TutorialCommand(
                out, err, workingDirectory, dev.dslab.session.tutorial.FigureRenderer.NONE)
            .run(
                globals.rest().subList(1, globals.rest().size()),
                globals.preset(),
                globals.seedGiven() ? globals.seed() : null);
      }
      boolean shell = globals.rest().get(0).equals("shell");
      Path statePath = statePath(globals);
      boolean stateExists = statePath != null && Files.exists(statePath);
      if (shell && !stateExists) {
        Session session =
            new Session(
                startingCluster(globals, Cluster.DEFAULT_START),
                globals.seed(),
                out,
                err,
                workingDirectory,
                in);
        loadClusterFiles(session, globals.clusters());
        return shell(session);
      }
      if (shell) {
        Session session = restore(SavedState.load(statePath)).withStreams(out, err, in);
        return shell(session);
      }
      return oneShot(globals, statePath, stateExists);
    } catch (CommandException e) {
      if (!e.getMessage().isEmpty()) {
        err.println(e.getMessage());
      }
      return 1;
    } catch (IOException e) {
      err.println("error: " + e.getMessage());
      return 1;
    }
  }

  /**
   * Counted down to stop {@code serve} once its input has ended (tests); the process otherwise ends
   * with Ctrl+C.
   */
  private java.util.concurrent.CountDownLatch serveStop =
      new java.util.concurrent.CountDownLatch(1);

  /** Stops a {@code serve} of this instance after its standard input has ended. */
  public void stopServing() {
    serveStop.countDown();
  }

  /**
   * {@code serve}: the cluster of the state file (as one-shot commands find it), or of --preset and
   * --cluster, served over the Kubernetes API; what changed is written back to the state file when
   * serving ends, as a one-shot command writes it.
   */
  private int serve(Globals globals) throws CommandException, IOException {
    ServeCommand options =
        ServeCommand.parse(globals.rest().subList(1, globals.rest().size()), out, err);
    if (options == null) {
      return globals.rest().contains("-h") || globals.rest().contains("--help") ? 0 : 1;
    }
    Path statePath = statePath(globals);
    // a new cluster served starts at the wall clock's second: no replay to anchor it afterwards
    Opened opened =
        open(
            globals,
            statePath,
            Files.exists(statePath),
            "use another --state",
            Instant.ofEpochSecond(Instant.now().getEpochSecond()));
    return options.run(opened.session(), opened.state(), statePath, serveStop);
  }

  /**
   * The shell: a prompt with history and completion on a terminal, else one command per input line.
   */
  private int shell(Session session) throws IOException {
    Shell shell = new Shell(session);
    if (in == System.in && System.console() != null) {
      return shell.runInteractive();
    }
    return shell.run(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
  }

  /**
   * --state, else $DSCTL_STATE, else .dsctl-state.yaml in the working directory (null for a shell
   * without one).
   */
  private Path statePath(Globals globals) {
    if (globals.state() != null) {
      return workingDirectory.resolve(globals.state());
    }
    String env = System.getenv("DSCTL_STATE");
    if (env != null && !env.isEmpty()) {
      return workingDirectory.resolve(env);
    }
    return globals.rest().get(0).equals("shell") ? null : workingDirectory.resolve(DEFAULT_STATE);
  }

  /** The default state file of one-shot commands, in the working directory. */
  static final String DEFAULT_STATE = ".dsctl-state.yaml";

  /**
   * One command on the saved state: the history is replayed silently, the command runs, and if it
   * changed anything it joins the history, written back atomically.
   */
  private int oneShot(Globals globals, Path statePath, boolean stateExists)
      throws CommandException {
    Opened opened =
        open(
            globals,
            statePath,
            stateExists,
            "use `dsctl sim preset NAME`, or another --state",
            null);
    SavedState state = opened.state();
    Session session = opened.session();
    List<String> words = globals.rest();
    int code = new Shell(session).execute(words);
    if (!SavedState.readsOnly(words)) {
      state = state.with(new SavedState.Line(words, session.reads()));
    }
    if (!SavedState.readsOnly(words) || !stateExists) {
      state.save(statePath, session.cluster());
    }
    return code;
  }

  /** A state and the session on its cluster, for a command that works on the state file. */
  private record Opened(SavedState state, Session session) {}

  /**
   * The state file's cluster when it exists (then --preset, --cluster and --seed are refused, with
   * {@code otherWay} as the hint), else a new one from those flags, whose state starts empty at
   * {@code start} (null: the one-shot default, {@link Cluster#DEFAULT_START}).
   */
  private Opened open(
      Globals globals, Path statePath, boolean stateExists, String otherWay, Instant start)
      throws CommandException {
    if (stateExists) {
      if (globals.preset() != null || !globals.clusters().isEmpty() || globals.seedGiven()) {
        throw new CommandException(
            "error: "
                + statePath
                + " already holds a cluster; --preset, --cluster and --seed "
                + "only start a new one ("
                + otherWay
                + ")");
      }
      SavedState state = SavedState.load(statePath);
      return new Opened(state, restore(state).withStreams(out, err, in));
    }
    Session session =
        new Session(
            startingCluster(globals, start == null ? Cluster.DEFAULT_START : start),
            globals.seed(),
            out,
            err,
            workingDirectory,
            in);
    loadClusterFiles(session, globals.clusters());
    List<SavedState.Manifest> cluster = new ArrayList<>();
    session.reads().values().forEach(cluster::addAll);
    return new Opened(
        new SavedState(globals.seed(), globals.preset(), cluster, List.of(), start), session);
  }

  /** The cluster of a saved state, rebuilt by replaying its history with no output. */
  private Session restore(SavedState state) throws CommandException {
    return Replay.session(state, workingDirectory);
  }

  private static Cluster startingCluster(Globals globals, Instant start) throws CommandException {
    if (globals.preset() == null) {
      return new Cluster(globals.seed(), start);
    }
    return ClusterPresets.create(globals.preset(), globals.seed(), start)
        .orElseThrow(
            () ->
                new CommandException(
                    "error: unknown preset \""
                        + globals.preset()
                        + "\" (known: "
                        + String.join(", ", ClusterPresets.NAMES)
                        + ")"));
  }

  /** --cluster FILE: the nodes of node manifests or dumps join the cluster. */
  private static void loadClusterFiles(Session session, List<String> files)
      throws CommandException {
    Replay.loadClusterFiles(session, files);
  }

  static String usage() {
    return """
        dsctl: kubectl's commands over a simulated cluster.

        Usage:
          dsctl shell [--preset NAME] [--cluster FILE]... [--seed N]   read commands from standard input
          dsctl serve [--address A] [--port N] [--speed X] [--kubeconfig FILE] [--preset NAME|--state FILE]
                                       serve the cluster over the Kubernetes API, for the real kubectl
          dsctl tutorial check FILE.md [--preset NAME] [--seed N]
                                       run a Markdown tutorial's commands, compare their printed outputs
          dsctl tutorial run FILE.md [--write OUT.md]   run it, write it with the simulated outputs

        Commands (in the shell; a leading `kubectl ` is ignored):
          apply -f FILE|DIR|-      create -f ...     delete TYPE NAME | -f FILE | -l SELECTOR
          get TYPE [NAME...] [-o wide|json|yaml|name] [-l SELECTOR] [--show-labels] [-n NS] [-A]
          label node NAME K=V... K-... [--overwrite]
          taint node NAME K[=V]:EFFECT... K[:EFFECT]-...
          sim advance D | sim settle [--max D] | sim now | sim log | sim preset NAME
          sim nodes add NAME... [--label K=V]... [--taint K[=V]:EFFECT]... [--role ROLE]
          sim nodes generate COUNT [--prefix P] [--zones Z]

        Presets: docker-desktop, kind, kubeadm, gke.
        """;
  }
}
