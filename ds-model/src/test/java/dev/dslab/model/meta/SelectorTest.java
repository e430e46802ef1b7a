package dev.dslab.model.meta;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The kubectl {@code -l} grammar. */
class SelectorTest {
  private static final Map<String, String> WEB = Map.of("app", "web", "tier", "front");
  private static final Map<String, String> DB = Map.of("app", "db");
  private static final String LABEL_VALUE_MSG =
      "a valid label must be an empty string or consist of alphanumeric"
          + " characters, '-', '_' or '.', and must start and end with an alphanumeric character (e.g. 'MyValue',  or"
          + " 'my_value',  or '12345', regex used for validation is '(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?')";

  private static Selector parse(String text) {
    try {
      return Selector.parse(text);
    } catch (SelectorParseException e) {
      throw new AssertionError("did not parse: " + text, e);
    }
  }

  private static Selector.Requirement only(String text) {
    List<Selector.Requirement> requirements = parse(text).requirements();
    assertThat(requirements).hasSize(1);
    return requirements.get(0);
  }

  @Test
  void parsesEquality() {
    assertThat(only("app=web")).isEqualTo(new Selector.Requirement("app", "=", List.of("web")));
    assertThat(parse("app=web").matches(WEB)).isTrue();
    assertThat(parse("app=web").matches(DB)).isFalse();
  }

  @Test
  void parsesDoubleEqualsAsEquality() {
    assertThat(only("app==web")).isEqualTo(new Selector.Requirement("app", "=", List.of("web")));
    assertThat(parse("app==web").matches(WEB)).isTrue();
  }

  @Test
  void parsesInequalityWhichAlsoMatchesAMissingLabel() {
    assertThat(only("app!=web")).isEqualTo(new Selector.Requirement("app", "!=", List.of("web")));
    assertThat(parse("app!=web").matches(DB)).isTrue();
    assertThat(parse("app!=web").matches(WEB)).isFalse();
    assertThat(parse("zone!=a").matches(WEB)).isTrue();
  }

  @Test
  void parsesIn() {
    assertThat(only("app in (web,db)"))
        .isEqualTo(new Selector.Requirement("app", "in", List.of("web", "db")));
    assertThat(parse("app in (web, db)").matches(DB)).isTrue();
    assertThat(parse("app in (cache)").matches(WEB)).isFalse();
    assertThat(parse("zone in (a)").matches(WEB)).isFalse();
  }

  @Test
  void parsesNotIn() {
    assertThat(only("app notin (db)"))
        .isEqualTo(new Selector.Requirement("app", "notin", List.of("db")));
    assertThat(parse("app notin (db)").matches(WEB)).isTrue();
    assertThat(parse("app notin (db)").matches(DB)).isFalse();
    assertThat(parse("zone notin (a)").matches(WEB)).isTrue();
  }

  @Test
  void parsesExistence() {
    assertThat(only("tier")).isEqualTo(new Selector.Requirement("tier", "exists", List.of()));
    assertThat(parse("tier").matches(WEB)).isTrue();
    assertThat(parse("tier").matches(DB)).isFalse();
  }

  @Test
  void parsesNonExistence() {
    assertThat(only("!tier")).isEqualTo(new Selector.Requirement("tier", "!", List.of()));
    assertThat(parse("!tier").matches(DB)).isTrue();
    assertThat(parse("!tier").matches(WEB)).isFalse();
  }

  @Test
  void andsCommaSeparatedRequirements() {
    Selector s = parse("app in (web,db), tier, !zone,app!=cache");

    assertThat(s.requirements())
        .extracting(Selector.Requirement::operator)
        .containsExactly("in", "exists", "!", "!=");
    assertThat(s.matches(WEB)).isTrue();
    assertThat(s.matches(DB)).isFalse();
    assertThat(s.matches(Map.of("app", "web", "tier", "x", "zone", "a"))).isFalse();
  }

  @Test
  void parsesQualifiedKeys() {
    assertThat(only("app.kubernetes.io/name=web").key()).isEqualTo("app.kubernetes.io/name");
  }

  @Test
  void parsesAnEmptyValue() {
    assertThat(only("app=")).isEqualTo(new Selector.Requirement("app", "=", List.of("")));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "   "})
  void parsesBlankAsEverything(String text) {
    assertThat(parse(text).requirements()).isEmpty();
    assertThat(parse(text).matches(Map.of())).isTrue();
  }

  @Test
  void rejectsAMissingRequirementBetweenCommas() {
    assertThatThrownBy(() -> Selector.parse("app=web,"))
        .isInstanceOf(SelectorParseException.class)
        .hasMessage("unable to parse requirement: found '', expected: identifier");
  }

  @Test
  void rejectsAnUnknownOperator() {
    assertThatThrownBy(() -> Selector.parse("app like web"))
        .isInstanceOf(SelectorParseException.class)
        .hasMessage(
            "unable to parse requirement: found 'like web', expected: in, notin, =, ==, !=, gt, lt");
  }

  @Test
  void rejectsASetWithoutParentheses() {
    assertThatThrownBy(() -> Selector.parse("app in web"))
        .isInstanceOf(SelectorParseException.class)
        .hasMessage("unable to parse requirement: found 'web', expected: '('");
  }

  @Test
  void rejectsAnInvalidKey() {
    assertThatThrownBy(() -> Selector.parse("-app=web"))
        .isInstanceOf(SelectorParseException.class)
        .hasMessage("unable to parse requirement: found '-app', expected: identifier");
  }

  @Test
  void rejectsAnInvalidEqualityValue() {
    assertThatThrownBy(() -> Selector.parse("app=web server"))
        .isInstanceOf(SelectorParseException.class)
        .hasMessage(
            "unable to parse requirement: values[0][app]: Invalid value: \"web server\": "
                + LABEL_VALUE_MSG);
  }

  @Test
  void rejectsAnInvalidValueInASet() {
    assertThatThrownBy(() -> Selector.parse("app in (web,a@b)"))
        .isInstanceOf(SelectorParseException.class)
        .hasMessage(
            "unable to parse requirement: values[1][app]: Invalid value: \"a@b\": "
                + LABEL_VALUE_MSG);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "!",
        "=",
        "==web",
        "!=web",
        ",",
        "app,",
        ",app",
        "app in",
        "app in (web",
        "in (web)",
        "app in (web))",
        "app notin",
        "(",
        ")",
        "app=(web)",
        "app=web=db",
        "!app=web",
        "a b c",
        "app!",
        "app in (x y)",
        "a/b/c",
        "/a",
        "app=web,,tier"
      })
  void rejectsBadInputWithAParseExceptionOnly(String text) {
    assertThatThrownBy(() -> Selector.parse(text))
        .isInstanceOf(SelectorParseException.class)
        .hasMessageStartingWith("unable to parse requirement: ");
  }

  @Test
  void neverThrowsAnythingButAParseExceptionOnArbitraryInput() {
    String alphabet = "ab=!(), in notx-./@";
    Random random = new Random(42);
    for (int i = 0; i < 20_000; i++) {
      StringBuilder b = new StringBuilder();
      int length = random.nextInt(16);
      for (int j = 0; j < length; j++) {
        b.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      String text = b.toString();
      Throwable thrown = catchThrowable(() -> Selector.parse(text));
      if (thrown != null) {
        assertThat(thrown).as("input <%s>", text).isInstanceOf(SelectorParseException.class);
        assertThat(thrown.getMessage())
            .as("input <%s>", text)
            .startsWith("unable to parse requirement: ");
      }
    }
  }
}
