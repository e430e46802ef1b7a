package dev.dslab.engine.placement;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dslab.model.core.Affinity;
import dev.dslab.model.core.Container;
import dev.dslab.model.core.Node;
import dev.dslab.model.core.NodeAffinity;
import dev.dslab.model.core.NodeSelector;
import dev.dslab.model.core.NodeSelectorRequirement;
import dev.dslab.model.core.NodeSelectorTerm;
import dev.dslab.model.core.PodSpec;
import dev.dslab.model.meta.ObjectMeta;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Required node affinity as component-helpers' nodeaffinity matches it (§3.1, §3.2 of the
 * reference).
 */
class NodeAffinityMatcherTest {
  private static final Node NODE =
      new Node(
          ObjectMeta.named("n1")
              .withLabels(Map.of("zone", "a", "gpus", "4", "disk", "ssd", "empty", "")),
          null,
          null);

  private static NodeSelectorRequirement req(String key, String op, String... values) {
    return NodeSelectorRequirement.of(key, op, values);
  }

  private static PodSpec withTerms(NodeSelectorTerm... terms) {
    return PodSpec.of(Container.of("c", "i"))
        .withAffinity(
            Affinity.ofNodeAffinity(new NodeAffinity(new NodeSelector(List.of(terms)), List.of())));
  }

  private static NodeSelectorTerm expressions(NodeSelectorRequirement... r) {
    return new NodeSelectorTerm(List.of(r), List.of());
  }

  @ParameterizedTest(name = "{0} {1} {2} → {3}")
  @CsvSource({
    "zone, In, a, true",
    "zone, In, b, false",
    "missing, In, a, false",
    "zone, NotIn, b, true",
    "zone, NotIn, a, false",
    "missing, NotIn, a, true",
    "gpus, Gt, 3, true",
    "gpus, Gt, 4, false",
    "gpus, Lt, 5, true",
    "gpus, Lt, 4, false",
    "disk, Gt, 1, false",
    "missing, Lt, 9, false",
    "gpus, Gt, x, false"
  })
  void matchesExpressionsWithLabelSelectorSemantics(
      String key, String op, String value, boolean expected) {
    assertThat(NodeAffinityMatcher.matches(withTerms(expressions(req(key, op, value))), NODE))
        .isEqualTo(expected);
  }

  @Test
  void existsAndDoesNotExistLookOnlyAtTheKey() {
    assertThat(NodeAffinityMatcher.matches(withTerms(expressions(req("empty", "Exists"))), NODE))
        .isTrue();
    assertThat(NodeAffinityMatcher.matches(withTerms(expressions(req("missing", "Exists"))), NODE))
        .isFalse();
    assertThat(
            NodeAffinityMatcher.matches(
                withTerms(expressions(req("missing", "DoesNotExist"))), NODE))
        .isTrue();
    assertThat(
            NodeAffinityMatcher.matches(withTerms(expressions(req("zone", "DoesNotExist"))), NODE))
        .isFalse();
  }

  @Test
  void termsAreOredAndRequirementsInsideATermAreAnded() {
    NodeSelectorTerm failing = expressions(req("zone", "In", "a"), req("disk", "In", "hdd"));
    NodeSelectorTerm passing = expressions(req("zone", "In", "a"), req("disk", "In", "ssd"));
    assertThat(NodeAffinityMatcher.matches(withTerms(failing), NODE)).isFalse();
    assertThat(NodeAffinityMatcher.matches(withTerms(failing, passing), NODE)).isTrue();
  }

  @Test
  void emptyTermsAndNoTermsMatchNothing() {
    assertThat(
            NodeAffinityMatcher.matches(
                withTerms(new NodeSelectorTerm(List.of(), List.of())), NODE))
        .isFalse();
    assertThat(NodeAffinityMatcher.matches(withTerms(), NODE)).isFalse();
  }

  @Test
  void matchFieldsPinsByNodeNameWithExactlyOneValue() {
    NodeSelectorTerm pin =
        new NodeSelectorTerm(List.of(), List.of(req("metadata.name", "In", "n1")));
    NodeSelectorTerm other =
        new NodeSelectorTerm(List.of(), List.of(req("metadata.name", "In", "n2")));
    NodeSelectorTerm two =
        new NodeSelectorTerm(List.of(), List.of(req("metadata.name", "In", "n1", "n2")));
    NodeSelectorTerm badKey =
        new NodeSelectorTerm(List.of(), List.of(req("metadata.uid", "In", "n1")));
    assertThat(NodeAffinityMatcher.matches(withTerms(pin), NODE)).isTrue();
    assertThat(NodeAffinityMatcher.matches(withTerms(other), NODE)).isFalse();
    assertThat(NodeAffinityMatcher.matches(withTerms(two), NODE)).isFalse();
    assertThat(NodeAffinityMatcher.matches(withTerms(badKey), NODE)).isFalse();
    assertThat(NodeAffinityMatcher.targetNodeName(withTerms(pin))).contains("n1");
  }

  @Test
  void nodeSelectorIsAndedWithAffinityAndNamesTheFailingLabel() {
    PodSpec spec =
        withTerms(expressions(req("zone", "In", "a"))).withNodeSelector(Map.of("disk", "hdd"));
    assertThat(NodeAffinityMatcher.mismatch(spec, NODE))
        .contains("nodeSelector disk=hdd does not match: node has disk=ssd");
    assertThat(
            NodeAffinityMatcher.mismatch(
                PodSpec.of(Container.of("c", "i")).withNodeSelector(Map.of("x", "y")), NODE))
        .contains("nodeSelector x=y does not match: node has no label x");
  }
}
