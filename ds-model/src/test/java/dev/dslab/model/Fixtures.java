package dev.dslab.model;

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
import dev.dslab.model.validation.FieldError;
import dev.dslab.model.validation.Invalid;
import dev.dslab.model.validation.Validation;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * The one place where tests build DaemonSets. {@link #daemonSet()} starts from an object the API
 * server accepts as it is (already defaulted), and each setter changes exactly one thing.
 */
public final class Fixtures {
  public static final String NAME = "x";

  private Fixtures() {}

  /**
   * A valid, defaulted DaemonSet named {@value #NAME}: selector and template labels {@code
   * app=one}.
   */
  public static DaemonSetBuilder daemonSet() {
    return new DaemonSetBuilder();
  }

  /** A pod spec with one container {@code c} running {@code nginx:1.27}, restartPolicy Always. */
  public static PodSpec podSpec() {
    return PodSpec.of(Container.of("c", "nginx:1.27")).withRestartPolicy("Always");
  }

  /** The same pod spec with activeDeadlineSeconds set (PodSpec has no wither for it). */
  public static PodSpec withActiveDeadlineSeconds(PodSpec s, Long value) {
    return new PodSpec(
        s.nodeName(),
        s.nodeSelector(),
        s.affinity(),
        s.tolerations(),
        s.initContainers(),
        s.containers(),
        s.volumes(),
        s.hostNetwork(),
        s.terminationGracePeriodSeconds(),
        s.restartPolicy(),
        s.dnsPolicy(),
        s.serviceAccountName(),
        s.schedulerName(),
        s.priorityClassName(),
        value);
  }

  public static DaemonSetUpdateStrategy rollingUpdate(
      IntOrString maxUnavailable, IntOrString maxSurge) {
    return new DaemonSetUpdateStrategy(
        DaemonSetUpdateStrategy.ROLLING_UPDATE,
        new RollingUpdateDaemonSet(maxUnavailable, maxSurge));
  }

  /** Validation.daemonSet, each error rendered as the API server renders it. */
  public static List<String> errors(DaemonSet ds) {
    return Validation.daemonSet(ds).stream().map(FieldError::render).toList();
  }

  /** What kubectl prints when the API server rejects this DaemonSet. */
  public static String message(DaemonSet ds) {
    return new Invalid("DaemonSet", ds.metadata().name(), Validation.daemonSet(ds)).message();
  }

  /** A small builder over the immutable records; every field starts valid. */
  public static final class DaemonSetBuilder {
    private String name = NAME;
    private LabelSelector selector = LabelSelector.ofLabels(Map.of("app", "one"));
    private Map<String, String> templateLabels = Map.of("app", "one");
    private PodSpec podSpec = Fixtures.podSpec();
    private DaemonSetUpdateStrategy strategy = rollingUpdate(IntOrString.of(1), IntOrString.of(0));
    private int minReadySeconds;
    private Integer revisionHistoryLimit = 10;

    public DaemonSetBuilder name(String value) {
      name = value;
      return this;
    }

    public DaemonSetBuilder selector(LabelSelector value) {
      selector = value;
      return this;
    }

    public DaemonSetBuilder templateLabels(Map<String, String> value) {
      templateLabels = value;
      return this;
    }

    public DaemonSetBuilder podSpec(UnaryOperator<PodSpec> change) {
      podSpec = change.apply(podSpec);
      return this;
    }

    public DaemonSetBuilder strategy(DaemonSetUpdateStrategy value) {
      strategy = value;
      return this;
    }

    public DaemonSetBuilder budgets(IntOrString maxUnavailable, IntOrString maxSurge) {
      return strategy(rollingUpdate(maxUnavailable, maxSurge));
    }

    public DaemonSetBuilder minReadySeconds(int value) {
      minReadySeconds = value;
      return this;
    }

    public DaemonSetBuilder revisionHistoryLimit(Integer value) {
      revisionHistoryLimit = value;
      return this;
    }

    public DaemonSet build() {
      PodTemplateSpec template =
          new PodTemplateSpec(ObjectMeta.named(null).withLabels(templateLabels), podSpec);
      return new DaemonSet(
          ObjectMeta.named("default", name),
          new DaemonSetSpec(selector, template, strategy, minReadySeconds, revisionHistoryLimit),
          null);
    }
  }
}
