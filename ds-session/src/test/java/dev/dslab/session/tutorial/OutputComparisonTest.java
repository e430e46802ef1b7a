package dev.dslab.session.tutorial;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class OutputComparisonTest {
  @Test
  void volatileValuesAreMasked() {
    assertThat(OutputComparison.masked("greet-c4v52 1/1 Running 0 2d3h 10.244.1.5 <unknown>"))
        .isEqualTo("greet-<id> 1/1 Running 0 <age> <ip> <age>");
    assertThat(OutputComparison.masked("web-7d4b9c8f6d-x2x9z 80:30566/TCP (x2 over 5m)"))
        .isEqualTo("web-<hash>-<id> 80:<port>/TCP (x2 over <age>)");
    assertThat(OutputComparison.masked("UID: 0b9f4c52-3a8e-4b7e-9a3d-1f2e3d4c5b6a"))
        .isEqualTo("UID: <uid>");
    assertThat(
            OutputComparison.masked(
                "Start Time: Mon, 02 Jan 2006 15:04:05 -0700 at 2025-01-01T00:00:00Z"))
        .isEqualTo("Start Time: <time> at <time>");
    assertThat(
            OutputComparison.masked(
                "controller-revision-hash=6b9b7c8d5 docker-desktop v1.30.2 9100/TCP"))
        .isEqualTo("controller-revision-hash=<hash> docker-desktop v1.30.2 9100/TCP");
  }

  @Test
  void columnsAlignedToOtherWidthsStillMatch() {
    assertThat(
            OutputComparison.compare(
                List.of("NAME          AGE", "greet-c4v52   14s"),
                10,
                "NAME          AGE\ngreet-x7k2p   3m20s\n"))
        .isEmpty();
  }

  @Test
  void rowsInAnotherOrderBecauseOfGeneratedNamesMatch() {
    assertThat(
            OutputComparison.compare(
                List.of("kube-proxy-bnzr6 kube-master", "kube-proxy-hcs4t kube-worker2"),
                1,
                "kube-proxy-zz9x8 kube-worker2\nkube-proxy-q2w4r kube-master\n"))
        .isEmpty();
  }

  @Test
  void aChangedNumberIsReportedWithItsLineAndOnlyTheDifferingTokens() {
    assertThat(
            OutputComparison.compare(
                List.of("NAME DESIRED", "greet   2   <none>"),
                20,
                "NAME DESIRED\ngreet   3   <none>\n"))
        .containsExactly(new OutputComparison.Difference(21, "2", "3"));
  }

  @Test
  void aMissingOrExtraLineIsReportedAsSuch() {
    assertThat(OutputComparison.compare(List.of("a 1", "b 2"), 5, "a 1\n"))
        .containsExactly(new OutputComparison.Difference(6, "b 2", ""));
    assertThat(OutputComparison.compare(List.of("a 1"), 5, "a 1\nkubernetes ClusterIP\n"))
        .containsExactly(new OutputComparison.Difference(5, "", "kubernetes ClusterIP"));
  }
}
