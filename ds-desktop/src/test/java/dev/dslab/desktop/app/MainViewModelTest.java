package dev.dslab.desktop.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dslab.desktop.choices.ViewChoices;
import dev.dslab.desktop.cluster.ClusterChanges;
import dev.dslab.desktop.cluster.DaemonSetOverlay;
import dev.dslab.desktop.cluster.NodeTileViewModel;
import dev.dslab.desktop.cluster.PodChipState;
import dev.dslab.desktop.daemonsets.DaemonSetEdit;
import dev.dslab.desktop.daemonsets.DaemonSetRow;
import dev.dslab.desktop.manifests.ApplyReport;
import dev.dslab.desktop.manifests.StartingCluster;
import dev.dslab.desktop.notify.Notification;
import dev.dslab.desktop.palette.ChipPayload;
import dev.dslab.model.core.TaintEffect;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Tier (a): the whole view-model layer on the demo cluster, without the toolkit. */
class MainViewModelTest {
  private static final String WORKER = "kind-multinodes-worker";
  private final MainViewModel vm =
      MainViewModel.open(
          StartingCluster.start(StartingCluster.DEMO, 1).orElseThrow(), ViewChoices.inMemory());

  private NodeTileViewModel tile(String name) {
    return vm.clusterState().tile(name);
  }

  /** The pods of a tile but the kind preset's own in kube-system: what the demo put there. */
  private static java.util.List<dev.dslab.desktop.cluster.PodChip> demoPods(NodeTileViewModel t) {
    return t.state().pods().stream().filter(p -> !p.namespace().equals("kube-system")).toList();
  }

  private DaemonSetRow row(String name) {
    return vm.daemonSets().rows().stream()
        .filter(r -> r.name().equals(name))
        .findFirst()
        .orElseThrow();
  }

  @Test
  void showsEveryNodeAndTheDaemonSetCounters() {
    assertThat(vm.clusterState().tiles())
        .extracting(NodeTileViewModel::name)
        .containsExactly(
            "kind-multinodes-control-plane",
            WORKER,
            "kind-multinodes-worker2",
            "kind-multinodes-worker3",
            "kind-multinodes-worker4");
    assertThat(vm.daemonSets().rows())
        .containsExactly(
            // the kind preset's own: kindnet and kube-proxy run on every node
            new DaemonSetRow("kube-system", "kindnet", 5, 5, 5, 5, 5),
            new DaemonSetRow("kube-system", "kube-proxy", 5, 5, 5, 5, 5),
            new DaemonSetRow("monitoring", "log-shipper", 0, 0, 0, 0, 0),
            new DaemonSetRow("monitoring", "node-exporter", 3, 3, 3, 3, 3));
    assertThat(demoPods(tile(WORKER)))
        .singleElement()
        .satisfies(p -> assertThat(p.state()).isEqualTo(PodChipState.RUNNING));
    assertThat(tile("kind-multinodes-control-plane").state().role()).isEqualTo("control-plane");
  }

  @Test
  void selectingADaemonSetHighlightsWhereItRunsAndSaysWhyNotElsewhere() {
    vm.daemonSets().select(new DaemonSetRow.DaemonSetKey("monitoring", "node-exporter"));
    assertThat(tile(WORKER).overlay().runsHere()).isTrue();
    DaemonSetOverlay tainted = tile("kind-multinodes-worker4").overlay();
    assertThat(tainted.runsHere()).isFalse();
    assertThat(tainted.headline()).contains("dedicated=db:NoSchedule").contains("not tolerated");
    vm.daemonSets().select(null);
    assertThat(tile("kind-multinodes-worker4").overlay()).isEqualTo(DaemonSetOverlay.NONE);
  }

  @Test
  void droppingATaintChipIsAnUndoableCommandAndTheTileFollows() {
    vm.daemonSets().select(new DaemonSetRow.DaemonSetKey("monitoring", "node-exporter"));
    ChipPayload evict = new ChipPayload.TaintChip("dedicated", "db", TaintEffect.NoExecute);
    assertThat(vm.canDrop(evict, WORKER)).isTrue();
    assertThat(vm.drop(evict, WORKER)).isTrue();
    assertThat(vm.canDrop(evict, WORKER)).isFalse();
    assertThat(vm.history().entries()).containsExactly("taint dedicated=db:NoExecute on " + WORKER);
    assertThat(tile(WORKER).state().taints()).hasSize(1);
    // the NoExecute taint sends the pod into Terminating at once
    assertThat(demoPods(tile(WORKER))).allMatch(p -> p.state() == PodChipState.TERMINATING);
    assertThat(tile(WORKER).overlay().reasons()).anyMatch(r -> r.contains("not tolerated"));

    assertThat(vm.undo()).isTrue();
    assertThat(tile(WORKER).state().taints()).isEmpty();
    assertThat(vm.redo()).isTrue();
    assertThat(tile(WORKER).state().taints()).hasSize(1);
  }

  @Test
  void playingAdvancesByWallTimeTimesSpeedAndPodsComeUp() {
    assertThat(vm.addNode()).isTrue();
    NodeTileViewModel added = tile("worker-1");
    assertThat(added).isNotNull();
    assertThat(demoPods(added))
        .singleElement()
        .satisfies(p -> assertThat(p.state()).isNotEqualTo(PodChipState.RUNNING));
    vm.clock().setSpeed(dev.dslab.desktop.time.Speed.X100);
    vm.clock().play();
    for (int i = 0; i < 10; i++) {
      vm.frame(50_000_000L); // 10 frames of 50 ms at 100x: 50 virtual seconds
    }
    assertThat(vm.clock().timeTextProperty().get()).startsWith("T+00:00:50");
    assertThat(demoPods(added))
        .singleElement()
        .satisfies(p -> assertThat(p.state()).isEqualTo(PodChipState.RUNNING));
    assertThat(row("node-exporter").ready()).isEqualTo(4);
  }

  @Test
  void aDroppedLabelBringsTheDaemonSetThatSelectsIt() {
    vm.daemonSets().select(new DaemonSetRow.DaemonSetKey("monitoring", "log-shipper"));
    assertThat(tile(WORKER).overlay().headline()).contains("nodeSelector logging=enabled");
    assertThat(vm.drop(new ChipPayload.LabelChip("logging", "enabled"), WORKER)).isTrue();
    assertThat(demoPods(tile(WORKER))).extracting(p -> p.owner()).contains("log-shipper");
    assertThat(tile(WORKER).overlay().runsHere()).isTrue();
    assertThat(row("log-shipper").desired()).isEqualTo(1);
    vm.undo();
    assertThat(tile(WORKER).state().labels()).doesNotContainKey("logging");
    assertThat(row("log-shipper").desired()).isZero();
  }

  @Test
  void anUnchangedClusterCostsNothingPerFrame() {
    vm.refresh();
    assertThat(vm.frame(16_000_000L)).isEqualTo(ClusterChanges.NONE);
  }

  @Test
  void refusedRequestBecomesANotificationWithKubectlsMessage() {
    assertThat(vm.drop(new ChipPayload.LabelChip("bad key!", "x"), WORKER)).isFalse();
    assertThat(vm.notifications().shown())
        .singleElement()
        .satisfies(
            n -> {
              assertThat(n.level()).isEqualTo(Notification.Level.ERROR);
              assertThat(n.text()).contains("bad key!");
            });
    assertThat(vm.history().entries()).isEmpty();
  }

  @Test
  void openingAManifestAppliesGoodDocumentsAndNamesTheBadOnes(@TempDir Path dir)
      throws IOException {
    Path file = dir.resolve("mixed.yaml");
    Files.writeString(
        file,
        """
        apiVersion: v1
        kind: Node
        metadata:
          name: edge-1
          labels:
            disk: ssd
        ---
        apiVersion: apps/v1
        kind: DaemonSet
        metadata:
          name: broken
        spec:
          selector: [
        """);
    ApplyReport report = vm.openManifests(List.of(file));
    assertThat(report.applied()).containsExactly("node/edge-1 created");
    assertThat(report.problems())
        .singleElement()
        .satisfies(
            p -> assertThat(p).contains("mixed.yaml").contains("document 2").contains("line"));
    assertThat(tile("edge-1")).isNotNull();
    assertThat(vm.notifications().shown())
        .extracting(Notification::level)
        .containsExactly(Notification.Level.INFO, Notification.Level.ERROR);
  }

  @Test
  void editingTheImageRollsItOutAndUndoRollsBack() {
    DaemonSetRow.DaemonSetKey exporter =
        new DaemonSetRow.DaemonSetKey("monitoring", "node-exporter");
    DaemonSetEdit before = vm.daemonSetEdit(exporter).orElseThrow();
    DaemonSetEdit edit =
        new DaemonSetEdit(
            List.of(
                new DaemonSetEdit.ContainerImage(
                    before.images().get(0).container(), "prom/node-exporter:v1.9.0")),
            "RollingUpdate",
            "1",
            "0");
    assertThat(vm.editDaemonSet(exporter, edit)).isTrue();
    assertThat(vm.history().entries())
        .singleElement()
        .asString()
        .startsWith("edit daemonset node-exporter: image ");
    vm.cluster().settle(java.time.Duration.ofMinutes(5));
    vm.refresh();
    assertThat(vm.daemonSets().rows())
        .contains(new DaemonSetRow("monitoring", "node-exporter", 3, 3, 3, 3, 3));
    assertThat(
            vm.cluster()
                .store()
                .<dev.dslab.model.core.Pod>list(dev.dslab.engine.api.Kind.POD, "monitoring"))
        .allSatisfy(
            p ->
                assertThat(p.spec().containers().get(0).image())
                    .isEqualTo("prom/node-exporter:v1.9.0"));
    assertThat(vm.undo()).isTrue();
    assertThat(vm.daemonSetEdit(exporter)).contains(before);
  }

  @Test
  void aBudgetTheApiServerRefusesChangesNothingAndSaysWhy() {
    DaemonSetRow.DaemonSetKey exporter =
        new DaemonSetRow.DaemonSetKey("monitoring", "node-exporter");
    DaemonSetEdit before = vm.daemonSetEdit(exporter).orElseThrow();
    DaemonSetEdit bad = new DaemonSetEdit(before.images(), "RollingUpdate", "lots", "0");
    assertThat(vm.editDaemonSet(exporter, bad)).isFalse();
    assertThat(vm.notifications().shown())
        .singleElement()
        .satisfies(
            n -> assertThat(n.text()).contains("spec.updateStrategy.rollingUpdate.maxUnavailable"));
    assertThat(vm.daemonSetEdit(exporter)).contains(before);
    assertThat(vm.history().entries()).isEmpty();
  }

  @Test
  void drainEvictsWhatNoDaemonSetManagesAndUndoBringsItBack() throws Exception {
    vm.cluster()
        .api()
        .create(
            new dev.dslab.model.core.Pod(
                dev.dslab.model.meta.ObjectMeta.named("default", "web"),
                dev.dslab.model.core.PodSpec.of(dev.dslab.model.core.Container.of("web", "nginx"))
                    .withNodeName(WORKER),
                null));
    vm.cluster().settle(java.time.Duration.ofMinutes(1));
    vm.refresh();
    assertThat(demoPods(tile(WORKER))).hasSize(2);
    assertThat(vm.drain(WORKER)).isTrue();
    vm.cluster().settle(java.time.Duration.ofMinutes(1));
    vm.refresh();
    assertThat(tile(WORKER).state().cordoned()).isTrue();
    assertThat(demoPods(tile(WORKER))).extracting(p -> p.owner()).containsExactly("node-exporter");
    assertThat(vm.undo()).isTrue();
    vm.cluster().settle(java.time.Duration.ofMinutes(1));
    vm.refresh();
    assertThat(tile(WORKER).state().cordoned()).isFalse();
    assertThat(demoPods(tile(WORKER))).extracting(p -> p.name()).contains("web");
  }

  @Test
  void binaryAndHugeFilesAreNamedInANotificationAndChangeNothing(@TempDir Path dir)
      throws IOException {
    Path binary = dir.resolve("image.yaml");
    byte[] noise = new byte[4096];
    new java.util.Random(7).nextBytes(noise);
    Files.write(binary, noise);
    Path huge = dir.resolve("huge.yaml");
    try (java.io.RandomAccessFile f = new java.io.RandomAccessFile(huge.toFile(), "rw")) {
      f.setLength(100L * 1024 * 1024); // sparse: 100 MB that costs no disk
    }
    var before = vm.cluster().store().resourceVersion();
    ApplyReport report = vm.openManifests(List.of(binary, huge));
    assertThat(report.applied()).isEmpty();
    assertThat(report.problems())
        .anySatisfy(p -> assertThat(p).contains("image.yaml"))
        .anySatisfy(p -> assertThat(p).contains("huge.yaml").contains("larger than 64 MiB"));
    assertThat(vm.notifications().shown())
        .singleElement()
        .satisfies(n -> assertThat(n.level()).isEqualTo(Notification.Level.ERROR));
    assertThat(vm.cluster().store().resourceVersion()).isEqualTo(before);
  }

  @Test
  void aSyncTheApiServerRefusesShowsInTheEventLogAsTheControllerLoggedIt() throws Exception {
    dev.dslab.engine.Cluster cluster = vm.cluster();
    // the ServiceAccount admission plugin's word: a pod naming a missing account is refused
    dev.dslab.model.apps.DaemonSet exporter =
        cluster
            .store()
            .<dev.dslab.model.apps.DaemonSet>get(
                dev.dslab.engine.api.Kind.DAEMON_SET, "monitoring", "node-exporter")
            .orElseThrow();
    var template = exporter.spec().template();
    cluster
        .api()
        .update(
            exporter.withSpec(
                exporter
                    .spec()
                    .withTemplate(
                        template.withSpec(template.spec().withServiceAccountName("missing")))));
    assertThat(vm.addNode()).isTrue();
    vm.refresh();
    assertThat(vm.clusterState().eventLog())
        .anyMatch(
            l ->
                l.contains("Log")
                    && l.contains("daemonset/node-exporter")
                    && l.contains("sync failed, retry in 5ms")
                    && l.contains("error looking up service account monitoring/missing"));
  }
}
