package dev.dslab.model.core;

import dev.dslab.model.meta.KubeObject;
import dev.dslab.model.meta.ObjectMeta;
import java.time.Instant;
import java.util.Objects;

/**
 * An event (core/v1): reason and message about an involved object, from a component, with the
 * aggregation count and first and last timestamps.
 */
public record Event(
    ObjectMeta metadata,
    ObjectReference involvedObject,
    String type,
    String reason,
    String message,
    String sourceComponent,
    String sourceHost,
    int count,
    Instant firstTimestamp,
    Instant lastTimestamp)
    implements KubeObject {
  public static final String KIND = "Event";
  public static final String NORMAL = "Normal";
  public static final String WARNING = "Warning";

  public Event {
    Objects.requireNonNull(metadata, "metadata");
    Objects.requireNonNull(involvedObject, "involvedObject");
  }

  @Override
  public String apiVersion() {
    return "v1";
  }

  @Override
  public String kind() {
    return KIND;
  }

  @Override
  public Event withMetadata(ObjectMeta value) {
    return new Event(
        value,
        involvedObject,
        type,
        reason,
        message,
        sourceComponent,
        sourceHost,
        count,
        firstTimestamp,
        lastTimestamp);
  }

  /** This event seen once more at {@code when}: count + 1 and a new lastTimestamp. */
  public Event repeated(Instant when) {
    return new Event(
        metadata,
        involvedObject,
        type,
        reason,
        message,
        sourceComponent,
        sourceHost,
        count + 1,
        firstTimestamp,
        when);
  }
}
