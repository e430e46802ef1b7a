package dev.dslab.engine.kubelet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dslab.engine.Scenario;
import dev.dslab.engine.api.ApiException;
import dev.dslab.model.core.Container;
import dev.dslab.model.core.Pod;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * Container logs: the lines the simulation writes per container instance on the virtual clock, read
 * as the API server and the kubelet serve them (LogLocation, validateContainerLogStatus, ReadLogs).
 */
class ContainerLogsScenarioTest {
  private static final Duration START = Duration.ofSeconds(2);

  private static Scenario withImage(ImageBehaviour behaviour) {
    Scenario s = new Scenario().node("n1");
    s.cluster.images().set("nginx:1.27", behaviour);
    return s.apply(Scenario.daemonSet("agent"));
  }

  private static ImageBehaviour printing(String... lines) {
    return new ImageBehaviour(START, Duration.ofSeconds(1), false, null, false, List.of(lines));
  }

  private static Pod pod(Scenario s) {
    return s.pods().get(0);
  }

  private static String read(Scenario s, LogOptions o) throws ApiException {
    return new String(
        PodLogs.read(s.cluster.logs(), pod(s), o, s.cluster.now()), StandardCharsets.UTF_8);
  }

  private static LogOptions timestamps() {
    return new LogOptions(null, false, null, true, null, null, false);
  }

  private static LogOptions previous() {
    return new LogOptions(null, true, null, false, null, null, false);
  }

  @Test
  void startedContainerLogsItsStartTheImageLinesAndReadinessAtTheVirtualInstant()
      throws ApiException {
    Scenario s = withImage(printing("listening on :8080", "serving")).advance("2");
    assertThat(read(s, timestamps()))
        .isEqualTo(
            "2025-01-01T00:00:02.000000000Z dslab: container agent started (image nginx:1.27,"
                + " restart 0)\n"
                + "2025-01-01T00:00:02.000000000Z listening on :8080\n"
                + "2025-01-01T00:00:02.000000000Z serving\n"
                + "2025-01-01T00:00:02.000000000Z dslab: container agent is ready\n");
  }

  /** validateContainerLogStatus: a waiting container without a past instance has no log yet. */
  @Test
  void containerStillBeingCreatedIsWaitingToStart() {
    Scenario s = withImage(printing()).advance("1");
    String pod = pod(s).metadata().name();
    assertThatThrownBy(() -> read(s, LogOptions.ALL))
        .isInstanceOf(ApiException.class)
        .hasMessage(
            "container \"agent\" in pod \"" + pod + "\" is waiting to start: ContainerCreating");
  }

  @Test
  void imageThatCannotBePulledAnswersWithTheKubeletsPullWording() {
    Scenario s =
        withImage(new ImageBehaviour(START, Duration.ofSeconds(1), false, null, true)).advance("2");
    String pod = pod(s).metadata().name();
    assertThatThrownBy(() -> read(s, LogOptions.ALL))
        .hasMessage(
            "container \"agent\" in pod \""
                + pod
                + "\" is waiting to start: image can't be pulled");
    s.advance("1");
    assertThatThrownBy(() -> read(s, LogOptions.ALL))
        .hasMessage(
            "container \"agent\" in pod \""
                + pod
                + "\" is waiting to start: trying and failing to pull image");
    assertThat(((ApiException) catchApi(() -> read(s, LogOptions.ALL))).reason())
        .isEqualTo(ApiException.Reason.BadRequest);
  }

  /**
   * A crash loop: the crashed instance's log ends with the exit; while the container waits in
   * CrashLoopBackOff the current log is that instance's (validateContainerLogStatus's lastState
   * case), and once restarted, --previous reads it.
   */
  @Test
  void crashLoopKeepsTheLastTerminatedInstanceForPrevious() throws ApiException {
    Scenario s =
        withImage(
            new ImageBehaviour(
                START, Duration.ofSeconds(1), false, Duration.ofSeconds(30), false, List.of("up")));
    String pod = s.advance("2").pods().get(0).metadata().name();
    assertThatThrownBy(() -> read(s, previous()))
        .hasMessage("previous terminated container \"agent\" in pod \"" + pod + "\" not found");
    s.advance("30");
    String crashed =
        "dslab: container agent started (image nginx:1.27, restart 0)\n"
            + "up\n"
            + "dslab: container agent is ready\n"
            + "dslab: container agent exited with code 1 (Error) after 30s"
            + " (sim image --fail-after)\n";
    assertThat(read(s, LogOptions.ALL)).isEqualTo(crashed);
    assertThat(read(s, previous())).isEqualTo(crashed);
    s.advance("10"); // the kubelet's first back-off: 10 s
    assertThat(read(s, LogOptions.ALL))
        .isEqualTo(
            "dslab: container agent started (image nginx:1.27, restart 1)\n"
                + "up\n"
                + "dslab: container agent is ready\n");
    assertThat(read(s, previous())).isEqualTo(crashed);
  }

  @Test
  void onlyTheCurrentAndThePreviousInstanceAreKept() throws ApiException {
    Scenario s =
        withImage(
            new ImageBehaviour(
                START, Duration.ofSeconds(1), false, Duration.ofSeconds(1), false, List.of()));
    s.advance("600");
    Pod pod = pod(s);
    int restarts = pod.status().containerStatuses().get(0).restartCount();
    assertThat(restarts).isGreaterThan(3);
    ContainerLogs.Key key = new ContainerLogs.Key(pod.metadata().uid(), "agent");
    assertThat(s.cluster.logs().lines(key, 0)).isEmpty();
    assertThat(read(s, previous())).contains("restart " + (restarts - 1) + ")");
  }

  /** ReadLogs: the last tailLines, then those since sinceSeconds, cut at limitBytes. */
  @Test
  void tailSinceAndLimitBytesSelectLikeTheKubeletsReader() throws ApiException {
    Scenario s =
        withImage(
                new ImageBehaviour(
                    START, Duration.ofSeconds(1), false, Duration.ofSeconds(60), false, List.of()))
            .advance("70");
    LogOptions tail2 = new LogOptions(null, true, 2L, false, null, null, false);
    assertThat(read(s, tail2))
        .isEqualTo(
            "dslab: container agent is ready\n"
                + "dslab: container agent exited with code 1 (Error) after 1m0s"
                + " (sim image --fail-after)\n");
    LogOptions since = new LogOptions(null, true, null, false, 30L, null, false);
    assertThat(read(s, since)).startsWith("dslab: container agent exited").hasLineCount(1);
    LogOptions limit = new LogOptions(null, true, null, false, null, 5L, false);
    assertThat(read(s, limit)).isEqualTo("dslab");
    LogOptions tail0 = new LogOptions(null, true, 0L, false, null, null, false);
    assertThat(read(s, tail0)).isEmpty();
  }

  @Test
  void negativeTailIsRefusedAsThePodLogOptionsValidationRefusesIt() {
    Scenario s = withImage(printing()).advance("2");
    String pod = pod(s).metadata().name();
    LogOptions bad = new LogOptions(null, false, -1L, false, null, null, false);
    assertThatThrownBy(() -> read(s, bad))
        .hasMessage(
            "PodLogOptions \""
                + pod
                + "\" is invalid: tailLines: Invalid value: -1: must be greater than or equal to 0");
  }

  /** LogLocation: several containers and none named is a BadRequest listing them. */
  @Test
  void podWithSeveralContainersNeedsTheContainersName() throws ApiException {
    Scenario s = new Scenario().node("n1");
    s.apply(
        Scenario.withPodSpec(
            Scenario.daemonSet("agent"),
            p ->
                p.withContainers(
                    List.of(
                        Container.of("app", "nginx:1.27"), Container.of("sidecar", "busybox")))));
    s.advance("2");
    String pod = pod(s).metadata().name();
    assertThatThrownBy(() -> read(s, LogOptions.ALL))
        .hasMessage(
            "a container name must be specified for pod " + pod + ", choose one of: [app sidecar]");
    assertThatThrownBy(() -> read(s, LogOptions.ALL.withContainer("nope")))
        .hasMessage("container nope is not valid for pod " + pod);
    assertThat(read(s, LogOptions.ALL.withContainer("sidecar")))
        .startsWith("dslab: container sidecar started (image busybox, restart 0)\n");
  }

  /**
   * A deleted pod: the SIGTERM line ends the instance (a follower is done) and the log goes with
   * the pod.
   */
  @Test
  void deletionWritesTheTerminationEndsFollowersAndRemovesTheLog() {
    Scenario s = withImage(printing()).advance("2");
    List<String> seen = new ArrayList<>();
    s.cluster
        .logs()
        .follow(
            new ContainerLogs.Listener() {
              @Override
              public void written(ContainerLogs.Key key, int instance, LogLine line) {
                seen.add(line.render(true));
              }

              @Override
              public void ended(ContainerLogs.Key key, int instance) {
                seen.add("ended " + key.container() + " " + instance);
              }
            });
    assertThat(s.cluster.logs().containers()).isEqualTo(1);
    s.deletePod(pod(s).metadata().name()).advance("1");
    assertThat(seen)
        .startsWith(
            "2025-01-01T00:00:03.000000000Z dslab: container agent received SIGTERM (pod"
                + " deleted) and exited\n",
            "ended agent 0");
    // the DaemonSet's replacement pod has a log of its own; the deleted one's is gone
    assertThat(s.pods()).noneMatch(p -> p.metadata().isDeleting());
    s.advance("2");
    assertThat(s.cluster.logs().containers()).isEqualTo(1);
  }

  @Test
  void eachInstanceKeepsItsLastThousandLines() throws ApiException {
    String[] lines = IntStream.range(0, 1_200).mapToObj(i -> "line " + i).toArray(String[]::new);
    Scenario s = withImage(printing(lines)).advance("2");
    List<String> kept = read(s, LogOptions.ALL).lines().toList();
    assertThat(kept).hasSize(ContainerLogs.MAX_LINES_PER_INSTANCE);
    assertThat(kept.get(0)).isEqualTo("line 201");
    assertThat(kept.get(kept.size() - 1)).isEqualTo("dslab: container agent is ready");
  }

  @Test
  void sameInputAndSeedGiveTheSameBytes() throws ApiException {
    ImageBehaviour crashing =
        new ImageBehaviour(
            START, Duration.ofSeconds(1), false, Duration.ofSeconds(7), false, List.of("hi"));
    Scenario a = withImage(crashing).advance("95");
    Scenario b = withImage(crashing).advance("95");
    assertThat(read(a, timestamps())).isEqualTo(read(b, timestamps())).isNotEmpty();
  }

  private static Throwable catchApi(org.assertj.core.api.ThrowableAssert.ThrowingCallable c) {
    return org.assertj.core.api.Assertions.catchThrowable(c);
  }
}
