package dev.dslab.engine.admission;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dslab.model.core.Container;
import dev.dslab.model.core.Namespace;
import dev.dslab.model.core.Pod;
import dev.dslab.model.core.PodSpec;
import dev.dslab.model.core.TaintEffect;
import dev.dslab.model.core.Toleration;
import dev.dslab.model.meta.ObjectMeta;
import java.util.List;
import org.junit.jupiter.api.Test;

class MutatingAdmissionTest {
  private static Pod pod(PodSpec spec) {
    return new Pod(ObjectMeta.named("default", "web"), spec, null);
  }

  @Test
  void aPodThatNamesNoServiceAccountRunsAsDefault() {
    Pod admitted =
        (Pod) MutatingAdmission.admit(pod(PodSpec.of(Container.of("web", "nginx:1.27"))));
    assertThat(admitted.spec().serviceAccountName()).isEqualTo("default");
  }

  @Test
  void aPodThatNamesAServiceAccountKeepsIt() {
    Pod admitted =
        (Pod)
            MutatingAdmission.admit(
                pod(
                    PodSpec.of(Container.of("web", "nginx:1.27"))
                        .withServiceAccountName("builder")));
    assertThat(admitted.spec().serviceAccountName()).isEqualTo("builder");
  }

  @Test
  void aPodThatDoesNotTolerateNotReadyAndUnreachableNodesIsEvictedFromThemAfterFiveMinutes() {
    Pod admitted =
        (Pod) MutatingAdmission.admit(pod(PodSpec.of(Container.of("web", "nginx:1.27"))));
    assertThat(admitted.spec().tolerations())
        .containsExactly(
            new Toleration(
                "node.kubernetes.io/not-ready",
                Toleration.EXISTS,
                null,
                TaintEffect.NoExecute,
                300L),
            new Toleration(
                "node.kubernetes.io/unreachable",
                Toleration.EXISTS,
                null,
                TaintEffect.NoExecute,
                300L));
  }

  @Test
  void aPodThatToleratesEveryNoExecuteTaintIsLeftAsItIs() {
    List<Toleration> forever =
        List.of(new Toleration(null, Toleration.EXISTS, null, TaintEffect.NoExecute, null));
    Pod admitted =
        (Pod)
            MutatingAdmission.admit(
                pod(PodSpec.of(Container.of("web", "nginx:1.27")).withTolerations(forever)));
    assertThat(admitted.spec().tolerations()).isEqualTo(forever);
  }

  @Test
  void objectsOtherThanPodsPassUnchanged() {
    Namespace lab = new Namespace(ObjectMeta.named("lab"), null);
    assertThat(MutatingAdmission.admit(lab)).isSameAs(lab);
  }
}
