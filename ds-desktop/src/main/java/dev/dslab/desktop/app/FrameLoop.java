package dev.dslab.desktop.app;

import java.util.function.LongConsumer;
import javafx.animation.AnimationTimer;

/**
 * Drives the view model once per rendered frame with the wall time since the previous frame. The
 * only place that reads the wall clock, and only to pace the virtual one.
 */
public final class FrameLoop extends AnimationTimer {
  private final MainViewModel vm;
  private final LongConsumer frameTimeProbe;
  private long last = -1;

  public FrameLoop(MainViewModel vm) {
    this(vm, nanos -> {});
  }

  /**
   * With a probe told {@link System#nanoTime()} as each frame starts, before its work (the --bench
   * flag).
   */
  public FrameLoop(MainViewModel vm, LongConsumer frameTimeProbe) {
    this.vm = vm;
    this.frameTimeProbe = frameTimeProbe;
  }

  @Override
  public void handle(long now) {
    frameTimeProbe.accept(System.nanoTime());
    if (last >= 0) {
      vm.frame(now - last);
    }
    last = now;
  }
}
