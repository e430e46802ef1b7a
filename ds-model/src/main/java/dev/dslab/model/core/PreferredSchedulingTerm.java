package dev.dslab.model.core;

/**
 * preferredDuringSchedulingIgnoredDuringExecution entry: kept on pods, never used for placement.
 */
public record PreferredSchedulingTerm(int weight, NodeSelectorTerm preference) {}
