package dev.dslab.model.core;

import java.time.Instant;

/** The state of a container: waiting (with a reason), running since a time, or terminated. */
public sealed interface ContainerState {
  /** Waiting, e.g. ContainerCreating, ErrImagePull, ImagePullBackOff, CrashLoopBackOff. */
  record Waiting(String reason, String message) implements ContainerState {}

  /** Running since {@code startedAt}. */
  record Running(Instant startedAt) implements ContainerState {}

  /** Terminated with an exit code and reason (Completed, Error, OOMKilled). */
  record Terminated(int exitCode, String reason, Instant startedAt, Instant finishedAt)
      implements ContainerState {}
}
