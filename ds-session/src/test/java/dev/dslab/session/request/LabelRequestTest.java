package dev.dslab.session.request;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dslab.session.CommandException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** label and annotate read as kubectl reads them (label.go, annotate.go, cmdutil.ParsePairs). */
class LabelRequestTest {

  @Test
  void aWordStartingWithEqualsIsNoPairButAnObject() {
    // GetResourcesAndPairs takes "=x" for a resource, so no update is left
    assertThatThrownBy(
            () ->
                RequestParser.label(
                    true, List.of("cm", "x", "=x"), null, false, false, null, false, null, null))
        .isInstanceOf(CommandException.class)
        .hasMessage("error: at least one annotation update is required");
  }

  @Test
  void theWordsOfASelectionDryRunReadBackToTheSameRequest() throws CommandException {
    Request.Label label =
        RequestParser.label(
            false,
            List.of("cm", "tier=db", "old-"),
            "logging",
            false,
            true,
            "app=web",
            false,
            null,
            "server");
    assertThat(label.words())
        .containsExactly(
            "label",
            "configmaps",
            "tier=db",
            "old-",
            "--overwrite",
            "-l",
            "app=web",
            "--dry-run=server",
            "--namespace",
            "logging");
    assertThat(RequestParser.parse(label.words())).contains(label);
    assertThat(label.set()).isEqualTo(Map.of("tier", "db"));
  }

  @Test
  void allAndASelectorTogetherAreRefused() {
    assertThatThrownBy(
            () ->
                RequestParser.label(
                    false, List.of("cm", "a=b"), null, false, false, "x=y", true, null, null))
        .hasMessage("error: cannot set --all and --selector at the same time");
  }

  @Test
  void aResourceVersionNeedsASingleObject() {
    assertThatThrownBy(
            () ->
                RequestParser.label(
                    false,
                    List.of("cm", "a", "b", "k=v"),
                    null,
                    false,
                    false,
                    null,
                    false,
                    "7",
                    null))
        .hasMessage("error: --resource-version may only be used with a single resource");
  }
}
