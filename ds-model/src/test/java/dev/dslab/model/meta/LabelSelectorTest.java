package dev.dslab.model.meta;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class LabelSelectorTest {
  private static final Map<String, String> WEB = Map.of("app", "web", "tier", "front");

  private static LabelSelector expressions(LabelSelectorRequirement... requirements) {
    return new LabelSelector(null, List.of(requirements));
  }

  private static LabelSelectorRequirement req(String key, String op, String... values) {
    return new LabelSelectorRequirement(key, op, List.of(values));
  }

  @Test
  void matchesWhenEveryMatchLabelIsPresentWithItsValue() {
    assertThat(LabelSelector.ofLabels(Map.of("app", "web")).matches(WEB)).isTrue();
    assertThat(LabelSelector.ofLabels(WEB).matches(WEB)).isTrue();
    assertThat(LabelSelector.ofLabels(Map.of("app", "db")).matches(WEB)).isFalse();
    assertThat(LabelSelector.ofLabels(Map.of("zone", "a")).matches(WEB)).isFalse();
  }

  @Test
  void matchesInAndNotIn() {
    assertThat(expressions(req("app", "In", "web", "db")).matches(WEB)).isTrue();
    assertThat(expressions(req("app", "In", "db")).matches(WEB)).isFalse();
    assertThat(expressions(req("zone", "In", "a")).matches(WEB)).isFalse();
    assertThat(expressions(req("app", "NotIn", "db")).matches(WEB)).isTrue();
    assertThat(expressions(req("app", "NotIn", "web")).matches(WEB)).isFalse();
    assertThat(expressions(req("zone", "NotIn", "a")).matches(WEB)).isTrue();
  }

  @Test
  void matchesExistsAndDoesNotExist() {
    assertThat(expressions(req("tier", "Exists")).matches(WEB)).isTrue();
    assertThat(expressions(req("zone", "Exists")).matches(WEB)).isFalse();
    assertThat(expressions(req("zone", "DoesNotExist")).matches(WEB)).isTrue();
    assertThat(expressions(req("tier", "DoesNotExist")).matches(WEB)).isFalse();
  }

  @Test
  void andsMatchLabelsWithExpressions() {
    LabelSelector s =
        new LabelSelector(
            new TreeMap<>(Map.of("app", "web")), List.of(req("zone", "DoesNotExist")));

    assertThat(s.matches(WEB)).isTrue();
    assertThat(s.matches(Map.of("app", "web", "zone", "a"))).isFalse();
  }

  @Test
  void anUnknownOperatorMatchesNothing() {
    assertThat(expressions(req("app", "Like", "web")).matches(WEB)).isFalse();
    assertThat(expressions(new LabelSelectorRequirement("app", null, null)).matches(WEB)).isFalse();
  }

  @Test
  void anEmptySelectorMatchesEverything() {
    LabelSelector empty = new LabelSelector(null, null);

    assertThat(empty.isEmpty()).isTrue();
    assertThat(empty.matches(WEB)).isTrue();
    assertThat(empty.matches(Map.of())).isTrue();
  }

  @Test
  void formatsEachKindOfRequirement() {
    assertThat(LabelSelector.ofLabels(Map.of("app", "web")).format()).isEqualTo("app=web");
    assertThat(expressions(req("tier", "In", "front", "back")).format())
        .isEqualTo("tier in (back,front)");
    assertThat(expressions(req("tier", "NotIn", "db")).format()).isEqualTo("tier notin (db)");
    assertThat(expressions(req("gpu", "Exists")).format()).isEqualTo("gpu");
    assertThat(expressions(req("gpu", "DoesNotExist")).format()).isEqualTo("!gpu");
  }

  @Test
  void formatsNoneForAnEmptySelector() {
    assertThat(new LabelSelector(null, null).format()).isEqualTo("<none>");
  }

  @Test
  void formatsRequirementsSortedByKeyLikeFormatLabelSelector() {
    // labels.Selector sorts its requirements by key (ByKey), not by their rendered text.
    LabelSelector s =
        new LabelSelector(
            new TreeMap<>(Map.of("app", "web", "app.kubernetes.io/name", "x")),
            List.of(
                req("zone", "DoesNotExist"), req("tier", "In", "front"), req("arch", "Exists")));

    assertThat(s.format()).isEqualTo("app=web,app.kubernetes.io/name=x,arch,tier in (front),!zone");
  }

  @Test
  void copiesMatchLabelsSortedAndUnmodifiable() {
    LabelSelector s = LabelSelector.ofLabels(Map.of("b", "2", "a", "1"));

    assertThat(s.matchLabels().keySet()).containsExactly("a", "b");
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> s.matchLabels().put("c", "3"))
        .isInstanceOf(UnsupportedOperationException.class);
  }
}
