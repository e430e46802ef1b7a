package dev.dslab.desktop.headless;

import dev.dslab.desktop.app.MainViewModel;
import dev.dslab.desktop.app.MainWindow;
import dev.dslab.desktop.time.Speed;
import dev.dslab.engine.Cluster;
import dev.dslab.engine.api.ApiException;
import dev.dslab.engine.presets.NodeRegistration;
import dev.dslab.engine.presets.NodeSpecs;
import dev.dslab.engine.rollout.RolloutException;
import dev.dslab.engine.rollout.Rollouts;
import dev.dslab.model.apps.DaemonSet;
import dev.dslab.model.apps.DaemonSetSpec;
import dev.dslab.model.apps.DaemonSetUpdateStrategy;
import dev.dslab.model.apps.RollingUpdateDaemonSet;
import dev.dslab.model.core.Container;
import dev.dslab.model.core.PodSpec;
import dev.dslab.model.core.PodTemplateSpec;
import dev.dslab.model.meta.IntOrString;
import dev.dslab.model.meta.LabelSelector;
import dev.dslab.model.meta.ObjectMeta;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import javafx.application.Platform;
import javafx.stage.Stage;

/**
 * {@code --bench [SECONDS]}: a frame-time probe. Opens the window on 5,000 nodes and 10 DaemonSets,
 * plays at 100x while a new image rolls out every few seconds, and prints the time to the first
 * frame and the median and worst frame. Wall-clock numbers: for comparing builds on one machine.
 */
public final class FrameBench {
  static final int NODES = 5_000;
  static final int DAEMON_SETS = 10;
  /** A rollout of the next DaemonSet starts every this many frames. */
  static final int FRAMES_PER_ROLLOUT = 120;

  private FrameBench() {}

  public static void run(Stage stage, int seconds, long seed) {
    long start = System.nanoTime();
    Cluster cluster = cluster(seed);
    long built = System.nanoTime();
    MainViewModel vm = new MainViewModel(cluster);
    List<Long> frames = new ArrayList<>();
    long[] firstFrameAt = {0};
    MainWindow.show(stage, vm, nanos -> {
      if (firstFrameAt[0] == 0) {
        firstFrameAt[0] = System.nanoTime();
      }
      frames.add(nanos);
      if (frames.size() % FRAMES_PER_ROLLOUT == 0) {
        int n = frames.size() / FRAMES_PER_ROLLOUT;
        setImage(cluster, "agent-" + n % DAEMON_SETS, "agent:" + (n + 1));
      }
    });
    vm.clock().setSpeed(Speed.X100);
    vm.clock().play();
    javafx.animation.PauseTransition end = new javafx.animation.PauseTransition(javafx.util.Duration.seconds(seconds));
    end.setOnFinished(e -> {
      List<Long> sorted = new ArrayList<>(frames);
      Collections.sort(sorted);
      System.out.printf("nodes %d, daemonsets %d, cluster built in %d ms%n", NODES, DAEMON_SETS,
          (built - start) / 1_000_000);
      System.out.printf("time to first frame: %d ms (after the cluster was built)%n",
          (firstFrameAt[0] - built) / 1_000_000);
      if (!sorted.isEmpty()) {
        System.out.printf("frames: %d, median %.1f ms, p99 %.1f ms, worst %.1f ms%n", sorted.size(),
            sorted.get(sorted.size() / 2) / 1e6, sorted.get((int) (sorted.size() * 0.99)) / 1e6,
            sorted.get(sorted.size() - 1) / 1e6);
      }
      System.out.println("virtual time reached: " + vm.clock().timeTextProperty().get());
      Platform.exit();
    });
    end.play();
  }

  static Cluster cluster(long seed) {
    Cluster cluster = new Cluster(seed);
    List<String> names = IntStream.range(0, NODES).mapToObj(i -> String.format("node-%04d", i)).toList();
    List<NodeSpecs> specs = NodeRegistration.nextWorkers(cluster, names);
    try {
      for (int i = 0; i < specs.size(); i++) {
        cluster.api().create(specs.get(i).withLabel("topology.kubernetes.io/zone", "zone-" + i % 3)
            .build(cluster.now()));
      }
      for (int i = 0; i < DAEMON_SETS; i++) {
        cluster.api().create(daemonSet("agent-" + i));
      }
    } catch (ApiException e) {
      throw new IllegalStateException("the bench cluster is valid by construction", e);
    }
    cluster.settle(Duration.ofMinutes(10));
    return cluster;
  }

  private static DaemonSet daemonSet(String name) {
    Map<String, String> labels = Map.of("app", name);
    DaemonSetUpdateStrategy rolling = new DaemonSetUpdateStrategy(DaemonSetUpdateStrategy.ROLLING_UPDATE,
        new RollingUpdateDaemonSet(IntOrString.of("10%"), IntOrString.of(0)));
    return new DaemonSet(ObjectMeta.named("default", name), new DaemonSetSpec(LabelSelector.ofLabels(labels),
        new PodTemplateSpec(ObjectMeta.named(null).withLabels(labels), PodSpec.of(Container.of(name, name + ":1"))),
        rolling, 0, null), null);
  }

  private static void setImage(Cluster cluster, String ds, String image) {
    try {
      Rollouts.setImage(cluster, "default", ds, ds, image);
      cluster.reconcile();
    } catch (ApiException | RolloutException e) {
      throw new IllegalStateException("the bench's rollout is valid by construction", e);
    }
  }
}
