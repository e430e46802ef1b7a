package dev.dslab.print;

import static dev.dslab.print.Fixtures.NOW;
import static dev.dslab.print.Fixtures.PLAIN;
import static dev.dslab.print.Fixtures.meta;
import static org.assertj.core.api.Assertions.assertThat;

import dev.dslab.model.apps.ControllerRevision;
import dev.dslab.model.core.Container;
import dev.dslab.model.core.PodSpec;
import dev.dslab.model.core.PodTemplateSpec;
import dev.dslab.model.meta.ObjectMeta;
import dev.dslab.model.meta.OwnerReference;
import java.util.List;
import org.junit.jupiter.api.Test;

class ControllerRevisionTableTest {
  private static final PodTemplateSpec TEMPLATE =
      new PodTemplateSpec(null, PodSpec.of(Container.of("fluentd", "fluentd:v1.16")));

  private static ControllerRevision revision(
      String name, long number, String age, OwnerReference... owners) {
    ObjectMeta meta = meta("kube-system", name, age).withOwnerReferences(List.of(owners));
    return new ControllerRevision(meta, TEMPLATE, number);
  }

  private static OwnerReference daemonSet(String name, boolean controller) {
    return new OwnerReference("apps/v1", "DaemonSet", name, "uid-" + name, controller, controller);
  }

  @Test
  void controllerRevisionTableNamesTheControllerWithItsGroup() {
    List<ControllerRevision> revisions =
        List.of(
            revision("fluentd-5b8f7d9c6", 1, "20m", daemonSet("fluentd", true)),
            revision("fluentd-7c9d8e6f5", 2, "4m", daemonSet("fluentd", true)),
            revision("orphan-6d5c4b3a2", 1, "60m"));

    assertThat(Printers.table(revisions, NOW, PLAIN))
        .isEqualTo(
            """
        NAME                CONTROLLER               REVISION   AGE
        fluentd-5b8f7d9c6   daemonset.apps/fluentd   1          20m
        fluentd-7c9d8e6f5   daemonset.apps/fluentd   2          4m
        orphan-6d5c4b3a2    <none>                   1          60m
        """);
  }

  @Test
  void anOwnerThatIsNotTheControllerIsNotShown() {
    ControllerRevision adopted =
        revision("fluentd-5b8f7d9c6", 1, "20m", daemonSet("fluentd", false));

    assertThat(Printers.table(List.of(adopted), NOW, PLAIN)).contains(" <none> ");
  }

  @Test
  void aCoreGroupControllerHasNoGroupSuffix() {
    OwnerReference pod = new OwnerReference("v1", "Pod", "owner", "u", true, true);

    assertThat(Printers.table(List.of(revision("r-1", 1, "1m", pod)), NOW, PLAIN))
        .contains("   pod/owner   ");
  }
}
