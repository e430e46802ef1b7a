package dev.dslab.session.tutorial;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class ShellFiltersTest {
  private static final String PODS =
      "NAME READY\nkube-proxy-abcde 1/1\ncalico-node-xyz12 2/2\nProxy-upper 1/1\n";

  private static String run(String pipeline) throws Exception {
    List<List<String>> p = ShellPipeline.split("x | " + pipeline);
    return ShellFilters.apply(p.subList(1, p.size()), PODS);
  }

  @Test
  void grepKeepsMatchingLinesWithGnuOptions() throws Exception {
    assertThat(run("grep proxy")).isEqualTo("kube-proxy-abcde 1/1\n");
    assertThat(run("grep -i proxy")).isEqualTo("kube-proxy-abcde 1/1\nProxy-upper 1/1\n");
    assertThat(run("grep -v proxy"))
        .isEqualTo("NAME READY\ncalico-node-xyz12 2/2\nProxy-upper 1/1\n");
    assertThat(run("grep -E 'calico|NAME'")).isEqualTo("NAME READY\ncalico-node-xyz12 2/2\n");
    assertThat(run("grep 'calico|NAME'")).isEmpty();
    assertThat(run("grep -w kube")).isEqualTo("kube-proxy-abcde 1/1\n");
    assertThat(run("grep -w pro")).isEmpty();
    assertThat(run("grep -ic proxy")).isEqualTo("2\n");
  }

  @Test
  void headTailAndWcCountLinesAsGnuCoreutilsDo() throws Exception {
    assertThat(run("head -n 1")).isEqualTo("NAME READY\n");
    assertThat(run("head -2")).isEqualTo("NAME READY\nkube-proxy-abcde 1/1\n");
    assertThat(run("tail -n 1")).isEqualTo("Proxy-upper 1/1\n");
    assertThat(run("tail -n +3")).isEqualTo("calico-node-xyz12 2/2\nProxy-upper 1/1\n");
    assertThat(run("tail -1")).isEqualTo("Proxy-upper 1/1\n");
    assertThat(run("wc -l")).isEqualTo("4\n");
    assertThat(run("tail -n +2 | wc -l")).isEqualTo("3\n");
    assertThat(run("wc")).isEqualTo("      4       8      70\n");
  }

  @Test
  void anotherProgramOrABadOptionIsAnErrorInTheProgramsWords() {
    assertThatThrownBy(() -> run("awk '{print $1}'"))
        .hasMessage("awk: not run in a tutorial pipeline (grep, head, tail and wc are)");
    assertThatThrownBy(() -> run("grep -z x")).hasMessage("grep: invalid option -- 'z'");
    assertThatThrownBy(() -> run("head -n x")).hasMessage("head: invalid number of lines: 'x'");
  }
}
