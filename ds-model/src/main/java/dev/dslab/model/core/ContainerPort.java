package dev.dslab.model.core;

/** A container port; {@code hostPort} 0 means none. {@code protocol} defaults to TCP. */
public record ContainerPort(
    String name, int containerPort, int hostPort, String protocol, String hostIP) {
  public ContainerPort {
    protocol = protocol == null || protocol.isEmpty() ? "TCP" : protocol;
  }

  public static ContainerPort of(int containerPort) {
    return new ContainerPort(null, containerPort, 0, "TCP", null);
  }
}
