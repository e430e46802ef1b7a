package dev.dslab.model.core;

/**
 * A container environment variable: a literal {@code value}, or a {@code valueFrom} reference kept
 * as an opaque tree.
 */
public record EnvVar(String name, String value, Object valueFrom) {}
