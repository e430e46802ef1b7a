package dev.dslab.session.tutorial;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class TutorialRewriterTest {
  @Test
  void printedOutputsAreReplacedAndEverythingElseKeptByteForByte() {
    String text =
        "Intro\r\n\r\n> kubectl get ds\r\n\r\n    NAME\r\n    old 1\r\n\r\n```\r\n$ kubectl get"
            + " nodes\r\nx\r\n```\r\nEnd";
    TutorialDocument d = TutorialParser.parse(text);
    String out = TutorialRewriter.rewrite(d, Map.of(3, "NAME\nnew 2\n\nz\n", 9, "y\n"));
    assertThat(out)
        .isEqualTo(
            "Intro\r\n\r\n> kubectl get ds\r\n\r\n    NAME\r\n    new 2\r\n\r\n    z\r\n\r\n```\r\n$"
                + " kubectl get nodes\r\ny\r\n```\r\nEnd");
  }

  @Test
  void withNoOutputsTheDocumentIsUnchanged() {
    String text = "```\n$ kubectl get ds\nNAME\n```\n";
    assertThat(TutorialRewriter.rewrite(TutorialParser.parse(text), Map.of())).isEqualTo(text);
  }
}
