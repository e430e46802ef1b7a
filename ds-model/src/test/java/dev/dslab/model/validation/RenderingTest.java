package dev.dslab.model.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** field.Error.Error() and kubectl's rendering of an Invalid status. */
class RenderingTest {
  @Test
  void rendersRequiredAndForbiddenWithoutAValue() {
    assertThat(FieldError.required("spec.template", null).render())
        .isEqualTo("spec.template: Required value");
    assertThat(FieldError.forbidden("spec.x", "not allowed").render())
        .isEqualTo("spec.x: Forbidden: not allowed");
  }

  @Test
  void rendersNotSupportedWithQuotedSupportedValues() {
    assertThat(FieldError.notSupported("spec.p", "\"X\"", "A", "B").render())
        .isEqualTo("spec.p: Unsupported value: \"X\": supported values: \"A\", \"B\"");
  }

  @Test
  void rendersOneCauseOnTheHeaderLine() {
    Invalid invalid =
        new Invalid("DaemonSet", "x", List.of(FieldError.required("spec.template", null)));

    assertThat(invalid.message())
        .isEqualTo("The DaemonSet \"x\" is invalid: spec.template: Required value");
  }

  @Test
  void rendersSeveralCausesAsStarredLines() {
    Invalid invalid =
        new Invalid(
            "DaemonSet",
            "x",
            List.of(FieldError.required("a", null), FieldError.invalid("b", "1", "bad")));

    assertThat(invalid.message())
        .isEqualTo(
            "The DaemonSet \"x\" is invalid: \n* a: Required value\n* b: Invalid value: 1: bad");
  }

  @Test
  void rendersGoValues() {
    assertThat(GoValues.quote("a\"b\\c\n")).isEqualTo("\"a\\\"b\\\\c\\n\"");
    assertThat(GoValues.stringMap(Map.of("b", "2", "a", "1")))
        .isEqualTo("map[string]string{\"a\":\"1\", \"b\":\"2\"}");
    assertThat(GoValues.stringMap(Map.of())).isEqualTo("map[string]string(nil)");
  }
}
