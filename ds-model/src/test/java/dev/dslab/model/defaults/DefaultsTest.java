package dev.dslab.model.defaults;

import static dev.dslab.model.Fixtures.daemonSet;
import static org.assertj.core.api.Assertions.assertThat;

import dev.dslab.model.apps.DaemonSet;
import dev.dslab.model.apps.DaemonSetUpdateStrategy;
import dev.dslab.model.apps.RollingUpdateDaemonSet;
import dev.dslab.model.core.Container;
import dev.dslab.model.core.PodSpec;
import dev.dslab.model.meta.IntOrString;
import dev.dslab.model.validation.Validation;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DefaultsTest {
  private static DaemonSet undefaulted() {
    return daemonSet()
        .strategy(null)
        .revisionHistoryLimit(null)
        .podSpec(s -> PodSpec.of(Container.of("c", "nginx")))
        .build();
  }

  @Test
  void defaultsAnAbsentStrategyToRollingUpdateWithOneUnavailableAndNoSurge() {
    DaemonSetUpdateStrategy strategy = Defaults.daemonSet(undefaulted()).spec().updateStrategy();

    assertThat(strategy.type()).isEqualTo(DaemonSetUpdateStrategy.ROLLING_UPDATE);
    assertThat(strategy.rollingUpdate())
        .isEqualTo(new RollingUpdateDaemonSet(IntOrString.of(1), IntOrString.of(0)));
  }

  @Test
  void defaultsAnEmptyStrategyTypeAndKeepsTheGivenBudgets() {
    DaemonSet ds =
        daemonSet()
            .strategy(
                new DaemonSetUpdateStrategy(
                    "", new RollingUpdateDaemonSet(null, IntOrString.of("10%"))))
            .build();

    DaemonSetUpdateStrategy strategy = Defaults.daemonSet(ds).spec().updateStrategy();

    assertThat(strategy.type()).isEqualTo(DaemonSetUpdateStrategy.ROLLING_UPDATE);
    assertThat(strategy.rollingUpdate())
        .isEqualTo(new RollingUpdateDaemonSet(IntOrString.of(1), IntOrString.of("10%")));
  }

  @Test
  void keepsAnExplicitMaxSurgeSoThatTheDefaultedMaxUnavailableMakesItInvalid() {
    DaemonSet ds =
        daemonSet()
            .strategy(
                new DaemonSetUpdateStrategy(
                    DaemonSetUpdateStrategy.ROLLING_UPDATE,
                    new RollingUpdateDaemonSet(null, IntOrString.of(1))))
            .build();

    DaemonSet defaulted = Defaults.daemonSet(ds);

    assertThat(defaulted.spec().updateStrategy().rollingUpdate())
        .isEqualTo(new RollingUpdateDaemonSet(IntOrString.of(1), IntOrString.of(1)));
    // §7.2: writing only maxSurge: 1 is rejected in apps/v1.
    assertThat(Validation.daemonSet(defaulted)).hasSize(1);
  }

  @Test
  void leavesOnDeleteAlone() {
    DaemonSetUpdateStrategy onDelete =
        new DaemonSetUpdateStrategy(DaemonSetUpdateStrategy.ON_DELETE, null);

    assertThat(Defaults.daemonSet(daemonSet().strategy(onDelete).build()).spec().updateStrategy())
        .isEqualTo(onDelete);
  }

  @Test
  void defaultsRevisionHistoryLimitToTenButKeepsAnExplicitZero() {
    assertThat(Defaults.daemonSet(undefaulted()).spec().revisionHistoryLimit()).isEqualTo(10);
    assertThat(
            Defaults.daemonSet(daemonSet().revisionHistoryLimit(0).build())
                .spec()
                .revisionHistoryLimit())
        .isZero();
  }

  @Test
  void defaultsThePodTemplate() {
    PodSpec spec = Defaults.daemonSet(undefaulted()).spec().template().spec();

    assertThat(spec.restartPolicy()).isEqualTo("Always");
    assertThat(spec.dnsPolicy()).isEqualTo("ClusterFirst");
    assertThat(spec.schedulerName()).isEqualTo("default-scheduler");
    assertThat(spec.terminationGracePeriodSeconds()).isEqualTo(30L);
    assertThat(spec.containers())
        .singleElement()
        .extracting(Container::imagePullPolicy)
        .isEqualTo("Always");
  }

  @Test
  void keepsPodSpecFieldsThatAreAlreadySet() {
    PodSpec spec =
        PodSpec.of(Container.of("c", "nginx"))
            .withRestartPolicy("Never")
            .withDnsPolicy("Default")
            .withSchedulerName("mine")
            .withTerminationGracePeriodSeconds(5L);

    PodSpec defaulted = Defaults.podSpec(spec);

    assertThat(defaulted.restartPolicy()).isEqualTo("Never");
    assertThat(defaulted.dnsPolicy()).isEqualTo("Default");
    assertThat(defaulted.schedulerName()).isEqualTo("mine");
    assertThat(defaulted.terminationGracePeriodSeconds()).isEqualTo(5L);
  }

  @Test
  void producesAValidDaemonSetFromAnUndefaultedOne() {
    assertThat(Validation.daemonSet(Defaults.daemonSet(undefaulted()))).isEmpty();
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
    "nginx, Always",
    "nginx:latest, Always",
    "nginx:1.27, IfNotPresent",
    "registry:5000/app, Always",
    "registry:5000/app:latest, Always",
    "registry:5000/app:2.1, IfNotPresent",
    "registry.example.com/team/app, Always",
    "nginx@sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef, IfNotPresent",
  })
  void defaultsImagePullPolicyFromTheTag(String image, String policy) {
    PodSpec defaulted = Defaults.podSpec(PodSpec.of(Container.of("c", image)));

    assertThat(defaulted.containers().get(0).imagePullPolicy()).isEqualTo(policy);
  }

  @Test
  void keepsAnExplicitImagePullPolicy() {
    Container c = new Container("c", "nginx", "Never", null, null, null, null, null, null);

    assertThat(Defaults.podSpec(PodSpec.of(c)).containers()).containsExactly(c);
  }

  @Test
  void leavesOtherContainerFieldsUntouched() {
    Container c = Container.of("c", "nginx:1.27").withVolumeMounts(List.of());

    Container defaulted = Defaults.podSpec(PodSpec.of(c)).containers().get(0);

    assertThat(defaulted.name()).isEqualTo("c");
    assertThat(defaulted.image()).isEqualTo("nginx:1.27");
    assertThat(defaulted.imagePullPolicy()).isEqualTo("IfNotPresent");
  }
}
