package dev.dslab.model.core;

/** The kubelet's view of one container. {@code lastState} may be null. */
public record ContainerStatus(
    String name,
    String image,
    boolean ready,
    int restartCount,
    boolean started,
    ContainerState state,
    ContainerState lastState) {}
