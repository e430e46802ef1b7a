package dev.dslab.yaml.tree;

/** One key of a mapping: its name, the line the key is on, and its value. */
public record YEntry(String key, int line, YNode value) {}
