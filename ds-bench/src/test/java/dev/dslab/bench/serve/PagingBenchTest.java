package dev.dslab.bench.serve;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A small run of the paging bench: 50 nodes and 3 DaemonSets in pages of 7 — the pages, followed
 * through their continue tokens, hold every pod of the one list in its order. The figures of the
 * 50,000-pod run are in the README.
 */
class PagingBenchTest {
  @Test
  void pagesFollowedToTheEndHoldTheWholeListInOrder() throws Exception {
    PagingBench.Report report = PagingBench.run(50, 3, 7, 1);
    assertThat(report.problems()).isEmpty();
    assertThat(report.pods()).isEqualTo(150);
    PagingBench.Way paged = report.ways().get(1);
    assertThat(paged.requests()).isEqualTo((report.pods() + 6) / 7);
  }
}
