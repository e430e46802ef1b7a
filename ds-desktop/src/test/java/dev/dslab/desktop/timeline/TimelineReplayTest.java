package dev.dslab.desktop.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dslab.desktop.app.MainViewModel;
import dev.dslab.desktop.choices.ViewChoices;
import dev.dslab.desktop.manifests.StartingCluster;
import dev.dslab.desktop.palette.ChipPayload;
import dev.dslab.desktop.time.Speed;
import dev.dslab.engine.Cluster;
import dev.dslab.engine.api.Kind;
import dev.dslab.model.apps.DaemonSet;
import dev.dslab.model.meta.KubeObject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Going back in time: the demo from its seed, the recorded actions replayed, the same store. */
class TimelineReplayTest {
  private static final String WORKER = "kind-multinodes-worker";
  private static final String WORKER2 = "kind-multinodes-worker2";

  private final MainViewModel live =
      MainViewModel.open(
          StartingCluster.start(StartingCluster.DEMO, 3).orElseThrow(), ViewChoices.inMemory());

  private static Map<Kind, List<KubeObject>> contents(Cluster cluster) {
    Map<Kind, List<KubeObject>> all = new java.util.LinkedHashMap<>();
    for (Kind kind : Kind.values()) {
      all.put(kind, cluster.store().list(kind, null));
    }
    return all;
  }

  /** Plays at 100x for this many 60 Hz frames, as the window's frame loop does. */
  private static void play(MainViewModel vm, int frames) {
    vm.clock().setSpeed(Speed.X100);
    vm.setPlaying(true);
    for (int i = 0; i < frames; i++) {
      vm.frame(16_666_667L);
    }
    vm.clock().pause();
    // A frame's budget may have cut an instant: paused frames finish it, as the window's do.
    while (vm.cluster().midInstant()) {
      vm.frame(16_666_667L);
    }
  }

  @Test
  void goingBackReplaysTheActionsUpToThenAndGivesTheSameStore() {
    play(live, 7);
    assertThat(live.drop(new ChipPayload.LabelChip("logging", "enabled"), WORKER)).isTrue();
    play(live, 20);
    Instant middle = live.cluster().now();
    Map<Kind, List<KubeObject>> atMiddle = contents(live.cluster());
    live.step(); // "at T" includes the actions done at T: this one comes a second later
    assertThat(live.setCordoned(WORKER2, true)).isTrue();
    live.step();
    assertThat(live.addNode()).isTrue();
    assertThat(live.undo()).isTrue();
    assertThat(live.setKubeletRunning(WORKER2, false)).isTrue();
    play(live, 40);
    Instant end = live.cluster().now();
    Map<Kind, List<KubeObject>> atEnd = contents(live.cluster());
    assertThat(live.timeline().actions())
        .extracting(Timeline.Action::label)
        .containsExactly("drop logging=enabled", "cordon", "add node", "undo", "kubelet");

    MainViewModel back = live.rewoundTo(middle);
    assertThat(back.cluster().now()).isEqualTo(middle);
    Map<Kind, List<KubeObject>> backThen = contents(back.cluster());
    assertThat(backThen).isEqualTo(atMiddle);
    assertThat(back.clusterState().tile(WORKER).state().labels())
        .containsEntry("logging", "enabled");
    assertThat(back.timeline().horizon()).isEqualTo(end);

    MainViewModel forward = back.rewoundTo(end);
    assertThat(contents(forward.cluster())).isEqualTo(atEnd);

    MainViewModel start = forward.rewoundTo(forward.timeline().start());
    assertThat(contents(start.cluster())).isEqualTo(contents(StartingCluster.demo(3)));
  }

  /** The user's answers to "drop the later actions?", and what each question listed. */
  private static final class Answers implements MainViewModel.DiscardQuestion {
    final java.util.ArrayDeque<Boolean> answers = new java.util.ArrayDeque<>();
    final List<List<String>> asked = new java.util.ArrayList<>();

    Answers(Boolean... answers) {
      this.answers.addAll(List.of(answers));
    }

    @Override
    public boolean discard(Instant from, List<String> laterActions) {
      asked.add(laterActions);
      return answers.removeFirst();
    }
  }

  @Test
  void anActionAfterGoingBackAsksAndKeepsWhatCameLaterUnlessTheUserDropsIt() {
    play(live, 5);
    live.setCordoned(WORKER, true);
    Instant cordoned = live.cluster().now();
    play(live, 5);
    live.setCordoned(WORKER2, true);
    play(live, 5);
    Instant end = live.cluster().now();
    MainViewModel back = live.rewoundTo(cordoned);
    Map<Kind, List<KubeObject>> before = contents(back.cluster());
    Answers answers = new Answers(false, true);
    back.setDiscardQuestion(answers);

    assertThat(back.addNode()).as("kept: nothing done").isFalse();
    assertThat(answers.asked).containsExactly(List.of("cordon"));
    assertThat(contents(back.cluster())).isEqualTo(before);
    assertThat(back.timeline().actions())
        .extracting(Timeline.Action::label)
        .containsExactly("cordon", "cordon");
    assertThat(back.timeline().horizon()).isEqualTo(end);
    assertThat(back.notifications().shown()).isEmpty();

    assertThat(back.addNode()).as("dropped on the user's word").isTrue();
    assertThat(back.timeline().actions())
        .extracting(Timeline.Action::label)
        .containsExactly("cordon", "add node");
    assertThat(back.timeline().horizon()).isEqualTo(cordoned);
  }

  @Test
  void playingOrSteppingOnFromThePastAsksToo() {
    play(live, 5);
    live.setCordoned(WORKER, true);
    play(live, 5);
    MainViewModel back = live.rewoundTo(live.timeline().start());
    Answers answers = new Answers(false, false, true);
    back.setDiscardQuestion(answers);
    assertThat(back.setPlaying(true)).isFalse();
    assertThat(back.clock().playingProperty().get()).isFalse();
    back.step();
    assertThat(back.cluster().now()).isEqualTo(back.timeline().start());
    assertThat(back.timeline().actions()).hasSize(1);
    play(back, 1);
    assertThat(answers.asked).hasSize(3);
    assertThat(back.timeline().actions()).isEmpty();
    assertThat(back.timeline().horizon()).isEqualTo(back.cluster().now());
  }

  @Test
  void undoSurvivesGoingBackAndForth() {
    play(live, 5);
    assertThat(live.drop(new ChipPayload.LabelChip("logging", "enabled"), WORKER)).isTrue();
    play(live, 5);
    Instant labelled = live.cluster().now();
    live.step();
    assertThat(live.setCordoned(WORKER2, true)).isTrue();
    play(live, 5);
    MainViewModel back = live.rewoundTo(labelled);
    assertThat(back.history().entries()).containsExactly("label logging=enabled on " + WORKER);
    MainViewModel forward = back.rewoundTo(back.timeline().horizon());
    assertThat(forward.history().entries())
        .containsExactly("cordon " + WORKER2, "label logging=enabled on " + WORKER);
    assertThat(forward.undo()).isTrue();
    assertThat(forward.clusterState().tile(WORKER2).state().cordoned()).isFalse();
  }

  @Test
  void goingBackReplaysTheManifestsAsTheyWereReadNotAsTheFilesAreNow(@TempDir Path dir)
      throws IOException {
    Path file = dir.resolve("agent.yaml");
    Files.writeString(file, DAEMON_SET.formatted("agent:1"));
    play(live, 3);
    assertThat(live.openManifests(List.of(file)).hasProblems()).isFalse();
    play(live, 30);
    Files.writeString(file, DAEMON_SET.formatted("agent:2"));
    MainViewModel back = live.rewoundTo(live.cluster().now());
    Files.delete(file);
    MainViewModel again = back.rewoundTo(back.cluster().now());
    for (MainViewModel vm : List.of(back, again)) {
      DaemonSet ds =
          vm.cluster().store().<DaemonSet>get(Kind.DAEMON_SET, "default", "agent").orElseThrow();
      assertThat(ds.spec().template().spec().containers().get(0).image()).isEqualTo("agent:1");
      assertThat(vm.notifications().shown()).isEmpty();
    }
    assertThat(contents(again.cluster())).isEqualTo(contents(live.cluster()));
  }

  private static final String DAEMON_SET =
      """
      apiVersion: apps/v1
      kind: DaemonSet
      metadata:
        name: agent
      spec:
        selector:
          matchLabels: {app: agent}
        template:
          metadata:
            labels: {app: agent}
          spec:
            containers:
            - name: agent
              image: %s
      """;
}
