package dev.dslab.yaml.tree;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SuggestionsTest {
  private static final List<String> POD_SPEC =
      List.of("containers", "initContainers", "volumes", "hostNetwork", "nodeName");

  @Test
  void suggestsTheFieldOneOrTwoTyposAway() {
    assertThat(Suggestions.closest("contaners", POD_SPEC)).hasValue("containers");
    assertThat(Suggestions.closest("hostNetwrok", POD_SPEC)).hasValue("hostNetwork");
    assertThat(Suggestions.closest("Volumes", POD_SPEC)).hasValue("volumes");
  }

  @Test
  void suggestsNothingForUnrelatedOrShortNames() {
    assertThat(Suggestions.closest("replicas", POD_SPEC)).isEmpty();
    assertThat(Suggestions.closest("foo", List.of("for"))).isEmpty();
  }
}
