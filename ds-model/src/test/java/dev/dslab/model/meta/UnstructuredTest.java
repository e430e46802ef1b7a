package dev.dslab.model.meta;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class UnstructuredTest {
  @Test
  void keepsTheRestOfTheDocumentAsAnImmutableSortedTree() {
    Map<String, Object> data = new LinkedHashMap<>();
    data.put("z", "last");
    data.put("a", "first");
    List<Object> items = new ArrayList<>(List.of("x"));
    TreeMap<String, Object> content = new TreeMap<>(Map.of("data", data, "items", items));

    Unstructured cm = new Unstructured("v1", "ConfigMap", ObjectMeta.named("ns", "cfg"), content);
    data.put("b", "added later");
    items.add("y");

    assertThat(cm.content().keySet()).containsExactly("data", "items");
    assertThat(cm.get("data")).asString().isEqualTo("{a=first, z=last}");
    assertThat(cm.get("items")).isEqualTo(List.of("x"));
    assertThat(cm.get("data", "a")).isEqualTo("first");
    assertThat(cm.get("data", "a", "deeper")).isNull();
    @SuppressWarnings("unchecked")
    Map<String, Object> stored = (Map<String, Object>) cm.get("data");
    assertThatThrownBy(() -> stored.put("c", "d"))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void dropsTheTypeFieldsAndMetadataFromTheContent() {
    TreeMap<String, Object> content = new TreeMap<>();
    content.put("apiVersion", "v1");
    content.put("kind", "Secret");
    content.put("metadata", Map.of("name", "s"));
    content.put("type", "Opaque");

    Unstructured s = new Unstructured("v1", "Secret", ObjectMeta.named("ns", "s"), content);

    assertThat(s.content()).containsOnlyKeys("type");
  }

  @Test
  void newMetadataKeepsTheContent() {
    Unstructured sa =
        new Unstructured("v1", "ServiceAccount", ObjectMeta.named("ns", "a"), new TreeMap<>());
    Unstructured renamed = sa.withMetadata(ObjectMeta.named("ns", "b"));
    assertThat(renamed.name()).isEqualTo("b");
    assertThat(renamed.kind()).isEqualTo("ServiceAccount");
    assertThat(renamed.content()).isEqualTo(sa.content());
  }

  @Test
  void refusesValuesThatAreNotJson() {
    TreeMap<String, Object> content = new TreeMap<>(Map.of("when", new Object()));
    assertThatThrownBy(
            () -> new Unstructured("v1", "ConfigMap", ObjectMeta.named("ns", "c"), content))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
