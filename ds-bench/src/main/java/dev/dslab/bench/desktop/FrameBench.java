package dev.dslab.bench.desktop;

import dev.dslab.bench.BenchCluster;
import dev.dslab.desktop.app.MainViewModel;
import dev.dslab.desktop.app.MainWindow;
import dev.dslab.desktop.app.MainWindowController;
import dev.dslab.desktop.cluster.ClusterView;
import dev.dslab.desktop.daemonsets.DaemonSetRow;
import dev.dslab.desktop.time.Speed;
import dev.dslab.engine.Cluster;
import dev.dslab.engine.api.Kind;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.stage.Stage;

/**
 * {@code ./desktop --bench [SECONDS] [--seed N]}: a frame-time probe. Creates the bench cluster
 * (5,000 nodes and 10 DaemonSets, {@link BenchCluster}) and opens the desktop's window on it at
 * once (agent-0 selected in the panel, so every tile shows its verdict); playing at 100x, the
 * frames' engine budget creates and starts the 50,000 pods. Once every pod is Ready (and after a
 * warm-up) it measures two phases of SECONDS each: playing at 100x while new images roll out one
 * DaemonSet after another, and (paused) scrolling the node grid half a row per frame, down and up
 * again. It prints the time to the first frame and to every pod Ready, and per phase the median,
 * p99 and worst frame.
 *
 * <p>A frame's <em>work</em> is the FX thread's time from the start of the pulse's animation step
 * (clock, engine, adapter) to the end of its CSS and layout; its <em>interval</em> is the time
 * between the starts of successive frames, which includes rendering and waiting for the next pulse
 * (60 a second unless {@code -Djavafx.animation.fullspeed=true}). Wall-clock numbers: for comparing
 * builds on one machine.
 *
 * <p>Run: {@code DISPLAY=:99 ./desktop --bench 10}; the script starts this class with the desktop's
 * module path and this module's jar on the class path.
 */
public final class FrameBench {
  static final int NODES = BenchCluster.NODES;
  static final int DAEMON_SETS = BenchCluster.DAEMON_SETS;
  static final int DEFAULT_SECONDS = 20;
  static final double WARM_UP_SECONDS = 3;
  static final String USAGE = "usage: desktop --bench [SECONDS] [--seed N]";

  /** Scrolling speed: half a row of tiles per frame. */
  static final double SCROLL_PIXELS = 65;

  private enum Phase {
    WARM_UP,
    ROLLOUT,
    SCROLL,
    DONE
  }

  private FrameBench() {}

  /** What the command line asks: seconds per measured phase and the cluster's seed. */
  record Options(int seconds, long seed) {
    static Options parse(List<String> args) {
      int seconds = DEFAULT_SECONDS;
      long seed = 1;
      for (int i = 0; i < args.size(); i++) {
        String a = args.get(i);
        if (a.equals("--seed")) {
          if (i + 1 >= args.size() || !args.get(i + 1).matches("-?\\d+")) {
            throw new IllegalArgumentException("--seed needs a number");
          }
          seed = Long.parseLong(args.get(++i));
        } else if (a.matches("\\d+")) {
          seconds = Integer.parseInt(a);
        } else if (!a.equals("--bench")) {
          throw new IllegalArgumentException("unknown argument: " + a);
        }
      }
      return new Options(seconds, seed);
    }
  }

  public static void main(String[] args) {
    try {
      Options.parse(List.of(args));
    } catch (IllegalArgumentException e) {
      System.err.println("error: " + e.getMessage());
      System.err.println(USAGE);
      System.exit(2);
    }
    Application.launch(App.class, args);
  }

  /** The toolkit's application: the bench in place of the desktop's usual window. */
  public static final class App extends Application {
    @Override
    public void start(Stage stage) {
      Options options = Options.parse(getParameters().getRaw());
      run(stage, options.seconds(), options.seed());
    }
  }

  public static void run(Stage stage, int seconds, long seed) {
    long jvmStart =
        ProcessHandle.current()
            .info()
            .startInstant()
            .map(i -> System.nanoTime() - Duration.between(i, Instant.now()).toNanos())
            .orElse(System.nanoTime());
    long start = System.nanoTime();
    Cluster cluster = BenchCluster.create(seed, NODES, DAEMON_SETS);
    long built = System.nanoTime();
    MainViewModel vm = new MainViewModel(cluster);
    long viewModel = System.nanoTime();
    vm.daemonSets()
        .select(
            new DaemonSetRow.DaemonSetKey(BenchCluster.NAMESPACE, BenchCluster.daemonSetName(0)));
    Samples rollout = new Samples();
    Samples scroll = new Samples();
    long[] firstFrameAt = {0};
    long[] settledAt = {0};
    long[] frameStart = {0};
    Phase[] phase = {Phase.WARM_UP};
    long[] phaseStart = {0};
    int[] rollouts = {0};
    double[] direction = {SCROLL_PIXELS};
    MainWindowController[] controller = {null};
    controller[0] =
        MainWindow.show(
            stage,
            vm,
            now -> {
              Samples current =
                  phase[0] == Phase.ROLLOUT ? rollout : phase[0] == Phase.SCROLL ? scroll : null;
              if (current != null && frameStart[0] != 0) {
                current.interval(now - frameStart[0]);
              }
              frameStart[0] = now;
              if (phaseStart[0] == 0) {
                phaseStart[0] = now;
              }
              double inPhase = (now - phaseStart[0]) / 1e9;
              switch (phase[0]) {
                case WARM_UP -> {
                  if (settledAt[0] == 0 && BenchCluster.allRolledOut(cluster, DAEMON_SETS)) {
                    settledAt[0] = System.nanoTime();
                  }
                  if (settledAt[0] != 0 && inPhase >= WARM_UP_SECONDS) {
                    phase[0] = Phase.ROLLOUT;
                    phaseStart[0] = now;
                    setImage(cluster, BenchCluster.daemonSetName(0), "agent:2");
                  }
                }
                case ROLLOUT -> {
                  if (inPhase >= seconds) {
                    phase[0] = Phase.SCROLL;
                    phaseStart[0] = now;
                    vm.clock().pause();
                  }
                  if (phase[0] == Phase.ROLLOUT
                      && BenchCluster.rolledOut(
                          cluster, BenchCluster.daemonSetName(rollouts[0] % DAEMON_SETS))) {
                    rollouts[0]++;
                    setImage(
                        cluster,
                        BenchCluster.daemonSetName(rollouts[0] % DAEMON_SETS),
                        "agent:" + (rollouts[0] + 1));
                  }
                }
                case SCROLL -> {
                  if (inPhase >= seconds) {
                    phase[0] = Phase.DONE;
                    report(
                        jvmStart,
                        start,
                        built,
                        firstFrameAt[0],
                        settledAt[0],
                        rollout,
                        scroll,
                        rollouts[0],
                        vm);
                    Platform.exit();
                    return;
                  }
                  ClusterView grid = controller[0].clusterView();
                  double before = grid.scrollPosition();
                  grid.scrollBy(direction[0]);
                  if (grid.scrollPosition() == before) {
                    direction[0] = -direction[0];
                  }
                }
                case DONE -> {}
              }
            });
    long shown = System.nanoTime();
    System.out.printf(
        "view model %d ms, window shown %d ms after the cluster was ready%n",
        (viewModel - built) / 1_000_000, (shown - built) / 1_000_000);
    stage
        .getScene()
        .addPostLayoutPulseListener(
            () -> {
              long end = System.nanoTime();
              if (firstFrameAt[0] == 0) {
                firstFrameAt[0] = end;
              }
              if (frameStart[0] != 0) {
                if (phase[0] == Phase.ROLLOUT) {
                  rollout.work(end - frameStart[0]);
                } else if (phase[0] == Phase.SCROLL) {
                  scroll.work(end - frameStart[0]);
                }
              }
            });
    vm.clock().setSpeed(Speed.X100);
    vm.clock().play();
  }

  private static void report(
      long jvmStart,
      long start,
      long built,
      long firstFrame,
      long settled,
      Samples rollout,
      Samples scroll,
      int rollouts,
      MainViewModel vm) {
    System.out.printf(
        "nodes %d, daemonsets %d: nodes and DaemonSets created in %d ms; %d pods%n",
        NODES, DAEMON_SETS, (built - start) / 1_000_000, vm.cluster().store().count(Kind.POD));
    System.out.printf(
        "time to first frame: %d ms after JVM start (%d ms after the objects were created)%n",
        (firstFrame - jvmStart) / 1_000_000, (firstFrame - built) / 1_000_000);
    System.out.printf(
        "every pod Ready (playing at 100x, the engine within its frame budget): %d ms after JVM start%n",
        (settled - jvmStart) / 1_000_000);
    System.out.println("rollout at 100x: " + rollout + " (" + rollouts + " rollouts completed)");
    System.out.println("scrolling:       " + scroll);
    System.out.println("virtual time reached: " + vm.clock().timeTextProperty().get());
  }

  /** Frame times of one phase, in nanoseconds. */
  static final class Samples {
    final List<Long> work = new ArrayList<>();
    final List<Long> intervals = new ArrayList<>();

    void work(long nanos) {
      work.add(nanos);
    }

    void interval(long nanos) {
      intervals.add(nanos);
    }

    static String summary(List<Long> values) {
      if (values.isEmpty()) {
        return "none";
      }
      List<Long> sorted = new ArrayList<>(values);
      Collections.sort(sorted);
      return String.format(
          Locale.ROOT,
          "median %.1f ms, p99 %.1f ms, worst %.1f ms",
          sorted.get(sorted.size() / 2) / 1e6,
          sorted.get(Math.min(sorted.size() - 1, (int) (sorted.size() * 0.99))) / 1e6,
          sorted.get(sorted.size() - 1) / 1e6);
    }

    @Override
    public String toString() {
      return intervals.size()
          + " frames; work "
          + summary(work)
          + "; interval "
          + summary(intervals);
    }
  }

  /** A new rollout, started at once (as a user's edit in the window reconciles). */
  private static void setImage(Cluster cluster, String daemonSet, String image) {
    BenchCluster.setImage(cluster, daemonSet, image);
    cluster.reconcile();
  }
}
