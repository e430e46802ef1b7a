package dev.dslab.model.core;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** v1.Toleration.ToleratesTaint, reference §3.3. */
class TolerationTest {
  private static final Taint GPU = Taint.of("gpu", "true", TaintEffect.NoSchedule);
  private static final Taint GPU_NO_VALUE = Taint.of("gpu", "", TaintEffect.NoSchedule);

  @Test
  void anEmptyEffectMatchesEveryEffect() {
    Toleration t = new Toleration("gpu", Toleration.EXISTS, null, null, null);

    for (TaintEffect effect : TaintEffect.values()) {
      assertThat(t.tolerates(Taint.of("gpu", "true", effect))).as(effect.name()).isTrue();
    }
  }

  @Test
  void aSetEffectMatchesOnlyThatEffect() {
    Toleration t = Toleration.exists("gpu", TaintEffect.NoExecute);

    assertThat(t.tolerates(Taint.of("gpu", "true", TaintEffect.NoExecute))).isTrue();
    assertThat(t.tolerates(GPU)).isFalse();
  }

  @Test
  void anEmptyKeyWithExistsMatchesEveryTaint() {
    Toleration everything = new Toleration(null, Toleration.EXISTS, null, null, null);
    Toleration everythingEmptyKey = new Toleration("", Toleration.EXISTS, null, null, null);

    for (Taint taint :
        new Taint[] {
          GPU,
          Taint.of("node.kubernetes.io/not-ready", "", TaintEffect.NoExecute),
          Taint.of("dedicated", "db", TaintEffect.PreferNoSchedule)
        }) {
      assertThat(everything.tolerates(taint)).as(taint.toString()).isTrue();
      assertThat(everythingEmptyKey.tolerates(taint)).as(taint.toString()).isTrue();
    }
  }

  @Test
  void equalMatchesTheSameValueOnly() {
    Toleration t = new Toleration("gpu", Toleration.EQUAL, "true", TaintEffect.NoSchedule, null);

    assertThat(t.tolerates(GPU)).isTrue();
    assertThat(t.tolerates(Taint.of("gpu", "false", TaintEffect.NoSchedule))).isFalse();
    assertThat(t.tolerates(GPU_NO_VALUE)).isFalse();
  }

  @Test
  void aNullOrEmptyOperatorMeansEqual() {
    assertThat(new Toleration("gpu", null, "true", null, null).tolerates(GPU)).isTrue();
    assertThat(new Toleration("gpu", "", "true", null, null).tolerates(GPU)).isTrue();
    assertThat(new Toleration("gpu", null, "yes", null, null).tolerates(GPU)).isFalse();
  }

  @Test
  void aNullValueWithEqualMatchesAnEmptyTaintValue() {
    Toleration t = new Toleration("gpu", Toleration.EQUAL, null, null, null);

    assertThat(t.tolerates(GPU_NO_VALUE)).isTrue();
    assertThat(t.tolerates(GPU)).isFalse();
  }

  @Test
  void aDifferentKeyDoesNotMatch() {
    assertThat(Toleration.exists("dedicated", null).tolerates(GPU)).isFalse();
    assertThat(new Toleration("dedicated", Toleration.EQUAL, "true", null, null).tolerates(GPU))
        .isFalse();
  }

  @Test
  void anUnknownOperatorMatchesNothing() {
    assertThat(new Toleration("gpu", "In", "true", null, null).tolerates(GPU)).isFalse();
    assertThat(new Toleration(null, "exists", null, null, null).tolerates(GPU)).isFalse();
  }

  @Test
  void tolerationSecondsDoNotAffectMatching() {
    Toleration t = new Toleration("gpu", Toleration.EXISTS, null, TaintEffect.NoSchedule, 30L);

    assertThat(t.tolerates(GPU)).isTrue();
  }
}
