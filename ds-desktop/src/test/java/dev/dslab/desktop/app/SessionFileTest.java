package dev.dslab.desktop.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dslab.desktop.choices.ViewChoices;
import dev.dslab.desktop.daemonsets.DaemonSetEdit;
import dev.dslab.desktop.daemonsets.DaemonSetRow;
import dev.dslab.desktop.manifests.StartingCluster;
import dev.dslab.desktop.notify.Notification;
import dev.dslab.desktop.palette.ChipPayload;
import dev.dslab.desktop.time.Speed;
import dev.dslab.engine.Cluster;
import dev.dslab.engine.api.Kind;
import dev.dslab.model.core.TaintEffect;
import dev.dslab.model.meta.KubeObject;
import dev.dslab.session.Replay;
import dev.dslab.session.SavedState;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * File > Save session writes dsctl's state file: dsctl and the app replay it to the same cluster.
 */
class SessionFileTest {
  private static final String WORKER = "kind-multinodes-worker";
  private final MainViewModel vm =
      MainViewModel.open(
          StartingCluster.start(StartingCluster.DEMO, 5).orElseThrow(), ViewChoices.inMemory());

  private static List<KubeObject> everything(Cluster cluster) {
    List<KubeObject> all = new ArrayList<>();
    for (Kind kind : Kind.values()) {
      all.addAll(cluster.store().list(kind, null));
    }
    return all;
  }

  /**
   * Plays at 100x for this many 60 Hz frames, as the window does (the frame budget may cut
   * instants).
   */
  private void play(int frames) {
    vm.clock().setSpeed(Speed.X100);
    vm.clock().play();
    for (int i = 0; i < frames; i++) {
      vm.frame(16_666_667L);
    }
    vm.clock().pause();
  }

  @Test
  void aSavedSessionReplaysInDsctlAndInTheAppToTheSameCluster(@TempDir Path dir) throws Exception {
    play(5);
    assertThat(vm.drop(new ChipPayload.LabelChip("logging", "enabled"), WORKER)).isTrue();
    play(20);
    assertThat(
            vm.drop(
                new ChipPayload.TaintChip("dedicated", "db", TaintEffect.NoExecute),
                "kind-multinodes-worker2"))
        .isTrue();
    play(20);
    assertThat(vm.setCordoned("kind-multinodes-worker3", true)).isTrue();
    assertThat(vm.drain("kind-multinodes-worker3")).isTrue();
    assertThat(vm.undo()).isTrue();
    DaemonSetRow.DaemonSetKey exporter =
        new DaemonSetRow.DaemonSetKey("monitoring", "node-exporter");
    DaemonSetEdit edit = vm.daemonSetEdit(exporter).orElseThrow();
    assertThat(
            vm.editDaemonSet(
                exporter,
                new DaemonSetEdit(
                    List.of(
                        new DaemonSetEdit.ContainerImage(
                            edit.images().get(0).container(), "prom/node-exporter:v1.9.0")),
                    "RollingUpdate",
                    "1",
                    "0")))
        .isTrue();
    play(30);
    Path manifest = dir.resolve("edge.yaml");
    Files.writeString(
        manifest,
        """
        apiVersion: v1
        kind: Node
        metadata:
          name: edge-1
          labels:
            logging: enabled
        """);
    assertThat(vm.openManifests(List.of(manifest)).hasProblems()).isFalse();
    Files.delete(manifest); // the session keeps what was read
    assertThat(vm.setKubeletRunning("kind-multinodes-worker4", false)).isTrue();
    play(40);
    assertThat(vm.addNode()).isTrue();
    assertThat(vm.deleteNode(WORKER)).isTrue();
    assertThat(vm.undo()).isTrue();
    assertThat(vm.redo()).isTrue();
    play(10);

    Path file = dir.resolve("session.yaml");
    assertThat(vm.saveSession(file)).isTrue();
    Cluster replayed = Replay.cluster(SavedState.load(file));
    assertThat(replayed.now()).isEqualTo(vm.cluster().now());
    assertThat(everything(replayed)).isEqualTo(everything(vm.cluster()));

    // dsctl goes on from the file as from one of its own: ds-cli's StateFileFromRequestsTest
    MainViewModel opened = vm.openSession(file).orElseThrow();
    assertThat(everything(opened.cluster())).isEqualTo(everything(vm.cluster()));
  }

  @Test
  void aFileThatIsNotASessionIsRefusedByNameAndChangesNothing(@TempDir Path dir)
      throws IOException {
    Path file = dir.resolve("notes.yaml");
    Files.writeString(file, "hello: world\n");
    List<KubeObject> before = everything(vm.cluster());
    assertThat(vm.openSession(file)).isEmpty();
    assertThat(vm.notifications().shown())
        .singleElement()
        .satisfies(
            n -> {
              assertThat(n.level()).isEqualTo(Notification.Level.ERROR);
              assertThat(n.text()).contains(file.toString()).contains("not a dsctl state file");
            });
    Files.write(file, new byte[] {(byte) 0xff, 0, 1, 2, (byte) 0xfe});
    assertThat(vm.openSession(file)).isEmpty();
    assertThat(everything(vm.cluster())).isEqualTo(before);
  }

  @Test
  void aSaveThatCannotBeWrittenSaysWhyAndLeavesTheSessionAsItWas(@TempDir Path dir) {
    assertThat(vm.saveSession(dir.resolve("missing/dir/session.yaml"))).isFalse();
    assertThat(vm.notifications().shown())
        .singleElement()
        .satisfies(n -> assertThat(n.text()).contains("cannot write the state file"));
    assertThat(vm.setCordoned(WORKER, true)).isTrue();
  }
}
