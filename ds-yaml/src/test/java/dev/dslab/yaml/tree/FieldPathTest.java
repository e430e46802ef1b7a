package dev.dslab.yaml.tree;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FieldPathTest {

  @Test
  void rendersInKubernetesStyle() {
    FieldPath port =
        FieldPath.ROOT
            .field("spec")
            .field("template")
            .field("spec")
            .field("containers")
            .index(0)
            .field("ports")
            .index(1)
            .field("containerPort");

    assertThat(port).hasToString("spec.template.spec.containers[0].ports[1].containerPort");
    assertThat(FieldPath.ROOT).hasToString("");
    assertThat(FieldPath.ROOT.isRoot()).isTrue();
  }

  @Test
  void namesPlainMapKeysAsFieldsAndOthersInBrackets() {
    FieldPath selector = FieldPath.ROOT.field("spec").field("nodeSelector");

    assertThat(selector.key("ssd")).hasToString("spec.nodeSelector.ssd");
    assertThat(selector.key("kubernetes.io/os")).hasToString("spec.nodeSelector[kubernetes.io/os]");
    assertThat(selector.key("1st")).hasToString("spec.nodeSelector[1st]");
    assertThat(selector.key("")).hasToString("spec.nodeSelector[]");
  }
}
