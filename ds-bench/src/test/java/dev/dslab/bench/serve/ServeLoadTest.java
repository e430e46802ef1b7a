package dev.dslab.bench.serve;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A short run of the load bench: 50 watchers, writes at 200 a second; every watcher sees every
 * write, in order. Bounded (it stops by itself); the figures of the one-minute run are in the
 * README.
 */
class ServeLoadTest {
  @Test
  void fiftyWatchersSeeEveryOneOfTwoHundredWritesASecondInOrder() throws Exception {
    LoadBench.Report report = LoadBench.run(50, 200, 3);
    assertThat(report.problems()).isEmpty();
    assertThat(report.eventsDelivered()).isEqualTo(report.eventsExpected()).isEqualTo(50L * 600);
  }

  @Test
  void theTlsComparisonAnswersEveryRequestInBothModes() throws Exception {
    TlsOverheadBench.Report report = TlsOverheadBench.run(1, 20);
    assertThat(report.problems()).isEmpty();
    assertThat(report.nanos()).containsOnlyKeys("http", "https");
    report
        .nanos()
        .values()
        .forEach(
            kinds -> {
              assertThat(kinds.get("get")).hasSize(20);
              assertThat(kinds.get("create")).hasSize(20);
              assertThat(kinds.get("connect")).hasSize(2);
            });
  }
}
