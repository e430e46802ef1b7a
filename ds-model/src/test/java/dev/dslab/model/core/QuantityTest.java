package dev.dslab.model.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class QuantityTest {
  @ParameterizedTest(name = "{0} = {1}")
  @CsvSource({
    "100m, 0.1",
    "200Mi, 209715200",
    "1Gi, 1073741824",
    "1.5, 1.5",
    "2k, 2000",
    "1e3, 1000",
    "1E3, 1000",
    "0.1, 0.1",
    "500u, 0.0005",
    "3M, 3000000",
    "64Ki, 65536",
    ".5, 0.5",
  })
  void parsesTheExactDecimalAmount(String text, String amount) {
    assertThat(Quantity.parse(text).amount()).isEqualByComparingTo(new BigDecimal(amount));
  }

  @Test
  void keepsTheTextAsWrittenForPrintingBack() {
    Quantity q = Quantity.parse("200Mi");

    assertThat(q.text()).isEqualTo("200Mi");
    assertThat(q).hasToString("200Mi");
  }

  @Test
  void readsOneHundredMilliAsOneHundredMilliValue() {
    assertThat(Quantity.parse("100m").milliValue()).isEqualTo(100);
    assertThat(Quantity.parse("1.5").milliValue()).isEqualTo(1500);
    assertThat(Quantity.parse("0.1").milliValue()).isEqualTo(100);
    assertThat(Quantity.parse("2k").milliValue()).isEqualTo(2_000_000);
  }

  @Test
  void roundsMilliValueUp() {
    assertThat(Quantity.parse("1n").milliValue()).isEqualTo(1);
    assertThat(Quantity.parse("1500u").milliValue()).isEqualTo(2);
    assertThat(Quantity.parse("0.0001").milliValue()).isEqualTo(1);
  }

  @Test
  void roundsValueUp() {
    assertThat(Quantity.parse("100m").value()).isEqualTo(1);
    assertThat(Quantity.parse("1.5").value()).isEqualTo(2);
    assertThat(Quantity.parse("1Gi").value()).isEqualTo(1L << 30);
  }

  @ParameterizedTest
  @ValueSource(strings = {"lots", "", "Mi", "1 Mi", "--1"})
  void rejectsWhatIsNotAQuantityWithTheApiServersWording(String text) {
    assertThatThrownBy(() -> Quantity.parse(text))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "quantities must match the regular expression '^([+-]?[0-9.]+)([eEinumkKMGTP]*[-+]?[0-9]*)$'");
  }

  @ParameterizedTest
  @ValueSource(strings = {"1.2.3", "1K", "1e", "1Mb"})
  void rejectsUnknownSuffixesAndMalformedNumbers(String text) {
    assertThatThrownBy(() -> Quantity.parse(text)).isInstanceOf(IllegalArgumentException.class);
  }

  /** Found by the manifest fuzzer: a request of 10E overflowed and threw in the scheduler. */
  @Test
  void valuesBeyondALongSaturateInsteadOfThrowing() {
    assertThat(Quantity.parse("10E").milliValue()).isEqualTo(Long.MAX_VALUE);
    assertThat(Quantity.parse("10E").value()).isEqualTo(Long.MAX_VALUE);
    assertThat(Quantity.parse("9E").value()).isEqualTo(9_000_000_000_000_000_000L);
  }
}
