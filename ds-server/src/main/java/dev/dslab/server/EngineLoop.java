package dev.dslab.server;

import dev.dslab.engine.Cluster;
import dev.dslab.engine.api.ApiException;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;

/**
 * The one thread that touches the cluster while it is served. The engine is single-threaded and
 * never reads the wall clock; here, at the edge, the virtual clock is made to follow the wall clock
 * (times the speed): every tick advances the cluster to where the wall clock says it should be.
 * Requests from the HTTP threads run between ticks, each on a whole instant, so the API server sees
 * what a dsctl command would.
 */
public final class EngineLoop implements AutoCloseable {
  /** How often the clock catches up with the wall clock. */
  static final Duration TICK = Duration.ofMillis(20);

  /** Work on the cluster that may be refused as the API server refuses it. */
  @FunctionalInterface
  public interface EngineCall<T> {
    T call(Cluster cluster) throws ApiException;
  }

  private final Cluster cluster;

  /**
   * Its own thread (dsctl serve), or null when the engine's thread belongs to someone else (the
   * desktop app).
   */
  private final ScheduledExecutorService thread;

  private final java.util.concurrent.Executor executor;
  private final double speed;
  private final LongSupplier wallNanos;
  private final long wallStart;
  private final Instant virtualStart;

  public EngineLoop(Cluster cluster, double speed) {
    this(cluster, speed, System::nanoTime);
  }

  EngineLoop(Cluster cluster, double speed, LongSupplier wallNanos) {
    this.cluster = cluster;
    this.thread =
        Executors.newSingleThreadScheduledExecutor(
            r -> {
              Thread t = new Thread(r, "engine");
              t.setDaemon(true);
              return t;
            });
    this.executor = thread;
    this.speed = speed;
    this.wallNanos = wallNanos;
    this.wallStart = wallNanos.getAsLong();
    this.virtualStart = cluster.now();
  }

  /**
   * On a thread that already owns the cluster and moves its clock (the desktop app's FX thread,
   * whose frames advance it): requests run there, between frames, and nothing ticks here.
   */
  public EngineLoop(Cluster cluster, java.util.concurrent.Executor owner) {
    this.cluster = cluster;
    this.thread = null;
    this.executor = owner;
    this.speed = 0;
    this.wallNanos = System::nanoTime;
    this.wallStart = 0;
    this.virtualStart = cluster.now();
  }

  /**
   * Starts following the wall clock (a speed of 0 keeps the clock where it is: only requests move
   * things).
   */
  public void start() {
    if (speed > 0 && thread != null) {
      thread.scheduleWithFixedDelay(this::tick, 0, TICK.toMillis(), TimeUnit.MILLISECONDS);
    }
  }

  private void tick() {
    long elapsed = wallNanos.getAsLong() - wallStart;
    Instant target = virtualStart.plusNanos((long) (elapsed * speed));
    if (target.isAfter(cluster.now())) {
      cluster.advanceTo(target);
    }
  }

  /** Runs {@code call} on the engine thread and waits for it. */
  public <T> T call(EngineCall<T> call) throws ApiException {
    java.util.concurrent.FutureTask<T> result =
        new java.util.concurrent.FutureTask<>(
            () -> {
              cluster.reconcile();
              T value = call.call(cluster);
              cluster.reconcile();
              return value;
            });
    executor.execute(result);
    try {
      return result.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while waiting for the engine", e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof ApiException api) {
        throw api;
      }
      if (e.getCause() instanceof RuntimeException r) {
        throw r;
      }
      throw new IllegalStateException(e.getCause());
    }
  }

  /** Runs {@code task} on the engine thread without waiting (watch registration, bookmarks). */
  public void post(Runnable task) {
    executor.execute(task);
  }

  @Override
  public void close() {
    if (thread != null) {
      thread.shutdownNow();
    }
  }
}
