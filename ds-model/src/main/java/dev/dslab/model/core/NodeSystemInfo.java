package dev.dslab.model.core;

/** status.nodeInfo: what the kubelet reports about the machine. */
public record NodeSystemInfo(
    String kubeletVersion,
    String osImage,
    String kernelVersion,
    String containerRuntimeVersion,
    String operatingSystem,
    String architecture) {}
