package dev.dslab.print;

import dev.dslab.model.meta.KubeObject;
import java.time.Instant;
import java.util.function.Function;

/**
 * One column of a kubectl table, as upstream's TableColumnDefinition names it ("Node Selector"; the
 * printer upper-cases it), whether only {@code -o wide} shows it (upstream's priority 1), and the
 * cell it computes from an object. A null cell prints as Go's zero value, the empty string.
 */
record Column<T>(String header, boolean wideOnly, Function<? super T, String> cell) {

  static <T> Column<T> of(String header, Function<? super T, String> cell) {
    return new Column<>(header, false, cell);
  }

  static <T> Column<T> wide(String header, Function<? super T, String> cell) {
    return new Column<>(header, true, cell);
  }

  /** The NAME column every kind starts with. */
  static <T extends KubeObject> Column<T> name() {
    return of("Name", KubeObject::name);
  }

  /** The AGE column: how long ago the object was created. */
  static <T extends KubeObject> Column<T> age(Instant now) {
    return of("Age", object -> HumanDuration.age(object.metadata().creationTimestamp(), now));
  }
}
