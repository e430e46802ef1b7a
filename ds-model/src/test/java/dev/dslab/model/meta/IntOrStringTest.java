package dev.dslab.model.meta;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * intstr.GetScaledValueFromIntOrPercent as DaemonSets use it: both budgets rounded up (reference
 * §8.1).
 */
class IntOrStringTest {
  @ParameterizedTest(name = "{0} of {1} -> {2}")
  @CsvSource({
    "50%, 3, 2",
    "25%, 10, 3",
    "10%, 5, 1",
    "1%, 1, 1",
    "100%, 7, 7",
    "0%, 10, 0",
    "50%, 0, 0",
    "100%, 0, 0",
    "33%, 100, 33",
  })
  void roundsAPercentageUp(String percent, int total, int expected) {
    assertThat(IntOrString.of(percent).scaledValue(total, true)).isEqualTo(expected);
  }

  @Test
  void roundsAPercentageDownWhenAskedTo() {
    assertThat(IntOrString.of("50%").scaledValue(3, false)).isEqualTo(1);
    assertThat(IntOrString.of("10%").scaledValue(5, false)).isZero();
  }

  @Test
  void usesAnIntAsItIsEvenAboveTheTotal() {
    assertThat(IntOrString.of(5).scaledValue(3, true)).isEqualTo(5);
    assertThat(IntOrString.of(2).scaledValue(0, true)).isEqualTo(2);
    assertThat(IntOrString.of(0).scaledValue(10, true)).isZero();
  }

  @Test
  void rejectsAStringThatIsNotAPercentageWithUpstreamsText() {
    assertThatThrownBy(() -> IntOrString.of("abc").scaledValue(10, true))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("invalid value for IntOrString: invalid type: string is not a percentage");
    assertThatThrownBy(() -> IntOrString.of("5").scaledValue(10, true))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("invalid value for IntOrString: invalid type: string is not a percentage");
  }

  @Test
  void rejectsAPercentageThatIsNotANumber() {
    assertThatThrownBy(() -> IntOrString.of("x%").scaledValue(10, true))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("invalid value for IntOrString: ");
  }

  @Test
  void rendersGoSyntaxForValidationMessages() {
    assertThat(IntOrString.of(1).goString())
        .isEqualTo("intstr.IntOrString{Type:0, IntVal:1, StrVal:\"\"}");
    assertThat(IntOrString.of("25%").goString())
        .isEqualTo("intstr.IntOrString{Type:1, IntVal:0, StrVal:\"25%\"}");
  }

  @Test
  void printsAsWritten() {
    assertThat(IntOrString.of(3)).hasToString("3");
    assertThat(IntOrString.of("25%")).hasToString("25%");
  }

  @Test
  void holdsExactlyOneKind() {
    assertThat(IntOrString.of(1).isInt()).isTrue();
    assertThat(IntOrString.of("10%").isPercent()).isTrue();
    assertThat(IntOrString.of("10").isPercent()).isFalse();
    assertThatThrownBy(() -> new IntOrString(1, "1")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new IntOrString(null, null))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
