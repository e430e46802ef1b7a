package dev.dslab.model.apps;

/** status of a DaemonSet, computed by the controller from the pods it observes. */
public record DaemonSetStatus(
    int currentNumberScheduled,
    int numberMisscheduled,
    int desiredNumberScheduled,
    int numberReady,
    long observedGeneration,
    int updatedNumberScheduled,
    int numberAvailable,
    int numberUnavailable,
    Integer collisionCount) {

  public static final DaemonSetStatus EMPTY = new DaemonSetStatus(0, 0, 0, 0, 0, 0, 0, 0, null);

  /** The seven counters equal (observedGeneration and collisionCount aside). */
  public boolean sameCounts(DaemonSetStatus other) {
    return currentNumberScheduled == other.currentNumberScheduled
        && numberMisscheduled == other.numberMisscheduled
        && desiredNumberScheduled == other.desiredNumberScheduled
        && numberReady == other.numberReady
        && updatedNumberScheduled == other.updatedNumberScheduled
        && numberAvailable == other.numberAvailable
        && numberUnavailable == other.numberUnavailable;
  }

  public DaemonSetStatus withObservedGeneration(long value) {
    return new DaemonSetStatus(
        currentNumberScheduled,
        numberMisscheduled,
        desiredNumberScheduled,
        numberReady,
        value,
        updatedNumberScheduled,
        numberAvailable,
        numberUnavailable,
        collisionCount);
  }

  public DaemonSetStatus withCollisionCount(Integer value) {
    return new DaemonSetStatus(
        currentNumberScheduled,
        numberMisscheduled,
        desiredNumberScheduled,
        numberReady,
        observedGeneration,
        updatedNumberScheduled,
        numberAvailable,
        numberUnavailable,
        value);
  }
}
