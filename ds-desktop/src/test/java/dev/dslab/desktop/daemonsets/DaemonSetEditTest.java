package dev.dslab.desktop.daemonsets;

import static org.assertj.core.api.Assertions.assertThat;

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
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Tier (a): the editor's values read from and written into a DaemonSet, without the toolkit. */
class DaemonSetEditTest {
  private static final DaemonSet AGENT =
      new DaemonSet(
          ObjectMeta.named("default", "agent"),
          new DaemonSetSpec(
              LabelSelector.ofLabels(Map.of("app", "agent")),
              new PodTemplateSpec(
                  ObjectMeta.named(null).withLabels(Map.of("app", "agent")),
                  PodSpec.of(Container.of("agent", "agent:1"))
                      .withContainers(
                          List.of(
                              Container.of("agent", "agent:1"),
                              Container.of("sidecar", "proxy:3")))),
              new DaemonSetUpdateStrategy(
                  DaemonSetUpdateStrategy.ROLLING_UPDATE,
                  new RollingUpdateDaemonSet(IntOrString.of("10%"), IntOrString.of(0))),
              0,
              null),
          null);

  @Test
  void readsEachContainersImageAndTheBudgetsAsKubectlShowsThem() {
    DaemonSetEdit edit = DaemonSetEdit.of(AGENT);
    assertThat(edit.images())
        .containsExactly(
            new DaemonSetEdit.ContainerImage("agent", "agent:1"),
            new DaemonSetEdit.ContainerImage("sidecar", "proxy:3"));
    assertThat(edit.strategy()).isEqualTo("RollingUpdate");
    assertThat(edit.maxUnavailable()).isEqualTo("10%");
    assertThat(edit.maxSurge()).isEqualTo("0");
  }

  @Test
  void writesImagesByContainerNameAndParsesBudgetsAsYamlWould() {
    DaemonSet edited =
        new DaemonSetEdit(
                List.of(new DaemonSetEdit.ContainerImage("sidecar", " proxy:4 ")),
                "RollingUpdate",
                "2",
                "25%")
            .applyTo(AGENT);
    assertThat(edited.spec().template().spec().containers())
        .extracting(Container::image)
        .containsExactly("agent:1", "proxy:4");
    RollingUpdateDaemonSet ru = edited.spec().updateStrategy().rollingUpdate();
    assertThat(ru.maxUnavailable()).isEqualTo(IntOrString.of(2));
    assertThat(ru.maxSurge()).isEqualTo(IntOrString.of("25%"));
  }

  @Test
  void blankBudgetsAreUnsetAndOnDeleteHasNone() {
    DaemonSet blank = new DaemonSetEdit(List.of(), "RollingUpdate", " ", "").applyTo(AGENT);
    assertThat(blank.spec().updateStrategy().rollingUpdate().maxUnavailable()).isNull();
    assertThat(blank.spec().updateStrategy().rollingUpdate().maxSurge()).isNull();
    DaemonSet onDelete = new DaemonSetEdit(List.of(), "OnDelete", "1", "1").applyTo(AGENT);
    assertThat(onDelete.spec().updateStrategy())
        .isEqualTo(new DaemonSetUpdateStrategy("OnDelete", null));
    assertThat(DaemonSetEdit.value("abc")).isEqualTo(IntOrString.of("abc"));
  }

  @Test
  void describesItselfForTheHistoryList() {
    assertThat(DaemonSetEdit.of(AGENT).describe())
        .isEqualTo("image agent=agent:1, sidecar=proxy:3, RollingUpdate 10%/0");
    assertThat(new DaemonSetEdit(List.of(), "OnDelete", "", "").describe()).isEqualTo("OnDelete");
  }
}
