package dev.dslab.engine.kubelet;

/**
 * What a log request asks for: v1.PodLogOptions's fields the simulation serves.
 *
 * @param container null for the pod's only container
 * @param previous the last terminated instance instead of the current one
 * @param tailLines the last this many lines, or null for all
 * @param timestamps each line prefixed with its RFC3339Nano timestamp and a space
 * @param sinceSeconds only lines written in the last this many seconds, or null for all
 * @param limitBytes at most this many bytes of output, or null for all
 * @param follow keep streaming as the container writes (the API endpoint only)
 * @param sinceTime only lines written at or after this instant, or null for all
 */
public record LogOptions(
    String container,
    boolean previous,
    Long tailLines,
    boolean timestamps,
    Long sinceSeconds,
    Long limitBytes,
    boolean follow,
    java.time.Instant sinceTime) {
  /** Options without a sinceTime. */
  public LogOptions(
      String container,
      boolean previous,
      Long tailLines,
      boolean timestamps,
      Long sinceSeconds,
      Long limitBytes,
      boolean follow) {
    this(container, previous, tailLines, timestamps, sinceSeconds, limitBytes, follow, null);
  }

  /** All of the current instance's lines of the pod's only container. */
  public static final LogOptions ALL = new LogOptions(null, false, null, false, null, null, false);

  public LogOptions withContainer(String name) {
    return new LogOptions(name, previous, tailLines, timestamps, sinceSeconds, limitBytes, follow);
  }
}
