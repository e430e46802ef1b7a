package dev.dslab.model.core;

/** The three taint effects, spelled as in the API. */
public enum TaintEffect {
  NoSchedule,
  PreferNoSchedule,
  NoExecute;

  /** The effect with this API spelling, or {@code null} when there is none. */
  public static TaintEffect parse(String text) {
    for (TaintEffect e : values()) {
      if (e.name().equals(text)) {
        return e;
      }
    }
    return null;
  }
}
