package dev.dslab.desktop.choices;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dslab.desktop.app.MainViewModel;
import dev.dslab.desktop.app.Theme;
import dev.dslab.desktop.cluster.TileGroups;
import dev.dslab.desktop.manifests.StartingCluster;
import dev.dslab.desktop.time.Speed;
import java.util.UUID;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import org.junit.jupiter.api.Test;

/** The window's choices come back on the next start, and what cannot be read back is ignored. */
class ViewChoicesTest {
  @Test
  void groupingSpeedAndThemeComeBackInTheNextSession() {
    ViewChoices choices = ViewChoices.inMemory();
    MainViewModel first =
        MainViewModel.open(StartingCluster.start(StartingCluster.DEMO, 1).orElseThrow(), choices);
    first.setGroupKey(TileGroups.ZONE);
    first.clock().setSpeed(Speed.X10);
    first.setTheme(Theme.DARK);

    MainViewModel next =
        MainViewModel.open(StartingCluster.start(StartingCluster.DEMO, 1).orElseThrow(), choices);
    assertThat(next.groupKeyProperty().get()).isEqualTo(TileGroups.ZONE);
    assertThat(next.clock().speedProperty().get()).isEqualTo(Speed.X10);
    assertThat(next.themeProperty().get()).isEqualTo(Theme.DARK);
  }

  @Test
  void goingBackInTimeKeepsTheChoices() {
    ViewChoices choices = ViewChoices.inMemory();
    MainViewModel live =
        MainViewModel.open(StartingCluster.start(StartingCluster.DEMO, 1).orElseThrow(), choices);
    live.setGroupKey(TileGroups.ZONE);
    live.step();
    MainViewModel back = live.rewoundTo(live.timeline().start());
    assertThat(back.groupKeyProperty().get()).isEqualTo(TileGroups.ZONE);
  }

  @Test
  void unreadableValuesCountAsUnset() {
    ViewChoices choices = ViewChoices.inMemory();
    choices.put(ViewChoices.SPEED, "X1000");
    choices.put(ViewChoices.THEME, "");
    MainViewModel vm =
        MainViewModel.open(StartingCluster.start(StartingCluster.DEMO, 1).orElseThrow(), choices);
    assertThat(vm.clock().speedProperty().get()).isEqualTo(Speed.X1);
    assertThat(vm.themeProperty().get()).isEqualTo(Theme.LIGHT);
    assertThat(vm.groupKeyProperty().get()).isEqualTo(TileGroups.NONE);
  }

  @Test
  void thePreferencesStoreKeepsWhatWasPut() throws BackingStoreException {
    Preferences node = Preferences.userRoot().node("dev/dslab/test-" + UUID.randomUUID());
    try {
      ViewChoices.preferences(node).put(ViewChoices.GROUP_BY, "pool");
      assertThat(ViewChoices.preferences(node).get(ViewChoices.GROUP_BY, TileGroups.NONE))
          .isEqualTo("pool");
      assertThat(ViewChoices.preferences(node).get(ViewChoices.SPEED, "X1")).isEqualTo("X1");
    } finally {
      node.removeNode();
    }
  }
}
