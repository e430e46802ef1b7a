package dev.dslab.desktop.choices;

import java.util.HashMap;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.BinaryOperator;
import java.util.prefs.Preferences;

/**
 * How the user left the window (group-by key, speed, theme), kept from one start to the next. The
 * app keeps them in the user's Java preferences; tests and the headless commands keep them in
 * memory. A value that cannot be read back (an older version's, or edited by hand) counts as unset.
 */
public interface ViewChoices {
  String GROUP_BY = "groupBy";
  String SPEED = "speed";
  String THEME = "theme";

  /** The stored value, or {@code fallback} when there is none. */
  String get(String key, String fallback);

  void put(String key, String value);

  /**
   * A stored enum constant, or {@code fallback} when none is stored or it is not a constant of
   * {@code type}.
   */
  default <E extends Enum<E>> E get(String key, Class<E> type, E fallback) {
    try {
      return Enum.valueOf(type, get(key, fallback.name()));
    } catch (IllegalArgumentException e) {
      return fallback;
    }
  }

  /** Choices that last as long as the process. */
  static ViewChoices inMemory() {
    Map<String, String> values = new HashMap<>();
    return of(values::getOrDefault, values::put);
  }

  /**
   * Choices in a preferences node ({@code Preferences.userRoot().node("dev/dslab/desktop")} for the
   * app). The JDK writes them back in the background; a home directory that cannot be written only
   * costs the choices, never the session.
   */
  static ViewChoices preferences(Preferences node) {
    return of(node::get, node::put);
  }

  private static ViewChoices of(BinaryOperator<String> reader, BiConsumer<String, String> writer) {
    return new ViewChoices() {
      @Override
      public String get(String key, String fallback) {
        return reader.apply(key, fallback);
      }

      @Override
      public void put(String key, String value) {
        writer.accept(key, value);
      }
    };
  }
}
