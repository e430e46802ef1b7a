package dev.dslab.model.meta;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class ObjectMetaTest {
  private static Map<String, String> reversed() {
    Map<String, String> m = new LinkedHashMap<>();
    m.put("zone", "a");
    m.put("tier", "front");
    m.put("app", "web");
    return m;
  }

  @Test
  void iteratesLabelsInKeyOrderWhateverTheInputOrder() {
    Map<String, String> hashed = new HashMap<>(reversed());
    for (int i = 0; i < 50; i++) {
      hashed.put("k" + i, "v");
    }

    assertThat(ObjectMeta.named("a").withLabels(reversed()).labels().keySet())
        .containsExactly("app", "tier", "zone");
    assertThat(new ArrayList<>(ObjectMeta.named("a").withLabels(hashed).labels().keySet()))
        .isSorted();
    assertThat(ObjectMeta.named("a").withAnnotations(reversed()).annotations().keySet())
        .containsExactly("app", "tier", "zone");
  }

  @Test
  void sortsLabelsAddedOneByOne() {
    ObjectMeta meta =
        ObjectMeta.named("a").withLabel("b", "2").withLabel("a", "1").withLabel("c", "3");

    assertThat(meta.labels().keySet()).containsExactly("a", "b", "c");
  }

  @Test
  void refusesToBeMutated() {
    ObjectMeta meta =
        ObjectMeta.named("a")
            .withLabels(reversed())
            .withAnnotations(reversed())
            .withOwnerReferences(
                List.of(OwnerReference.controllerRef("apps/v1", "DaemonSet", "ds", "uid-1")));

    assertThatThrownBy(() -> meta.labels().put("x", "y"))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> meta.labels().remove("app"))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> meta.annotations().clear())
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> meta.ownerReferences().clear())
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> meta.finalizers().add("f"))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void refusesToBeMutatedWhenEmptyToo() {
    ObjectMeta meta = ObjectMeta.named("a");

    assertThatThrownBy(() -> meta.labels().put("x", "y"))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> meta.annotations().put("x", "y"))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void isNotChangedByLaterChangesToTheInput() {
    TreeMap<String, String> input = new TreeMap<>(reversed());
    List<String> finalizers = new ArrayList<>(List.of("f1"));
    ObjectMeta meta =
        new ObjectMeta(
            "a", null, null, null, null, 0, null, null, null, input, null, null, finalizers);

    input.put("extra", "1");
    finalizers.add("f2");

    assertThat(meta.labels()).doesNotContainKey("extra");
    assertThat(meta.finalizers()).containsExactly("f1");
  }

  @Test
  void neverHoldsNullCollections() {
    ObjectMeta meta =
        new ObjectMeta("a", null, null, null, null, 0, null, null, null, null, null, null, null);

    assertThat(meta.labels()).isEmpty();
    assertThat(meta.annotations()).isEmpty();
    assertThat(meta.ownerReferences()).isEmpty();
    assertThat(meta.finalizers()).isEmpty();
  }

  @Test
  void findsTheControllerReference() {
    OwnerReference plain = new OwnerReference("v1", "Node", "n1", "u0", false, false);
    OwnerReference controller = OwnerReference.controllerRef("apps/v1", "DaemonSet", "ds", "u1");

    assertThat(
            ObjectMeta.named("p").withOwnerReferences(List.of(plain, controller)).controllerRef())
        .contains(controller);
    assertThat(ObjectMeta.named("p").withOwnerReferences(List.of(plain)).controllerRef()).isEmpty();
  }
}
