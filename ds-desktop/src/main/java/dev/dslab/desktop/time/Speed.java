package dev.dslab.desktop.time;

/** How many virtual seconds pass per wall-clock second while playing. */
public enum Speed {
  X1(1),
  X10(10),
  X100(100);

  private final int factor;

  Speed(int factor) {
    this.factor = factor;
  }

  public int factor() {
    return factor;
  }

  @Override
  public String toString() {
    return factor + "x";
  }
}
