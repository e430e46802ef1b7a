package dev.dslab.bench.desktop;

import dev.dslab.bench.BenchCluster;
import dev.dslab.desktop.app.MainViewModel;
import dev.dslab.desktop.daemonsets.DaemonSetEdit;
import dev.dslab.desktop.daemonsets.DaemonSetRow;
import dev.dslab.desktop.palette.ChipPayload;
import dev.dslab.engine.Cluster;
import dev.dslab.engine.api.Kind;
import dev.dslab.model.core.Node;
import dev.dslab.model.core.Taint;
import dev.dslab.model.core.TaintEffect;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * The soak: a long session through the desktop's view model (and so the engine) at 5,000 nodes:
 * hours of virtual time and thousands of random user actions (labels, taints, cordons, drains,
 * kubelets down and up, nodes added and deleted, new images, undo and redo), with the heap measured
 * after a full GC every virtual hour, and what the store and the clock hold. A command, not a test
 * (SoakTest runs a small one and checks that the store and the clock stay bounded); the figures go
 * to the README.
 *
 * <p>Run: {@code java -Xmx3g -cp 'ds-bench/target/ds-bench.jar:ds-bench/target/lib/*'
 * dev.dslab.bench.desktop.Soak [NODES] [DAEMONSETS] [HOURS] [ACTIONS_PER_HOUR] [SEED]}
 */
public final class Soak {
  private Soak() {}

  /** One checkpoint: virtual hours reached, heap after GC, and what the cluster holds. */
  public record Checkpoint(
      int hour, long heapBytes, int pods, int events, int revisions, int timers, int actions) {
    @Override
    public String toString() {
      return String.format(
          Locale.ROOT,
          "hour %d: heap after GC %.0f MiB; %d pods, %d events, %d revisions, %d timers; "
              + "%d actions done",
          hour,
          heapBytes / 1048576.0,
          pods,
          events,
          revisions,
          timers,
          actions);
    }
  }

  public static void main(String[] args) {
    int nodes = args.length > 0 ? Integer.parseInt(args[0]) : 5000;
    int daemonSets = args.length > 1 ? Integer.parseInt(args[1]) : 10;
    int hours = args.length > 2 ? Integer.parseInt(args[2]) : 6;
    int perHour = args.length > 3 ? Integer.parseInt(args[3]) : 500;
    long seed = args.length > 4 ? Long.parseLong(args[4]) : 1;
    long start = System.nanoTime();
    List<Checkpoint> checkpoints =
        run(nodes, daemonSets, hours, perHour, seed, c -> System.out.println(c));
    Checkpoint first = checkpoints.get(1);
    Checkpoint last = checkpoints.get(checkpoints.size() - 1);
    System.out.printf(
        Locale.ROOT,
        "heap after GC from hour 1 to hour %d: %+.1f MiB (%+.1f%%); %.0f s wall%n",
        last.hour(),
        (last.heapBytes() - first.heapBytes()) / 1048576.0,
        100.0 * (last.heapBytes() - first.heapBytes()) / first.heapBytes(),
        (System.nanoTime() - start) / 1e9);
  }

  public static List<Checkpoint> run(
      int nodes,
      int daemonSets,
      int hours,
      int perHour,
      long seed,
      java.util.function.Consumer<Checkpoint> progress) {
    Cluster cluster = BenchCluster.create(seed, nodes, daemonSets);
    cluster.settle(Duration.ofMinutes(30));
    MainViewModel vm = new MainViewModel(cluster);
    Random random = new Random(seed);
    List<Checkpoint> checkpoints = new ArrayList<>();
    int actions = 0;
    checkpoints.add(checkpoint(0, vm, actions));
    progress.accept(checkpoints.get(0));
    Duration between = Duration.ofSeconds(3600 / perHour);
    for (int hour = 1; hour <= hours; hour++) {
      for (int i = 0; i < perHour; i++) {
        act(vm, random, daemonSets);
        actions++;
        cluster.advance(between);
        vm.refresh();
      }
      Checkpoint c = checkpoint(hour, vm, actions);
      checkpoints.add(c);
      progress.accept(c);
    }
    return checkpoints;
  }

  private static final List<ChipPayload> CHIPS =
      List.of(
          new ChipPayload.LabelChip("disk", "ssd"),
          new ChipPayload.LabelChip("logging", "enabled"),
          new ChipPayload.TaintChip("dedicated", "db", TaintEffect.NoSchedule),
          new ChipPayload.TaintChip("maintenance", "", TaintEffect.NoExecute));

  /** One random user action, as the window's controls send it. */
  private static void act(MainViewModel vm, Random random, int daemonSets) {
    List<Node> nodes = vm.cluster().store().list(Kind.NODE, null);
    String node = nodes.get(random.nextInt(nodes.size())).metadata().name();
    switch (random.nextInt(12)) {
      case 0, 1, 2 -> vm.drop(CHIPS.get(random.nextInt(CHIPS.size())), node);
      case 3 -> vm.removeLabel(node, random.nextBoolean() ? "disk" : "logging");
      case 4 -> vm.removeTaint(node, Taint.of("maintenance", "", TaintEffect.NoExecute));
      case 5 -> vm.setCordoned(node, random.nextBoolean());
      case 6 -> vm.drain(node);
      case 7 -> vm.setKubeletRunning(node, random.nextInt(3) != 0);
      case 8 -> {
        if (random.nextBoolean()) {
          vm.addNode();
        } else if (nodes.size() > 10) {
          vm.deleteNode(node);
        }
      }
      case 9 -> {
        DaemonSetRow.DaemonSetKey key =
            new DaemonSetRow.DaemonSetKey(
                BenchCluster.NAMESPACE, BenchCluster.daemonSetName(random.nextInt(daemonSets)));
        vm.daemonSetEdit(key)
            .ifPresent(
                edit ->
                    vm.editDaemonSet(
                        key,
                        new DaemonSetEdit(
                            List.of(
                                new DaemonSetEdit.ContainerImage(
                                    edit.images().get(0).container(),
                                    "agent:" + (2 + random.nextInt(5)))),
                            edit.strategy(),
                            edit.maxUnavailable(),
                            edit.maxSurge())));
      }
      case 10 -> vm.undo();
      default -> vm.redo();
    }
    // notifications are dismissed as a user would: they are not what is measured
    List.copyOf(vm.notifications().shown()).forEach(vm.notifications()::dismiss);
  }

  private static Checkpoint checkpoint(int hour, MainViewModel vm, int actions) {
    for (int i = 0; i < 3; i++) {
      System.gc();
    }
    long heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    Cluster c = vm.cluster();
    return new Checkpoint(
        hour,
        heap,
        c.store().count(Kind.POD),
        c.store().count(Kind.EVENT),
        c.store().count(Kind.CONTROLLER_REVISION),
        c.clock().pending(),
        actions);
  }
}
