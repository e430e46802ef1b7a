package dev.dslab.desktop.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dslab.desktop.app.MainViewModel;
import dev.dslab.desktop.app.MainWindow;
import dev.dslab.desktop.app.MainWindowController;
import dev.dslab.desktop.choices.ViewChoices;
import dev.dslab.desktop.cluster.NodeTile;
import dev.dslab.desktop.cluster.PodChip;
import dev.dslab.desktop.cluster.TileGroups;
import dev.dslab.desktop.manifests.StartingCluster;
import dev.dslab.desktop.palette.ChipPayload;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Tier (c): the real window on the demo cluster, driven by TestFX (headless on Monocle). */
@ExtendWith(ApplicationExtension.class)
class MainWindowUiTest {
  private static final String WORKER = "kind-multinodes-worker";
  private MainViewModel vm;
  private MainWindowController controller;

  @Start
  void start(Stage stage) {
    vm =
        MainViewModel.open(
            StartingCluster.start(StartingCluster.DEMO, 1).orElseThrow(), ViewChoices.inMemory());
    controller = MainWindow.show(stage, vm);
  }

  private NodeTile tile(FxRobot robot, String node) {
    robot.interact(() -> controller.clusterView().scrollTo(node));
    WaitForAsyncUtils.waitForFxEvents();
    return controller.clusterView().visibleTile(node).orElseThrow();
  }

  private static long podsOf(NodeTile tile, String owner) {
    return tile.viewModel().state().pods().stream()
        .map(PodChip::owner)
        .filter(owner::equals)
        .count();
  }

  @Test
  void stepAdvancesTheVirtualClockOneSecond(FxRobot robot) {
    robot.clickOn("#stepButton");
    assertThat(robot.lookup("#timeLabel").queryAs(Label.class).getText()).startsWith("T+00:00:01");
  }

  @Test
  void playRunsTheClockUntilPaused(FxRobot robot) {
    robot.clickOn("#speed100Button");
    robot.clickOn("#playButton");
    WaitForAsyncUtils.sleep(600, TimeUnit.MILLISECONDS);
    robot.clickOn("#playButton");
    String paused = robot.lookup("#timeLabel").queryAs(Label.class).getText();
    assertThat(paused).doesNotStartWith("T+00:00:00");
    WaitForAsyncUtils.sleep(200, TimeUnit.MILLISECONDS);
    assertThat(robot.lookup("#timeLabel").queryAs(Label.class).getText()).isEqualTo(paused);
  }

  @Test
  void droppingALabelChipOnATileStartsThePodAndUndoTakesItBack(FxRobot robot) throws Exception {
    NodeTile tile = tile(robot, WORKER);
    assertThat(podsOf(tile, "log-shipper")).isZero();
    // the drop handler's own path, without a robot drag (see RobotDragTest)
    robot.interact(
        () -> {
          assertThat(tile.acceptDrop(new ChipPayload.LabelChip("logging", "enabled"))).isTrue();
          // in the same pulse: the new pod's chip starts to grow in; the three that were there
          // (node-exporter's, and the kind preset's kindnet and kube-proxy) do not move
          assertThat(tile.lookupAll(".pod-chip"))
              .extracting(javafx.scene.Node::getOpacity)
              .containsExactlyInAnyOrder(1.0, 1.0, 1.0, 0.0);
        });
    assertThat(robot.lookup(".node-tile .label-chip").queryAll())
        .anyMatch(n -> ((Label) n).getText().equals("logging=enabled"));
    assertThat(podsOf(tile, "log-shipper")).isOne();
    assertThat(tile.lookupAll(".pod-chip")).hasSize(4);
    assertThat(robot.lookup("#historyList").queryListView().getItems())
        .containsExactly("label logging=enabled on " + WORKER);

    robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(tile.viewModel().state().labels()).doesNotContainKey("logging");
    robot.clickOn("#stepButton");
    robot.interact(() -> vm.clock().setPlaying(false));
    robot.interact(
        () -> {
          vm.cluster().advance(java.time.Duration.ofSeconds(40));
          vm.refresh();
        });
    assertThat(podsOf(tile, "log-shipper")).isZero();
    // the deleted pod's chip fades out, then leaves the tile
    assertThat(tile.lookupAll(".pod-chip.leaving")).hasSize(1);
    WaitForAsyncUtils.waitFor(
        5, java.util.concurrent.TimeUnit.SECONDS, () -> tile.lookupAll(".pod-chip").size() == 3);
  }

  @Test
  void podsNoDaemonSetRunsShowMutedAfterTheDaemonPods(FxRobot robot) {
    NodeTile tile = tile(robot, "kind-multinodes-control-plane");
    java.util.List<javafx.scene.Node> chips = java.util.List.copyOf(tile.lookupAll(".pod-chip"));
    javafx.css.PseudoClass workload = javafx.css.PseudoClass.getPseudoClass("workload");
    // the control plane's four static pods (mirror pods controlled by the node), CoreDNS's two
    // pods and the local-path provisioner: the kind preset's other workloads
    assertThat(chips)
        .filteredOn(c -> c.getPseudoClassStates().contains(workload))
        .extracting(c -> ((PodChip) c.getUserData()).describe())
        .hasSize(7)
        .contains("kube-system/etcd-kind-multinodes-control-plane: running · static pod")
        .anyMatch(
            d -> d.matches("kube-system/coredns-\\w+-\\w+: running · ReplicaSet coredns-\\w+"));
    boolean seenWorkload = false;
    for (javafx.scene.Node chip : chips) {
      boolean muted = chip.getPseudoClassStates().contains(workload);
      assertThat(muted || !seenWorkload).as("daemon pods come first").isTrue();
      seenWorkload |= muted;
      if (muted) {
        assertThat(((javafx.scene.layout.Region) chip).getWidth())
            .as("smaller than a daemon pod's chip")
            .isLessThan(14);
      }
    }
  }

  @Test
  void groupByZoneShowsAHeaderPerZoneAndRegroupsWhenALabelChanges(FxRobot robot) {
    robot.interact(() -> controller.groupBy(TileGroups.ZONE));
    assertThat(vm.groupKeyProperty().get())
        .as("kept for the next start")
        .isEqualTo(TileGroups.ZONE);
    assertThat(controller.clusterView().rows())
        .filteredOn(r -> r instanceof TileGroups.Header)
        .map(r -> ((TileGroups.Header) r).value())
        .containsExactly("eu-west-1a", "eu-west-1b", TileGroups.NO_VALUE);
    // cells are recycled: the scene graph's order is not the screen's
    assertThat(robot.lookup(".group-header").queryAll())
        .map(n -> ((Label) n).getText())
        .containsExactlyInAnyOrder(
            "topology.kubernetes.io/zone = eu-west-1a  (1 node)",
            "topology.kubernetes.io/zone = eu-west-1b  (1 node)",
            "topology.kubernetes.io/zone = (none)  (3 nodes)");
    robot.interact(
        () ->
            assertThat(
                    tile(robot, WORKER)
                        .acceptDrop(
                            new ChipPayload.LabelChip("topology.kubernetes.io/zone", "eu-west-1a")))
                .isTrue());
    assertThat(robot.lookup(".group-header").queryAll())
        .map(n -> ((Label) n).getText())
        .contains(
            "topology.kubernetes.io/zone = eu-west-1a  (2 nodes)",
            "topology.kubernetes.io/zone = (none)  (2 nodes)");
    robot.interact(() -> controller.groupBy(TileGroups.NONE));
    assertThat(robot.lookup(".group-header").queryAll()).isEmpty();
  }

  @Test
  void theTimelineGoesBackToAnEarlierMomentAndShowsItInTheSameWindow(FxRobot robot) {
    robot.clickOn("#stepButton");
    robot.clickOn("#stepButton");
    robot.interact(() -> assertThat(vm.setCordoned(WORKER, true)).isTrue());
    robot.clickOn("#stepButton");
    assertThat(robot.lookup("#timelineLabel").queryAs(Label.class).getText())
        .isEqualTo("T+00:00:03 / T+00:00:03");

    robot.interact(() -> controller.rewindTo(vm.timeline().start().plusSeconds(1)));
    assertThat(robot.lookup("#timeLabel").queryAs(Label.class).getText()).startsWith("T+00:00:01");
    assertThat(robot.lookup("#timelineLabel").queryAs(Label.class).getText())
        .isEqualTo("T+00:00:01 / T+00:00:03");
    assertThat(robot.lookup(".node-tile").queryAllAs(NodeTile.class))
        .filteredOn(t -> t.viewModel() != null && t.viewModel().name().equals(WORKER))
        .singleElement()
        .satisfies(t -> assertThat(t.viewModel().state().cordoned()).isFalse());
  }

  @Test
  void exportedPngShowsTheTiles(FxRobot robot, @TempDir Path dir) throws IOException {
    Path png = dir.resolve("cluster.png");
    boolean[] written = {false};
    robot.interact(() -> written[0] = controller.exportPng(png));
    assertThat(written[0]).isTrue();
    BufferedImage image = ImageIO.read(png.toFile());
    assertThat(image.getWidth()).isGreaterThan(400);
    assertThat(image.getHeight()).isGreaterThan(120);
    // the first tile's background is the theme's (near white), the canvas around it is darker
    int tile = image.getRGB(60, 80);
    int canvas = image.getRGB(3, 3);
    assertThat(brightness(tile)).isGreaterThan(240);
    assertThat(tile).isNotEqualTo(canvas);
    assertThat(countGreenish(image)).as("running pod chips").isGreaterThan(3 * 100);
  }

  private static int brightness(int argb) {
    return ((argb >> 16 & 0xff) + (argb >> 8 & 0xff) + (argb & 0xff)) / 3;
  }

  /** Pixels of the running-pod colour (#16a34a). */
  private static int countGreenish(BufferedImage image) {
    int n = 0;
    for (int y = 0; y < image.getHeight(); y++) {
      for (int x = 0; x < image.getWidth(); x++) {
        int p = image.getRGB(x, y);
        int r = p >> 16 & 0xff;
        int g = p >> 8 & 0xff;
        int b = p & 0xff;
        if (g > 140 && r < 60 && b < 110) {
          n++;
        }
      }
    }
    return n;
  }

  @Test
  void themeSwitchesToDark(FxRobot robot) {
    robot.interact(() -> vm.setTheme(dev.dslab.desktop.app.Theme.DARK));
    assertThat(javafx.application.Application.getUserAgentStylesheet())
        .containsIgnoringCase("dark");
    robot.interact(() -> vm.setTheme(dev.dslab.desktop.app.Theme.LIGHT));
  }

  @Test
  @Tag("robot-dnd")
  void robotDragsAPaletteChipOntoATile(FxRobot robot) {
    NodeTile tile = tile(robot, "kind-multinodes-worker2");
    robot
        .drag(
            robot
                .lookup(".palette-chip")
                .match((Label l) -> l.getText().equals("logging=enabled"))
                .queryAs(Label.class))
        .dropTo(tile);
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(tile.viewModel().state().labels()).containsEntry("logging", "enabled");
  }

  @Test
  void theDaemonSetEditorChangesTheImageAndTheRolloutSweepsTheNodes(FxRobot robot) {
    robot.doubleClickOn(
        robot
            .lookup(".table-row-cell")
            .match(
                (javafx.scene.control.TableRow<?> r) ->
                    r.getItem() != null && r.getItem().toString().contains("node-exporter"))
            .queryAs(javafx.scene.control.TableRow.class));
    javafx.scene.control.TextField image =
        robot.lookup("#image-node-exporter").queryAs(javafx.scene.control.TextField.class);
    robot
        .doubleClickOn(image)
        .eraseText(image.getText().length())
        .write("prom/node-exporter:v1.9.0");
    robot.clickOn(
        robot
            .lookup(".dialog-pane .button")
            .match((javafx.scene.control.Button b) -> b.getText().equals("OK"))
            .queryButton());
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(robot.lookup("#historyList").queryListView().getItems())
        .singleElement()
        .asString()
        .startsWith("edit daemonset node-exporter: image node-exporter=prom/node-exporter:v1.9.0");
    robot.interact(
        () -> {
          vm.cluster().settle(java.time.Duration.ofMinutes(5));
          vm.refresh();
        });
    assertThat(
            vm.cluster()
                .store()
                .<dev.dslab.model.core.Pod>list(dev.dslab.engine.api.Kind.POD, "monitoring"))
        .extracting(p -> p.spec().containers().get(0).image())
        .containsOnly("prom/node-exporter:v1.9.0");
  }

  @Test
  void everyTileCommandWorksFromTheKeyboard(FxRobot robot) {
    NodeTile tile = tile(robot, WORKER);
    robot.interact(tile::requestFocus);
    robot.type(KeyCode.C);
    assertThat(tile.viewModel().state().cordoned()).isTrue();
    robot.press(KeyCode.SHIFT, KeyCode.F10).release(KeyCode.F10, KeyCode.SHIFT);
    WaitForAsyncUtils.waitForFxEvents();
    // the menu's first entry offers the palette's chips that fit: the keyboard's way to drag one
    ChipPayload first =
        vm.paletteChips().stream().filter(c -> vm.canDrop(c, WORKER)).findFirst().orElseThrow();
    robot.type(KeyCode.RIGHT).type(KeyCode.ENTER);
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(robot.lookup("#historyList").queryListView().getItems())
        .hasSize(2)
        .last()
        .asString()
        .isEqualTo("cordon " + WORKER);
    assertThat(robot.lookup("#historyList").queryListView().getItems().get(0))
        .asString()
        .contains(first.text().replace(":", "=").split("=")[0])
        .endsWith(" on " + WORKER);
    robot.type(KeyCode.DELETE);
    assertThat(vm.clusterState().tile(WORKER)).isNull();
  }

  @Test
  void aSavedSessionOpensInTheSameWindow(FxRobot robot, @TempDir Path dir) {
    NodeTile tile = tile(robot, WORKER);
    robot.interact(
        () ->
            assertThat(tile.acceptDrop(new ChipPayload.LabelChip("logging", "enabled"))).isTrue());
    Path file = dir.resolve("session.yaml");
    robot.interact(() -> assertThat(vm.saveSession(file)).isTrue());
    robot.interact(() -> vm.setCordoned(WORKER, true));
    robot.interact(() -> assertThat(controller.openSession(file)).isTrue());
    WaitForAsyncUtils.waitForFxEvents();
    // the window now shows the saved session: labelled, not cordoned
    NodeTile reopened =
        robot
            .lookup(".node-tile")
            .match((NodeTile t) -> t.viewModel() != null && t.viewModel().name().equals(WORKER))
            .queryAs(NodeTile.class);
    assertThat(reopened.viewModel().state().labels()).containsEntry("logging", "enabled");
    assertThat(reopened.viewModel().state().cordoned()).isFalse();
  }

  @Test
  void aDragThatCarriesNoChipIsNoDrop(FxRobot robot) {
    robot.interact(
        () -> {
          javafx.scene.input.Clipboard board = javafx.scene.input.Clipboard.getSystemClipboard();
          board.setContent(
              java.util.Map.of(javafx.scene.input.DataFormat.PLAIN_TEXT, "logging=enabled"));
          assertThat(dev.dslab.desktop.palette.ChipFormats.read(board)).isEmpty();
        });
  }

  @Test
  void withTheApiServedKubectlsWritesShowInTheWindowAndJoinTheSession(
      FxRobot robot, @TempDir Path dir) throws Exception {
    robot.interact(
        () -> assertThat(controller.setServingApi(true, dir.resolve("kubeconfig"))).isTrue());
    // over TLS, as dsctl serve: the kubeconfig carries the CA the client verifies the server with
    String kubeconfig = Files.readString(dir.resolve("kubeconfig"));
    assertThat(kubeconfig).contains("server: https://127.0.0.1:" + vm.servedPort());
    assertThat(dir.resolve("kubeconfig-tls").resolve("apiserver.key")).exists();
    javax.net.ssl.HttpsURLConnection post =
        (javax.net.ssl.HttpsURLConnection)
            java.net
                .URI
                .create(
                    "https://127.0.0.1:"
                        + vm.servedPort()
                        + "/apis/apps/v1/namespaces/default/daemonsets")
                .toURL()
                .openConnection();
    post.setSSLSocketFactory(
        dev.dslab.server.tls.ClientTrust.trusting(
                dev.dslab.server.tls.ClientTrust.certificateAuthorityData(kubeconfig))
            .getSocketFactory());
    post.setRequestMethod("POST");
    post.setDoOutput(true);
    post.setRequestProperty("Content-Type", "application/json");
    post.getOutputStream()
        .write(
            ("{\"apiVersion\":\"apps/v1\",\"kind\":\"DaemonSet\",\"metadata\":{\"name\":\"api-agent\"},"
                    + "\"spec\":{\"selector\":{\"matchLabels\":{\"app\":\"api-agent\"}},\"template\":{\"metadata\":{\"labels\":"
                    + "{\"app\":\"api-agent\"}},\"spec\":{\"containers\":[{\"name\":\"a\",\"image\":\"a:1\"}]}}}}")
                .getBytes(java.nio.charset.StandardCharsets.UTF_8));
    assertThat(post.getResponseCode()).isEqualTo(201);
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(vm.daemonSets().rows()).anyMatch(r -> r.name().equals("api-agent"));
    assertThat(vm.timeline().actions())
        .extracting(dev.dslab.desktop.timeline.Timeline.Action::label)
        .containsExactly("kubectl create daemonset/api-agent");
    assertThat(vm.sessionState().history())
        .anyMatch(l -> l.toString().equals("apply -f api-daemonsets-api-agent.json"));
    robot.interact(
        () -> assertThat(controller.setServingApi(false, dir.resolve("kubeconfig"))).isTrue());
    assertThat(vm.servedPort()).isEqualTo(-1);
  }

  /**
   * Runs the collector until a weakly held object is gone: whatever only weak references held (a
   * listener on a list view made per call) is gone with it.
   */
  private static void collectGarbage() {
    java.lang.ref.WeakReference<Object> sentinel = new java.lang.ref.WeakReference<>(new Object());
    for (int i = 0; i < 50 && sentinel.get() != null; i++) {
      System.gc();
      WaitForAsyncUtils.sleep(10, TimeUnit.MILLISECONDS);
    }
    assertThat(sentinel.get()).as("a collection happened").isNull();
  }

  @Test
  void aRefusalStillShowsItsNotificationAfterAGarbageCollection(FxRobot robot, @TempDir Path dir)
      throws IOException {
    collectGarbage();
    Path bad = dir.resolve("bad.yaml");
    Files.writeString(bad, "apiVersion: apps/v1\nkind: DaemonSet\nmetadata: [\n");
    robot.interact(() -> vm.openManifests(java.util.List.of(bad)));
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(robot.lookup("#notificationArea .notification-title").queryAllAs(Label.class))
        .extracting(Label::getText)
        .contains("Problems in the manifests");
  }

  @Test
  void anAddedPaletteChipAppearsAfterAGarbageCollection(FxRobot robot) {
    collectGarbage();
    robot.clickOn("#chipKeyField").write("gpu");
    robot.clickOn("#chipValueField").write("true");
    robot.clickOn("#addLabelChipButton");
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(robot.lookup("#paletteChips .palette-chip").queryAllAs(Label.class))
        .extracting(Label::getText)
        .contains("gpu=true");
  }

  @Test
  void anActionAfterGoingBackAsksBeforeItDropsTheLaterActions(FxRobot robot) {
    robot.clickOn("#stepButton");
    robot.interact(() -> assertThat(vm.setCordoned("kind-multinodes-worker2", true)).isTrue());
    robot.clickOn("#stepButton");
    robot.interact(() -> controller.rewindTo(vm.timeline().start()));
    NodeTile worker =
        robot
            .lookup(".node-tile")
            .match((NodeTile t) -> t.viewModel() != null && t.viewModel().name().equals(WORKER))
            .queryAs(NodeTile.class);
    robot.interact(worker::requestFocus);
    robot.type(KeyCode.C);
    assertThat(
            robot
                .lookup(".discard-later .list-cell")
                .queryAllAs(javafx.scene.control.ListCell.class))
        .extracting(javafx.scene.control.ListCell::getText)
        .contains("cordon");
    robot.clickOn("Keep them");
    assertThat(worker.viewModel().state().cordoned()).isFalse();
    assertThat(robot.lookup("#timelineLabel").queryAs(Label.class).getText())
        .isEqualTo("T+00:00:00 / T+00:00:02");

    robot.type(KeyCode.C);
    robot.clickOn("Drop them and go on");
    assertThat(worker.viewModel().state().cordoned()).isTrue();
    assertThat(robot.lookup("#timelineLabel").queryAs(Label.class).getText())
        .isEqualTo("T+00:00:00 / T+00:00:00");
  }
}
