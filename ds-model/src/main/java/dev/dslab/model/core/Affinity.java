package dev.dslab.model.core;

/**
 * Pod affinity settings. Only node affinity takes part in DaemonSet placement; pod (anti-)affinity
 * is kept as an opaque tree so that a manifest survives a round trip.
 */
public record Affinity(NodeAffinity nodeAffinity, Object podAffinity, Object podAntiAffinity) {
  public static Affinity ofNodeAffinity(NodeAffinity nodeAffinity) {
    return new Affinity(nodeAffinity, null, null);
  }

  public Affinity withNodeAffinity(NodeAffinity value) {
    return new Affinity(value, podAffinity, podAntiAffinity);
  }
}
