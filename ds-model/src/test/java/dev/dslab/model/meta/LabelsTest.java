package dev.dslab.model.meta;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LabelsTest {
  @Test
  void formatsPairsSortedByKey() {
    Map<String, String> labels = new LinkedHashMap<>();
    labels.put("tier", "front");
    labels.put("app", "web");

    assertThat(Labels.format(labels)).isEqualTo("app=web,tier=front");
  }

  @Test
  void formatsNoneForNoLabels() {
    assertThat(Labels.format(Map.of())).isEqualTo("<none>");
    assertThat(Labels.format(null)).isEqualTo("<none>");
  }

  @Test
  void keepsAnEmptyValue() {
    assertThat(Labels.format(Map.of("node-role.kubernetes.io/control-plane", "")))
        .isEqualTo("node-role.kubernetes.io/control-plane=");
  }
}
