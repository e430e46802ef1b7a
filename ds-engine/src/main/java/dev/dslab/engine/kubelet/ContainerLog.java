package dev.dslab.engine.kubelet;

import dev.dslab.model.core.Container;
import dev.dslab.model.core.ContainerState;
import dev.dslab.model.core.ContainerStatus;
import dev.dslab.model.core.Pod;
import java.time.Duration;
import java.time.Instant;

/**
 * The lines a simulated container writes to its log. A real container's log holds only what its
 * process prints; the simulation runs no process, so each instance says what happened to it, in
 * lines marked {@code dslab:} so that nobody takes them for an application's: that it started
 * (image, restart count), the lines its image is told to print ({@code sim image --log}), whether
 * it became ready, and how it ended (the crash of {@code --fail-after}, the SIGTERM of a deletion).
 *
 * <p>A container that never started (an image that cannot be pulled, a missing ConfigMap or Secret)
 * has no log: the log endpoint's answer names the reason, as the kubelet's does.
 */
final class ContainerLog {
  static final String MARK = "dslab: ";

  private ContainerLog() {}

  private static ContainerLogs.Key key(Pod pod, String container) {
    return new ContainerLogs.Key(pod.metadata().uid(), container);
  }

  /** One of the simulation's own lines about a container: {@code dslab: container NAME WHAT}. */
  private static void say(
      ContainerLogs logs, ContainerLogs.Key key, int instance, Instant now, String what) {
    logs.write(key, instance, now, MARK + "container " + key.container() + " " + what);
  }

  /** A new instance: its start, the image's own lines, then whether it is ready. */
  static void started(
      ContainerLogs logs, Pod pod, Container c, int instance, ImageBehaviour b, Instant now) {
    ContainerLogs.Key key = key(pod, c.name());
    say(logs, key, instance, now, "started (image " + c.image() + ", restart " + instance + ")");
    for (String line : b.log()) {
      logs.write(key, instance, now, line);
    }
    say(
        logs,
        key,
        instance,
        now,
        b.neverReady() ? "runs but never becomes ready (sim image)" : "is ready");
  }

  /** The instance exited with an error (sim image --fail-after); a follower of it is done. */
  static void crashed(
      ContainerLogs logs, Pod pod, String container, int instance, Instant startedAt, Instant now) {
    ContainerLogs.Key key = key(pod, container);
    String ran = seconds(Duration.between(startedAt, now));
    say(
        logs,
        key,
        instance,
        now,
        "exited with code 1 (Error) after " + ran + " (sim image --fail-after)");
    logs.end(key, instance);
  }

  /** The pod was deleted: every running container is sent SIGTERM and exits. */
  static void stopped(ContainerLogs logs, Pod pod, Instant now) {
    for (ContainerStatus cs : pod.status().containerStatuses()) {
      if (cs.state() instanceof ContainerState.Running) {
        ContainerLogs.Key key = key(pod, cs.name());
        say(logs, key, cs.restartCount(), now, "received SIGTERM (pod deleted) and exited");
        logs.end(key, cs.restartCount());
      }
    }
  }

  /** A duration as Go prints one: 30s, 1m30s, 1.5s. */
  static String seconds(Duration d) {
    long s = d.getSeconds();
    String frac =
        d.getNano() == 0 ? "" : ("." + String.format("%09d", d.getNano())).replaceAll("0+$", "");
    if (s < 60) {
      return s + frac + "s";
    }
    long h = s / 3600;
    long m = (s % 3600) / 60;
    return (h > 0 ? h + "h" : "") + m + "m" + (s % 60) + frac + "s";
  }
}
