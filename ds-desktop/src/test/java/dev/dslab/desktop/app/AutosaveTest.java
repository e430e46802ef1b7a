package dev.dslab.desktop.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dslab.desktop.choices.ViewChoices;
import dev.dslab.desktop.manifests.StartingCluster;
import dev.dslab.desktop.palette.ChipPayload;
import dev.dslab.desktop.session.Autosave;
import dev.dslab.desktop.time.Speed;
import dev.dslab.engine.Cluster;
import dev.dslab.engine.api.Kind;
import dev.dslab.model.meta.KubeObject;
import dev.dslab.session.Replay;
import dev.dslab.session.SavedState;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * No work is lost: every change is autosaved, and a crashed session is found and recovered exactly.
 */
class AutosaveTest {
  private static final String WORKER = "kind-multinodes-worker";

  private static List<KubeObject> everything(Cluster cluster) {
    List<KubeObject> all = new ArrayList<>();
    for (Kind kind : Kind.values()) {
      all.addAll(cluster.store().list(kind, null));
    }
    return all;
  }

  @Test
  void everyChangeIsAutosavedAndTheFileRecoversTheSession(@TempDir Path dir) throws Exception {
    MainViewModel vm =
        MainViewModel.open(
            StartingCluster.start(StartingCluster.DEMO, 2).orElseThrow(), ViewChoices.inMemory());
    Autosave autosave = new Autosave(dir.resolve("autosave-999999999.yaml"));
    vm.setAutosave(autosave);
    vm.clock().setSpeed(Speed.X100);
    vm.clock().play();
    for (int i = 0; i < 10; i++) {
      vm.frame(16_666_667L);
    }
    vm.clock().pause();
    assertThat(vm.drop(new ChipPayload.LabelChip("logging", "enabled"), WORKER)).isTrue();
    assertThat(vm.setCordoned("kind-multinodes-worker2", true)).isTrue();
    // the app is killed here: what the file holds is the session up to its last change
    assertThat(Files.readString(autosave.file())).contains("cordon").doesNotContain("snapshot:");
    assertThat(Autosave.leftBehind(dir)).contains(autosave.file());
    Cluster recovered = Replay.cluster(SavedState.load(autosave.file()));
    assertThat(everything(recovered)).isEqualTo(everything(vm.cluster()));
    MainViewModel reopened = vm.openSession(autosave.file()).orElseThrow();
    assertThat(reopened.clusterState().tile(WORKER).state().labels())
        .containsEntry("logging", "enabled");
  }

  @Test
  void aCleanExitLeavesNothingToRecoverAndARunningWindowsFileIsNotTaken(@TempDir Path dir) {
    Autosave mine = Autosave.forThisProcess(dir);
    MainViewModel vm =
        MainViewModel.open(
            StartingCluster.start(StartingCluster.DEMO, 2).orElseThrow(), ViewChoices.inMemory());
    vm.setAutosave(mine);
    vm.setCordoned(WORKER, true);
    assertThat(mine.file()).exists();
    assertThat(Autosave.leftBehind(dir))
        .as("this process is alive: its file is not a crash")
        .isEmpty();
    mine.discard();
    assertThat(mine.file()).doesNotExist();
  }

  @Test
  void aDirectoryThatCannotBeWrittenIsSaidOnceAndTheSessionGoesOn(@TempDir Path dir)
      throws Exception {
    Path blocker = dir.resolve("not-a-dir");
    Files.writeString(blocker, "x");
    MainViewModel vm =
        MainViewModel.open(
            StartingCluster.start(StartingCluster.DEMO, 2).orElseThrow(), ViewChoices.inMemory());
    vm.setAutosave(new Autosave(blocker.resolve("autosave-1.yaml")));
    assertThat(vm.setCordoned(WORKER, true)).isTrue();
    assertThat(vm.notifications().shown())
        .filteredOn(n -> n.title().equals("Autosave failed"))
        .hasSize(1);
  }
}
