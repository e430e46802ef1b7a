package dev.dslab.yaml.print;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class KubernetesQuotingTest {
  private final KubernetesQuoting quoting = new KubernetesQuoting();

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "true",
        "False",
        "yes",
        "no",
        "on",
        "Off",
        "y",
        "N",
        "null",
        "~",
        "1",
        "-1",
        "+1",
        "007",
        "1.10",
        ".5",
        "1e3",
        "0x1F",
        "0b101",
        "1_000",
        "1:30",
        ".inf",
        "-.Inf",
        ".NaN",
        "2024-05-01",
        "2024-05-01T10:00:00Z",
        "2024-05-01 10:00:00.5 +02:00",
        "<<",
        "="
      })
  void quotesStringsAYaml11ReaderWouldTypeAsSomethingElse(String text) {
    assertThat(quoting.needToQuoteValue(text)).isTrue();
    assertThat(quoting.needToQuoteName(text)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "nginx",
        "nginx:1.25",
        "100m",
        "200Mi",
        "25%",
        "v1.30.0",
        "10.244.1.0/24",
        "apps/v1",
        "a: b",
        "true story",
        "1.2.3"
      })
  void leavesOtherStringsToTheEmitter(String text) {
    assertThat(quoting.needToQuoteValue(text)).isFalse();
  }
}
