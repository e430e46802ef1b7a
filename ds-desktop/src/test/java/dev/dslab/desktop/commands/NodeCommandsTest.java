package dev.dslab.desktop.commands;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dslab.desktop.manifests.StartingCluster;
import dev.dslab.desktop.palette.ChipPayload;
import dev.dslab.engine.Cluster;
import dev.dslab.engine.api.Kind;
import dev.dslab.model.core.Node;
import dev.dslab.model.core.Pod;
import dev.dslab.model.core.Taint;
import dev.dslab.model.core.TaintEffect;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The commands against a real engine: each request, then its exact inverse. */
class NodeCommandsTest {
  private static final String WORKER = "kind-multinodes-worker";
  private final Cluster cluster = StartingCluster.demo(1);
  private final NodeCommands commands =
      new NodeCommands(
          cluster,
          new Requests(cluster, StartingCluster.start(StartingCluster.DEMO, 1).orElseThrow()));

  private Node node(String name) {
    return find(name).orElseThrow();
  }

  private java.util.Optional<Node> find(String name) {
    return cluster.store().get(Kind.NODE, null, name);
  }

  @Test
  void labelDropAndUndoRestoreThePreviousValue() throws RequestRefused {
    Command set =
        commands.drop(new ChipPayload.LabelChip("disk", "hdd"), "kind-multinodes-worker3");
    set.execute();
    assertThat(node("kind-multinodes-worker3").metadata().labels()).containsEntry("disk", "hdd");
    set.undo();
    assertThat(node("kind-multinodes-worker3").metadata().labels()).containsEntry("disk", "ssd");
    Command fresh = commands.setLabel(WORKER, "team", "a");
    fresh.execute();
    fresh.undo();
    assertThat(node(WORKER).metadata().labels()).doesNotContainKey("team");
  }

  @Test
  void noExecuteTaintEvictsTheDaemonPodAndUndoLetsItBack() throws RequestRefused {
    Command taint =
        commands.drop(new ChipPayload.TaintChip("dedicated", "db", TaintEffect.NoExecute), WORKER);
    taint.execute();
    assertThat(node(WORKER).spec().taints())
        .anyMatch(t -> t.key().equals("dedicated") && t.timeAdded() != null);
    cluster.advance(Duration.ofSeconds(40));
    assertThat(exporterOn(WORKER)).isFalse();
    taint.undo();
    assertThat(node(WORKER).spec().taints()).isEmpty();
    cluster.advance(Duration.ofSeconds(40));
    assertThat(exporterOn(WORKER)).isTrue();
  }

  @Test
  void removeTaintUndoPutsItBack() throws RequestRefused {
    Taint dedicated = node("kind-multinodes-worker4").spec().taints().get(0);
    Command remove = commands.removeTaint("kind-multinodes-worker4", dedicated);
    remove.execute();
    assertThat(node("kind-multinodes-worker4").spec().taints()).isEmpty();
    remove.undo();
    assertThat(node("kind-multinodes-worker4").spec().taints()).containsExactly(dedicated);
  }

  @Test
  void cordonKubeletAndDeleteAreUndoable() throws RequestRefused {
    Command cordon = commands.setCordoned(WORKER, true);
    cordon.execute();
    assertThat(node(WORKER).spec().unschedulable()).isTrue();
    cordon.undo();
    assertThat(node(WORKER).spec().unschedulable()).isFalse();

    Command down = commands.setKubeletRunning(WORKER, false);
    down.execute();
    assertThat(cluster.kubeletRunning(WORKER)).isFalse();
    down.undo();
    assertThat(cluster.kubeletRunning(WORKER)).isTrue();

    Command delete = commands.deleteNode(WORKER);
    delete.execute();
    assertThat(find(WORKER)).isEmpty();
    delete.undo();
    assertThat(node(WORKER).metadata().labels()).containsEntry("kubernetes.io/hostname", WORKER);
  }

  @Test
  void addWorkerTakesTheFirstFreeNameAndUndoRemovesIt() throws RequestRefused {
    Command add = commands.addWorker(Map.of("zone", "z"));
    add.execute();
    assertThat(node("worker-1").metadata().labels()).containsEntry("zone", "z");
    cluster.advance(Duration.ofSeconds(40));
    assertThat(exporterOn("worker-1")).isTrue();
    add.undo();
    assertThat(find("worker-1")).isEmpty();
    assertThat(add.description()).isEqualTo("add node worker-1");
  }

  private boolean exporterOn(String node) {
    return cluster.store().podsOnNode(node).stream()
        .anyMatch(
            p ->
                p.metadata().name().startsWith("node-exporter")
                    && p.status().isReady()
                    && !p.metadata().isDeleting());
  }

  @Test
  void demoHasItsNodesAndRunningExporters() {
    assertThat(cluster.store().<Node>list(Kind.NODE, null)).hasSize(5);
    assertThat(cluster.store().<Pod>list(Kind.POD, "monitoring"))
        .hasSize(3)
        .allMatch(p -> p.metadata().name().startsWith("node-exporter"))
        .allMatch(p -> p.status().isReady());
  }
}
