package dev.dslab.model.core;

/** A volume mounted into a container. */
public record VolumeMount(String name, String mountPath, boolean readOnly, String subPath) {}
