package dev.dslab.model.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class PodStatusTest {
  private static final Instant T0 = Instant.parse("2025-01-01T00:00:00Z");

  private static PodCondition condition(String type, ConditionStatus status) {
    return new PodCondition(type, status, T0, null, null);
  }

  @Test
  void keepsOneConditionPerType() {
    PodStatus status =
        PodStatus.pending()
            .withCondition(condition(PodCondition.READY, ConditionStatus.False))
            .withCondition(condition(PodCondition.READY, ConditionStatus.True));

    assertThat(status.conditions())
        .containsExactly(condition(PodCondition.READY, ConditionStatus.True));
  }

  @Test
  void ordersConditionsTheWayTheKubeletReportsThemWhateverTheOrderTheyArrive() {
    PodStatus status =
        PodStatus.pending()
            .withCondition(condition(PodCondition.SCHEDULED, ConditionStatus.True))
            .withCondition(condition(PodCondition.CONTAINERS_READY, ConditionStatus.True))
            .withCondition(condition(PodCondition.READY, ConditionStatus.True))
            .withCondition(condition(PodCondition.INITIALIZED, ConditionStatus.True))
            .withCondition(condition("PodReadyToStartContainers", ConditionStatus.True));

    assertThat(status.conditions())
        .extracting(PodCondition::type)
        .containsExactly(
            "PodReadyToStartContainers",
            PodCondition.INITIALIZED,
            PodCondition.READY,
            PodCondition.CONTAINERS_READY,
            PodCondition.SCHEDULED);
  }

  @Test
  void replacingAConditionKeepsItsPlace() {
    PodStatus status =
        PodStatus.pending()
            .withCondition(condition(PodCondition.INITIALIZED, ConditionStatus.True))
            .withCondition(condition(PodCondition.READY, ConditionStatus.False))
            .withCondition(condition(PodCondition.SCHEDULED, ConditionStatus.True))
            .withCondition(condition(PodCondition.READY, ConditionStatus.True));

    assertThat(status.conditions())
        .extracting(PodCondition::type)
        .containsExactly(PodCondition.INITIALIZED, PodCondition.READY, PodCondition.SCHEDULED);
    assertThat(status.condition(PodCondition.READY))
        .get()
        .extracting(PodCondition::status)
        .isEqualTo(ConditionStatus.True);
  }

  @Test
  void putsUnknownConditionTypesLastInArrivalOrder() {
    PodStatus status =
        PodStatus.pending()
            .withCondition(condition("DisruptionTarget", ConditionStatus.True))
            .withCondition(condition(PodCondition.SCHEDULED, ConditionStatus.True))
            .withCondition(condition("Custom", ConditionStatus.True));

    assertThat(status.conditions())
        .extracting(PodCondition::type)
        .containsExactly(PodCondition.SCHEDULED, "DisruptionTarget", "Custom");
  }

  @Test
  void doesNotChangeTheOriginalStatus() {
    PodStatus before = PodStatus.pending();

    before.withCondition(condition(PodCondition.READY, ConditionStatus.True));

    assertThat(before.conditions()).isEmpty();
  }

  @Test
  void isReadyOnlyWhenTheReadyConditionIsTrue() {
    PodStatus pending = PodStatus.pending();

    assertThat(pending.isReady()).isFalse();
    assertThat(
            pending.withCondition(condition(PodCondition.READY, ConditionStatus.False)).isReady())
        .isFalse();
    assertThat(
            pending.withCondition(condition(PodCondition.READY, ConditionStatus.Unknown)).isReady())
        .isFalse();
    assertThat(
            pending
                .withCondition(condition(PodCondition.CONTAINERS_READY, ConditionStatus.True))
                .isReady())
        .isFalse();
    assertThat(pending.withCondition(condition(PodCondition.READY, ConditionStatus.True)).isReady())
        .isTrue();
  }
}
