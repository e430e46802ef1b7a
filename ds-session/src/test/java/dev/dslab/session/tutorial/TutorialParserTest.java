package dev.dslab.session.tutorial;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class TutorialParserTest {
  private static TutorialDocument parse(String text) {
    return TutorialParser.parse(text);
  }

  @Test
  void promptsInAFenceAreCommandsAndTheLinesUpToTheNextPromptTheirOutput() {
    TutorialDocument d =
        parse(
            """
            ```console
            $ kubectl get ds
            NAME  DESIRED
            agent 2

            user@host:~# kubectl get nodes
            PS> dsctl sim now
            2025-01-01T00:00:00Z
            ```
            """);
    List<Step.Command> c = d.commands();
    assertThat(c)
        .extracting(Step.Command::text)
        .containsExactly("kubectl get ds", "kubectl get nodes", "dsctl sim now");
    assertThat(c.get(0).line()).isEqualTo(2);
    assertThat(c.get(0).printed().lines()).containsExactly("NAME  DESIRED", "agent 2");
    assertThat(c.get(0).printed().firstLine()).isEqualTo(3);
    assertThat(c.get(0).printed().lastLine()).isEqualTo(4);
    assertThat(c.get(1).printed()).isNull();
    assertThat(c.get(2).words()).containsExactly("sim", "now");
    assertThat(d.problems()).isEmpty();
  }

  @Test
  void aHashHeadingOutsideABlockIsProseButAHashPromptInsideOneIsACommand() {
    TutorialDocument d =
        parse(
            """
            # kubectl get pods

            ```yaml
            # kubectl get ds -o wide
            NAME  DESIRED
            # a comment, not a command
            ```
            """);
    assertThat(d.commands()).extracting(Step.Command::line).containsExactly(4);
    assertThat(d.commands().get(0).printed().lines())
        .containsExactly("NAME  DESIRED", "# a comment, not a command");
  }

  @Test
  void aCommandStandingAloneTakesTheBlockDirectlyAfterItAsItsOutput() {
    TutorialDocument d =
        parse(
            """
            > kubectl get ds

                NAME    DESIRED
                greet   1

            > kubectl get pods

            Some prose first.

                NAME
            """);
    assertThat(d.commands().get(0).printed().lines())
        .containsExactly("NAME    DESIRED", "greet   1");
    assertThat(d.commands().get(0).printed().prefix()).isEqualTo("    ");
    assertThat(d.commands().get(1).printed()).isNull();
  }

  @Test
  void pipesIntoFiltersAreSplitFromTheKubectlWords() {
    Step.Command c =
        parse("```\n$ kubectl get pods -A | grep -E 'a|b' | wc -l\n```\n").commands().get(0);
    assertThat(c.words()).containsExactly("get", "pods", "-A");
    assertThat(c.filters()).containsExactly(List.of("grep", "-E", "a|b"), List.of("wc", "-l"));
  }

  @Test
  void aYamlFileBlockIsWrittenAndOtherYamlBlocksStandForFilesNoBlockWrote() {
    TutorialDocument d =
        parse(
            """
            ```yaml file=a.yaml
            kind: A
            ```
            ```yaml
            # b.yaml
            kind: B
            ```
            ```
            apiVersion: v1
            kind: C
            ```

                $ kubectl apply -f b.yaml -f c.yaml
            """);
    assertThat(d.steps().get(0)).isEqualTo(new Step.WriteFile(1, "a.yaml", "kind: A\n"));
    Step.Command c = d.commands().get(0);
    assertThat(c.implicitFile("b.yaml").line()).isEqualTo(4);
    assertThat(c.implicitFile("c.yaml").line()).isEqualTo(8);
  }

  @Test
  void markersSetTheClusterAdvanceTheClockAndAskForFigures() {
    TutorialDocument d =
        parse(
            """
            <!-- dslab: preset=kind seed=7 -->
            <!-- dslab: advance 40s -->
            <!-- dslab: figure x.png ds=agent group-by=zone width=800 table events -->
            <!-- dslab: animation roll.gif for 2m every 5s -->
                $ kubectl get ds
            """);
    assertThat(d.preset()).isEqualTo("kind");
    assertThat(d.seed()).isEqualTo(7L);
    assertThat(d.steps().get(0)).isEqualTo(new Step.Advance(2, Duration.ofSeconds(40)));
    assertThat(((Step.Figure) d.steps().get(1)).options())
        .containsEntry("ds", "agent")
        .containsEntry("width", "800")
        .containsKey("table");
    assertThat(d.steps().get(2))
        .isEqualTo(new Step.Animation(4, "roll.gif", Duration.ofMinutes(2), Duration.ofSeconds(5)));
    assertThat(d.problems()).isEmpty();
  }

  @Test
  void aBadMarkerOptionIsAProblemNamingItsLineAndTheRestIsStillRead() {
    TutorialDocument d =
        parse(
            """
            text
            <!-- dslab: figure x.png colour=red -->
            <!-- dslab: advance soon -->
            <!-- dslab: preset=minikube -->
            <!-- dslab: animation a.gif for 10h every 1ms -->
                $ kubectl get ds
            """);
    assertThat(d.problems()).extracting(TutorialDocument.Problem::line).containsExactly(2, 3, 4, 5);
    assertThat(d.problems().get(0).message()).contains("unknown figure option \"colour=red\"");
    assertThat(d.problems().get(2).message()).contains("unknown preset \"minikube\"");
    assertThat(d.problems().get(3).message()).contains("at most 2000 frames");
    assertThat(d.commands()).hasSize(1);
  }

  @Test
  void aFileWithNoCommandIsAProblem() {
    assertThat(parse("# Title\n\nprose only\n").problems())
        .extracting(TutorialDocument.Problem::message)
        .anyMatch(m -> m.startsWith("no kubectl or dsctl command found"));
  }

  @Test
  void withOutputsAfterProseTheNextBlockPastAParagraphIsTheOutputButNotPastAHeading() {
    String text =
        """
        ```
        kubectl get ds
        ```

        As we can see, it was created.

        ```
        NAME  DESIRED
        ```

        ```
        kubectl get pods
        ```

        ## Next

        ```
        NAME
        ```
        """;
    assertThat(parse(text).commands().get(0).printed()).isNull();
    TutorialDocument loose = TutorialParser.parse(text, "outputs=after-prose");
    assertThat(loose.commands().get(0).printed().lines()).containsExactly("NAME  DESIRED");
    assertThat(loose.commands().get(1).printed()).isNull();
  }

  @Test
  void aSidecarSetsTheSetupAndTheTutorialsOwnMarkerWins() {
    TutorialDocument d =
        TutorialParser.parse("<!-- dslab: seed=9 -->\n    $ kubectl get ds\n", "preset=gke seed=2");
    assertThat(d.preset()).isEqualTo("gke");
    assertThat(d.seed()).isEqualTo(9L);
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () -> TutorialParser.parse("x", "preset=gke colour=red"))
        .hasMessageContaining("unknown \"colour=red\"");
  }
}
