package dev.dslab.model.core;

import dev.dslab.model.meta.IntOrString;

/** A service port; {@code nodePort} 0 means not allocated. */
public record ServicePort(
    String name, String protocol, int port, IntOrString targetPort, int nodePort) {
  public ServicePort {
    protocol = protocol == null || protocol.isEmpty() ? "TCP" : protocol;
  }

  public ServicePort withNodePort(int value) {
    return new ServicePort(name, protocol, port, targetPort, value);
  }
}
