package dev.dslab.model.validation;

import static dev.dslab.model.Fixtures.daemonSet;
import static dev.dslab.model.Fixtures.errors;
import static dev.dslab.model.Fixtures.message;
import static org.assertj.core.api.Assertions.assertThat;

import dev.dslab.model.Fixtures;
import dev.dslab.model.apps.DaemonSet;
import dev.dslab.model.apps.DaemonSetUpdateStrategy;
import dev.dslab.model.core.Affinity;
import dev.dslab.model.core.Container;
import dev.dslab.model.core.ContainerPort;
import dev.dslab.model.core.NodeAffinity;
import dev.dslab.model.core.NodeSelector;
import dev.dslab.model.core.NodeSelectorRequirement;
import dev.dslab.model.core.NodeSelectorTerm;
import dev.dslab.model.core.TaintEffect;
import dev.dslab.model.core.Toleration;
import dev.dslab.model.core.Volume;
import dev.dslab.model.core.VolumeMount;
import dev.dslab.model.core.VolumeSource;
import dev.dslab.model.meta.IntOrString;
import dev.dslab.model.meta.LabelSelector;
import dev.dslab.model.meta.LabelSelectorRequirement;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class DaemonSetValidationTest {
  private static final String RU = "spec.updateStrategy.rollingUpdate";
  private static final String TEMPLATE_SPEC = "spec.template.spec";
  private static final String PERCENT_FORMAT =
      "a valid percent string must be a numeric string followed by an ending"
          + " '%' (e.g. '1%',  or '93%', regex used for validation is '[0-9]+%')";

  @Test
  void acceptsTheFixtureAsItIs() {
    assertThat(Validation.daemonSet(daemonSet().build())).isEmpty();
  }

  @Nested
  class Selector {
    @Test
    void rejectsASelectorThatDoesNotMatchTheTemplateLabelsWithTheApiServersMessage() {
      DaemonSet ds = daemonSet().templateLabels(Map.of("app", "two")).build();

      assertThat(message(ds))
          .isEqualTo(
              "The DaemonSet \"x\" is invalid: spec.template.metadata.labels: Invalid value:"
                  + " map[string]string{\"app\":\"two\"}: `selector` does not match template `labels`");
    }

    @Test
    void treatsAMissingSelectorAsMatchingNothing() {
      DaemonSet ds = daemonSet().selector(null).build();

      assertThat(errors(ds))
          .containsExactly(
              "spec.template.metadata.labels: Invalid value:"
                  + " map[string]string{\"app\":\"one\"}: `selector` does not match template `labels`");
    }

    @Test
    void treatsAMissingSelectorAsMatchingNothingEvenWithoutTemplateLabels() {
      DaemonSet ds = daemonSet().selector(null).templateLabels(Map.of()).build();

      assertThat(errors(ds))
          .containsExactly(
              "spec.template.metadata.labels: Invalid value:"
                  + " map[string]string(nil): `selector` does not match template `labels`");
    }

    @Test
    void rejectsAnEmptySelectorWhichMatchesEverythingSoOnlyTheEmptinessIsReported() {
      // metav1.LabelSelectorAsSelector turns {} into labels.Everything(): it matches the template,
      // so the only cause is the empty selector, rendered with Go's %#v of the decoded struct.
      DaemonSet ds = daemonSet().selector(new LabelSelector(null, null)).build();

      assertThat(message(ds))
          .isEqualTo(
              "The DaemonSet \"x\" is invalid: spec.selector: Invalid value:"
                  + " v1.LabelSelector{MatchLabels:map[string]string(nil), MatchExpressions:[]v1.LabelSelectorRequirement(nil)}:"
                  + " empty selector is invalid for daemonset");
    }

    @Test
    void rejectsTheSelectorChangingOnUpdateWithTheGoRenderingOfTheNewSelector() {
      DaemonSet old = daemonSet().build();
      DaemonSet updated =
          daemonSet()
              .selector(LabelSelector.ofLabels(Map.of("app", "two")))
              .templateLabels(Map.of("app", "two"))
              .build();

      List<FieldError> errs = Validation.daemonSetUpdate(updated, old);

      assertThat(errs)
          .extracting(FieldError::render)
          .containsExactly(
              "spec.selector: Invalid value:"
                  + " v1.LabelSelector{MatchLabels:map[string]string{\"app\":\"two\"},"
                  + " MatchExpressions:[]v1.LabelSelectorRequirement(nil)}: field is immutable");
    }

    @Test
    void rendersMatchExpressionsInAnImmutableSelectorErrorTheWayKubectlDoes() {
      DaemonSet old = daemonSet().build();
      LabelSelector expressions =
          new LabelSelector(
              null,
              List.of(
                  new LabelSelectorRequirement(
                      "app", LabelSelectorRequirement.IN, List.of("kubia"))));
      DaemonSet updated =
          daemonSet().selector(expressions).templateLabels(Map.of("app", "kubia")).build();

      assertThat(Validation.daemonSetUpdate(updated, old))
          .extracting(FieldError::render)
          .containsExactly(
              "spec.selector: Invalid value: v1.LabelSelector{MatchLabels:map[string]string(nil),"
                  + " MatchExpressions:[]v1.LabelSelectorRequirement{v1.LabelSelectorRequirement{Key:\"app\","
                  + " Operator:\"In\", Values:[]string{\"kubia\"}}}}: field is immutable");
    }

    @Test
    void acceptsAnUpdateThatKeepsTheSelector() {
      DaemonSet old = daemonSet().build();
      DaemonSet updated = daemonSet().minReadySeconds(5).build();

      assertThat(Validation.daemonSetUpdate(updated, old)).isEmpty();
    }

    @Test
    void reportsASelectorSyntaxErrorInsteadOfTheMismatch() {
      LabelSelector bad =
          new LabelSelector(
              null, List.of(new LabelSelectorRequirement("app", "Like", List.of("one"))));

      assertThat(errors(daemonSet().selector(bad).build()))
          .containsExactly(
              "spec.selector.matchExpressions[0].operator: Invalid value: \"Like\": not a valid selector operator");
    }
  }

  @Nested
  class Template {
    @Test
    void rejectsRestartPolicyOnFailureWithOnlyAlwaysSupported() {
      DaemonSet ds = daemonSet().podSpec(s -> s.withRestartPolicy("OnFailure")).build();

      assertThat(message(ds))
          .isEqualTo(
              "The DaemonSet \"x\" is invalid: spec.template.spec.restartPolicy:"
                  + " Unsupported value: \"OnFailure\": supported values: \"Always\"");
    }

    @Test
    void forbidsActiveDeadlineSeconds() {
      DaemonSet ds = daemonSet().podSpec(s -> Fixtures.withActiveDeadlineSeconds(s, 30L)).build();

      assertThat(errors(ds))
          .containsExactly(
              "spec.template.spec.activeDeadlineSeconds: Forbidden: activeDeadlineSeconds in DaemonSet is not Supported");
    }

    @Test
    void requiresAnImageForEveryContainer() {
      DaemonSet ds =
          daemonSet().podSpec(s -> s.withContainers(List.of(Container.of("c", null)))).build();

      assertThat(errors(ds))
          .containsExactly("spec.template.spec.containers[0].image: Required value");
    }

    @Test
    void rejectsAVolumeMountThatNamesNoVolume() {
      DaemonSet ds =
          daemonSet()
              .podSpec(
                  s ->
                      s.withVolumes(
                              List.of(
                                  new Volume("logs", new VolumeSource.HostPath("/var/log", null))))
                          .withContainers(
                              List.of(
                                  Container.of("c", "nginx:1.27")
                                      .withVolumeMounts(
                                          List.of(
                                              new VolumeMount("logs", "/var/log", true, null),
                                              new VolumeMount("data", "/data", false, null))))))
              .build();

      assertThat(errors(ds))
          .containsExactly(
              "spec.template.spec.containers[0].volumeMounts[1].name: Not found: \"data\"");
    }

    @Test
    void requiresContainerPortToMatchHostPortOnTheHostNetwork() {
      DaemonSet ds =
          daemonSet()
              .podSpec(
                  s ->
                      s.withHostNetwork(true)
                          .withContainers(
                              List.of(
                                  Container.of("c", "nginx:1.27")
                                      .withPorts(
                                          List.of(
                                              new ContainerPort("http", 80, 8080, "TCP", null))))))
              .build();

      assertThat(errors(ds))
          .containsExactly(
              "spec.template.spec.containers[0].ports[0].containerPort: Invalid value: 80:"
                  + " must match `hostPort` when `hostNetwork` is true");
    }

    @Test
    void acceptsDifferentHostAndContainerPortsOffTheHostNetwork() {
      DaemonSet ds =
          daemonSet()
              .podSpec(
                  s ->
                      s.withContainers(
                          List.of(
                              Container.of("c", "nginx:1.27")
                                  .withPorts(
                                      List.of(new ContainerPort("http", 80, 8080, "TCP", null))))))
              .build();

      assertThat(errors(ds)).isEmpty();
    }
  }

  @Nested
  class Metadata {
    @Test
    void rejectsAnUppercaseNameAsNotADns1123Subdomain() {
      DaemonSet ds = daemonSet().name("Web").build();

      assertThat(message(ds))
          .isEqualTo(
              "The DaemonSet \"Web\" is invalid: metadata.name: Invalid value: \"Web\":"
                  + " a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '-' or '.', and must"
                  + " start and end with an alphanumeric character (e.g. 'example.com', regex used for validation is"
                  + " '[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*')");
    }
  }

  @Nested
  class Counters {
    @Test
    void rejectsNegativeMinReadySeconds() {
      assertThat(errors(daemonSet().minReadySeconds(-1).build()))
          .containsExactly(
              "spec.minReadySeconds: Invalid value: -1: must be greater than or equal to 0");
    }

    @Test
    void rejectsNegativeRevisionHistoryLimitButAcceptsZero() {
      assertThat(errors(daemonSet().revisionHistoryLimit(-1).build()))
          .containsExactly(
              "spec.revisionHistoryLimit: Invalid value: -1: must be greater than or equal to 0");
      assertThat(errors(daemonSet().revisionHistoryLimit(0).build())).isEmpty();
    }

    @Test
    void rendersSeveralCausesAsAHeaderAndOneStarredLineEach() {
      DaemonSet ds = daemonSet().minReadySeconds(-1).revisionHistoryLimit(-2).build();

      assertThat(message(ds))
          .isEqualTo(
              "The DaemonSet \"x\" is invalid: \n"
                  + "* spec.minReadySeconds: Invalid value: -1: must be greater than or equal to 0\n"
                  + "* spec.revisionHistoryLimit: Invalid value: -2: must be greater than or equal to 0");
    }
  }

  @Nested
  class UpdateStrategy {
    @Test
    void rejectsAnUnknownStrategyTypeListingBothSupportedTypes() {
      DaemonSet ds = daemonSet().strategy(new DaemonSetUpdateStrategy("Recreate", null)).build();

      List<FieldError> errs = Validation.daemonSet(ds);

      // Only the path, type and detail are pinned here: see the report about the bad value's
      // rendering.
      assertThat(errs)
          .singleElement()
          .satisfies(
              e -> {
                assertThat(e.field()).isEqualTo("spec.updateStrategy");
                assertThat(e.type()).isEqualTo(FieldError.Type.NOT_SUPPORTED);
                assertThat(e.detail())
                    .isEqualTo("supported values: \"RollingUpdate\", \"OnDelete\"");
              });
    }

    @Test
    void acceptsOnDeleteWithoutBudgets() {
      DaemonSet ds =
          daemonSet()
              .strategy(new DaemonSetUpdateStrategy(DaemonSetUpdateStrategy.ON_DELETE, null))
              .build();

      assertThat(errors(ds)).isEmpty();
    }

    @Test
    void rejectsBothBudgetsZeroWithTheApiServersMessage() {
      DaemonSet ds = daemonSet().budgets(IntOrString.of(0), IntOrString.of(0)).build();

      assertThat(message(ds))
          .isEqualTo(
              "The DaemonSet \"x\" is invalid: "
                  + RU
                  + ".maxUnavailable: Required value: cannot be 0 when maxSurge is 0");
    }

    @Test
    void rejectsBothBudgetsNonZeroOnMaxSurgeInGoSyntax() {
      DaemonSet ds = daemonSet().budgets(IntOrString.of(1), IntOrString.of(1)).build();

      assertThat(errors(ds))
          .containsExactly(
              RU
                  + ".maxSurge: Invalid value: intstr.IntOrString{Type:0, IntVal:1,"
                  + " StrVal:\"\"}: may not be set when maxUnavailable is non-zero");
    }

    @Test
    void acceptsSurgeWhenMaxUnavailableIsZero() {
      assertThat(errors(daemonSet().budgets(IntOrString.of(0), IntOrString.of("25%")).build()))
          .isEmpty();
    }

    @Test
    void rejectsAPercentOverOneHundred() {
      DaemonSet ds = daemonSet().budgets(IntOrString.of("150%"), IntOrString.of(0)).build();

      assertThat(errors(ds))
          .containsExactly(
              RU
                  + ".maxUnavailable: Invalid value: intstr.IntOrString{Type:1, IntVal:0,"
                  + " StrVal:\"150%\"}: must not be greater than 100%");
    }

    @Test
    void acceptsExactlyOneHundredPercent() {
      assertThat(errors(daemonSet().budgets(IntOrString.of("100%"), IntOrString.of(0)).build()))
          .isEmpty();
    }

    @Test
    void rejectsAMalformedPercentWhichThenCountsAsZero() {
      DaemonSet ds = daemonSet().budgets(IntOrString.of("abc"), IntOrString.of(0)).build();

      assertThat(errors(ds))
          .containsExactly(
              RU
                  + ".maxUnavailable: Invalid value: intstr.IntOrString{Type:1, IntVal:0, StrVal:\"abc\"}: "
                  + PERCENT_FORMAT,
              RU + ".maxUnavailable: Required value: cannot be 0 when maxSurge is 0");
    }

    @Test
    void countsANegativePercentAsZeroLikeGetIntOrPercentValue() {
      // "-5%" fails IsValidPercent, so upstream falls back to strconv.Atoi("-5%"), which fails: 0.
      DaemonSet ds = daemonSet().budgets(IntOrString.of("-5%"), IntOrString.of(0)).build();

      assertThat(errors(ds))
          .containsExactly(
              RU
                  + ".maxUnavailable: Invalid value: intstr.IntOrString{Type:1, IntVal:0, StrVal:\"-5%\"}: "
                  + PERCENT_FORMAT,
              RU + ".maxUnavailable: Required value: cannot be 0 when maxSurge is 0");
    }

    @Test
    void rejectsANegativeInt() {
      DaemonSet ds = daemonSet().budgets(IntOrString.of(-1), IntOrString.of(0)).build();

      assertThat(errors(ds))
          .containsExactly(
              RU + ".maxUnavailable: Invalid value: -1: must be greater than or equal to 0");
    }

    @Test
    void countsZeroPercentAsZero() {
      assertThat(errors(daemonSet().budgets(IntOrString.of("0%"), IntOrString.of(0)).build()))
          .containsExactly(RU + ".maxUnavailable: Required value: cannot be 0 when maxSurge is 0");
      assertThat(errors(daemonSet().budgets(IntOrString.of("0%"), IntOrString.of(1)).build()))
          .isEmpty();
      assertThat(errors(daemonSet().budgets(IntOrString.of(1), IntOrString.of("0%")).build()))
          .isEmpty();
    }

    @Test
    void reportsFormatErrorsOfBothBudgetsBeforeTheirRangeErrors() {
      // ValidateRollingUpdateDaemonSet: ValidatePositiveIntOrPercent for both, then
      // IsNotMoreThan100Percent for both.
      DaemonSet ds = daemonSet().budgets(IntOrString.of("200%"), IntOrString.of("abc")).build();

      assertThat(errors(ds))
          .containsExactly(
              RU
                  + ".maxSurge: Invalid value: intstr.IntOrString{Type:1, IntVal:0, StrVal:\"abc\"}: "
                  + PERCENT_FORMAT,
              RU
                  + ".maxUnavailable: Invalid value: intstr.IntOrString{Type:1, IntVal:0, StrVal:\"200%\"}:"
                  + " must not be greater than 100%");
    }
  }

  @Nested
  class Tolerations {
    private List<String> errorsOf(Toleration t) {
      return errors(daemonSet().podSpec(s -> s.withTolerations(List.of(t))).build());
    }

    @Test
    void rejectsAValueWithOperatorExists() {
      DaemonSet ds =
          daemonSet()
              .podSpec(
                  s ->
                      s.withTolerations(
                          List.of(
                              new Toleration(
                                  "key", Toleration.EXISTS, "v", TaintEffect.NoSchedule, null))))
              .build();

      // Path, type and detail only: upstream renders the whole core.Toleration struct as the bad
      // value.
      assertThat(Validation.daemonSet(ds))
          .singleElement()
          .satisfies(
              e -> {
                assertThat(e.field()).isEqualTo(TEMPLATE_SPEC + ".tolerations[0].operator");
                assertThat(e.type()).isEqualTo(FieldError.Type.INVALID);
                assertThat(e.detail()).isEqualTo("value must be empty when `operator` is 'Exists'");
              });
    }

    @Test
    void requiresExistsWhenTheKeyIsEmpty() {
      assertThat(errorsOf(new Toleration("", Toleration.EQUAL, "v", null, null)))
          .containsExactly(
              TEMPLATE_SPEC
                  + ".tolerations[0].operator: Invalid value: \"Equal\": operator must be Exists when `key` is"
                  + " empty, which means \"match all values and all keys\"");
      assertThat(errorsOf(new Toleration(null, null, null, null, null)))
          .containsExactly(
              TEMPLATE_SPEC
                  + ".tolerations[0].operator: Invalid value: \"\": operator must be Exists when `key` is"
                  + " empty, which means \"match all values and all keys\"");
    }

    @Test
    void acceptsAnEmptyKeyWithExists() {
      assertThat(errorsOf(new Toleration(null, Toleration.EXISTS, null, null, null))).isEmpty();
    }

    @Test
    void rejectsTolerationSecondsUnlessTheEffectIsNoExecute() {
      assertThat(
              errorsOf(new Toleration("key", Toleration.EXISTS, null, TaintEffect.NoSchedule, 30L)))
          .containsExactly(
              TEMPLATE_SPEC
                  + ".tolerations[0].effect: Invalid value: \"NoSchedule\": effect must be 'NoExecute' when"
                  + " `tolerationSeconds` is set");
      assertThat(
              errorsOf(new Toleration("key", Toleration.EXISTS, null, TaintEffect.NoExecute, 30L)))
          .isEmpty();
    }

    @Test
    void rejectsAnUnknownOperator() {
      assertThat(errorsOf(new Toleration("key", "In", "v", null, null)))
          .containsExactly(
              TEMPLATE_SPEC
                  + ".tolerations[0].operator: Unsupported value: \"In\": supported values: \"Equal\", \"Exists\"");
    }
  }

  @Nested
  class NodeAffinityRules {
    private static final String TERM =
        TEMPLATE_SPEC
            + ".affinity.nodeAffinity.requiredDuringSchedulingIgnoredDuringExecution.nodeSelectorTerms[0]";

    private List<String> errorsOf(NodeSelectorTerm term) {
      NodeAffinity affinity = new NodeAffinity(new NodeSelector(List.of(term)), null);
      return errors(
          daemonSet().podSpec(s -> s.withAffinity(Affinity.ofNodeAffinity(affinity))).build());
    }

    private List<String> expressionErrors(NodeSelectorRequirement r) {
      return errorsOf(new NodeSelectorTerm(List.of(r), null));
    }

    @Test
    void requiresValuesForIn() {
      assertThat(expressionErrors(NodeSelectorRequirement.of("zone", "In")))
          .containsExactly(
              TERM
                  + ".matchExpressions[0].values: Required value: must be specified when `operator` is 'In' or 'NotIn'");
    }

    @Test
    void requiresASingleValueForGt() {
      assertThat(expressionErrors(NodeSelectorRequirement.of("cores", "Gt", "2", "4")))
          .containsExactly(
              TERM
                  + ".matchExpressions[0].values: Required value: must be specified single value when `operator` is"
                  + " 'Lt' or 'Gt'");
      assertThat(expressionErrors(NodeSelectorRequirement.of("cores", "Gt", "2"))).isEmpty();
    }

    @Test
    void forbidsValuesForExists() {
      assertThat(expressionErrors(NodeSelectorRequirement.of("zone", "Exists", "a")))
          .containsExactly(
              TERM
                  + ".matchExpressions[0].values: Forbidden: may not be specified when `operator` is 'Exists' or"
                  + " 'DoesNotExist'");
    }

    @Test
    void rejectsAnUnknownOperator() {
      assertThat(expressionErrors(NodeSelectorRequirement.of("zone", "Like", "a")))
          .containsExactly(
              TERM
                  + ".matchExpressions[0].operator: Invalid value: \"Like\": not a valid selector operator");
    }

    @Test
    void acceptsOnlyMetadataNameAsAFieldSelectorKey() {
      NodeSelectorTerm bad =
          new NodeSelectorTerm(
              null, List.of(NodeSelectorRequirement.of("metadata.labels", "In", "n1")));
      NodeSelectorTerm good =
          new NodeSelectorTerm(
              null, List.of(NodeSelectorRequirement.of("metadata.name", "In", "n1")));

      assertThat(errorsOf(bad))
          .containsExactly(
              TERM
                  + ".matchFields[0].key: Invalid value: \"metadata.labels\": not a valid field selector key");
      assertThat(errorsOf(good)).isEmpty();
    }

    @Test
    void requiresExactlyOneValueForAFieldSelector() {
      NodeSelectorTerm term =
          new NodeSelectorTerm(
              null, List.of(NodeSelectorRequirement.of("metadata.name", "In", "n1", "n2")));

      assertThat(errorsOf(term))
          .containsExactly(
              TERM
                  + ".matchFields[0].values: Required value: must be only one value"
                  + " when `operator` is 'In' or 'NotIn' for node field selector");
    }
  }
}
