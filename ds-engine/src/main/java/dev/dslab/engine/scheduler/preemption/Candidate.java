package dev.dslab.engine.scheduler.preemption;

/** preemption.Candidate: a node where the preemptor fits once {@code victims} are gone. */
public record Candidate(String node, Victims victims) {}
