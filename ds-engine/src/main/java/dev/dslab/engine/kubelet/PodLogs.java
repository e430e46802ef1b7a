package dev.dslab.engine.kubelet;

import dev.dslab.engine.api.ApiException;
import dev.dslab.model.core.Container;
import dev.dslab.model.core.ContainerState;
import dev.dslab.model.core.ContainerStatus;
import dev.dslab.model.core.Pod;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Which log a request reads and what it sends, as pure functions: the API server's container choice
 * (pkg/registry/core/pod/strategy.go LogLocation), the validation of the options
 * (ValidatePodLogOptions), the kubelet's choice of the instance (pkg/kubelet/kubelet_pods.go
 * validateContainerLogStatus) and the log reader's tail, since and byte limit
 * (pkg/kubelet/kuberuntime/logs/logs.go ReadLogs).
 */
public final class PodLogs {
  private PodLogs() {}

  /**
   * The log a request reads: a container's instance.
   *
   * @param live whether that instance is still running (a follower waits for more)
   */
  public record Source(ContainerLogs.Key key, int instance, boolean live) {}

  /**
   * The container a request names, or the pod's only one (LogLocation).
   *
   * @throws ApiException BadRequest when the pod has several and none is named, or the name is not
   *     one of them
   */
  public static String container(Pod pod, String requested) throws ApiException {
    List<String> names = names(pod.spec().containers());
    List<String> init = names(pod.spec().initContainers());
    String name = pod.metadata().name();
    if (requested == null || requested.isEmpty()) {
      if (names.size() == 1) {
        return names.get(0);
      }
      throw new ApiException(
          ApiException.Reason.BadRequest,
          names.isEmpty()
              ? "a container name must be specified for pod " + name
              : "a container name must be specified for pod "
                  + name
                  + ", choose one of: ["
                  + String.join(" ", names)
                  + "]"
                  + (init.isEmpty()
                      ? ""
                      : " or one of the init containers: [" + String.join(" ", init) + "]"));
    }
    if (!names.contains(requested) && !init.contains(requested)) {
      throw new ApiException(
          ApiException.Reason.BadRequest,
          "container " + requested + " is not valid for pod " + name);
    }
    return requested;
  }

  private static List<String> names(List<Container> containers) {
    return containers.stream().map(Container::name).toList();
  }

  /**
   * ValidatePodLogOptions: a negative tail, a byte limit or a since of less than one is refused as
   * the API server refuses it (422, PodLogOptions is invalid).
   */
  public static void validate(String podName, LogOptions o) throws ApiException {
    String field = null;
    Long value = null;
    String rule = null;
    if (o.tailLines() != null && o.tailLines() < 0) {
      field = "tailLines";
      value = o.tailLines();
      rule = "must be greater than or equal to 0";
    } else if (o.limitBytes() != null && o.limitBytes() < 1) {
      field = "limitBytes";
      value = o.limitBytes();
      rule = "must be greater than 0";
    } else if (o.sinceSeconds() != null && o.sinceSeconds() < 1) {
      field = "sinceSeconds";
      value = o.sinceSeconds();
      rule = "must be greater than 0";
    }
    if (o.sinceSeconds() != null && o.sinceTime() != null) {
      throw new ApiException(
          ApiException.Reason.Invalid,
          "PodLogOptions \""
              + podName
              + "\" is invalid: sinceSeconds: Forbidden: at most one of `sinceTime` or"
              + " `sinceSeconds` may be specified");
    }
    if (field != null) {
      throw new ApiException(
          ApiException.Reason.Invalid,
          "PodLogOptions \""
              + podName
              + "\" is invalid: "
              + field
              + ": Invalid value: "
              + value
              + ": "
              + rule);
    }
  }

  /**
   * The instance a request reads (validateContainerLogStatus), or empty for a pod no node runs yet
   * (the API server then answers with an empty log).
   *
   * @throws ApiException BadRequest with the kubelet's words when there is no such log: no previous
   *     terminated container, or a container waiting to start (and why)
   */
  public static Optional<Source> source(Pod pod, String container, boolean previous)
      throws ApiException {
    if (pod.spec().nodeName() == null) {
      return Optional.empty();
    }
    String podName = pod.metadata().name();
    ContainerLogs.Key key = new ContainerLogs.Key(pod.metadata().uid(), container);
    ContainerStatus status =
        pod.status().containerStatuses().stream()
            .filter(cs -> cs.name().equals(container))
            .findFirst()
            .orElseThrow(
                () ->
                    kubelet(
                        "container \""
                            + container
                            + "\" in pod \""
                            + podName
                            + "\" is not available"));
    boolean lastTerminated = status.lastState() instanceof ContainerState.Terminated;
    if (previous) {
      if (!lastTerminated) {
        throw kubelet(
            "previous terminated container \""
                + container
                + "\" in pod \""
                + podName
                + "\" not found");
      }
      return Optional.of(new Source(key, status.restartCount() - 1, false));
    }
    if (status.state() instanceof ContainerState.Running) {
      return Optional.of(new Source(key, status.restartCount(), true));
    }
    if (status.state() instanceof ContainerState.Terminated) {
      return Optional.of(new Source(key, status.restartCount(), false));
    }
    if (lastTerminated) {
      return Optional.of(new Source(key, status.restartCount() - 1, false));
    }
    String waiting =
        "container \"" + container + "\" in pod \"" + podName + "\" is waiting to start";
    if (status.state() instanceof ContainerState.Waiting w) {
      throw kubelet(
          switch (w.reason()) {
            case "ErrImagePull" -> waiting + ": image can't be pulled";
            case "ImagePullBackOff" -> waiting + ": trying and failing to pull image";
            default -> waiting + ": " + w.reason();
          });
    }
    throw kubelet(waiting + " - no logs yet");
  }

  private static ApiException kubelet(String message) {
    return new ApiException(ApiException.Reason.BadRequest, message);
  }

  /**
   * The lines a request keeps of an instance's log: the last tailLines, then those since
   * sinceSeconds or sinceTime.
   */
  public static List<LogLine> select(List<LogLine> lines, LogOptions o, Instant now) {
    List<LogLine> kept = lines;
    if (o.tailLines() != null && o.tailLines() < kept.size()) {
      kept = kept.subList(kept.size() - o.tailLines().intValue(), kept.size());
    }
    Instant since = o.sinceSeconds() != null ? now.minusSeconds(o.sinceSeconds()) : o.sinceTime();
    if (since != null) {
      kept = kept.stream().filter(l -> !l.time().isBefore(since)).toList();
    }
    return kept;
  }

  /** The bytes sent for these lines, cut at limitBytes when one is given. */
  public static byte[] render(List<LogLine> lines, LogOptions o) {
    StringBuilder text = new StringBuilder();
    for (LogLine line : lines) {
      text.append(line.render(o.timestamps()));
    }
    byte[] bytes = text.toString().getBytes(StandardCharsets.UTF_8);
    if (o.limitBytes() != null && o.limitBytes() < bytes.length) {
      return java.util.Arrays.copyOf(bytes, o.limitBytes().intValue());
    }
    return bytes;
  }

  /** Everything a one-shot request gets: the chosen instance's kept lines, rendered. */
  public static byte[] read(ContainerLogs logs, Pod pod, LogOptions o, Instant now)
      throws ApiException {
    validate(pod.metadata().name(), o);
    String container = container(pod, o.container());
    Optional<Source> source = source(pod, container, o.previous());
    if (source.isEmpty()) {
      return new byte[0];
    }
    return render(select(logs.lines(source.get().key(), source.get().instance()), o, now), o);
  }
}
