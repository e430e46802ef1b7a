package dev.dslab.model.core;

import java.util.Objects;

/** A pod volume: a name and its source. */
public record Volume(String name, VolumeSource source) {
  public Volume {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(source, "source");
  }
}
