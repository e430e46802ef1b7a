package dev.dslab.desktop.palette;

import dev.dslab.model.core.TaintEffect;
import java.util.Objects;
import java.util.Optional;

/**
 * What a palette chip carries when dragged: a node label or a node taint. Encoded as kubectl spells
 * them ({@code key=value}, {@code key=value:Effect}) so that a drag between windows needs no Java
 * serialisation.
 */
public sealed interface ChipPayload permits ChipPayload.LabelChip, ChipPayload.TaintChip {

  /** The text on the chip and in the drag payload. */
  String text();

  /** A label {@code key=value} ({@code value} may be empty). */
  record LabelChip(String key, String value) implements ChipPayload {
    public LabelChip {
      Objects.requireNonNull(key, "key");
      value = value == null ? "" : value;
    }

    @Override
    public String text() {
      return key + "=" + value;
    }

    /** {@code key=value}, or empty when there is no {@code =} or no key. */
    public static Optional<LabelChip> parse(String text) {
      int eq = text.indexOf('=');
      if (eq <= 0) {
        return Optional.empty();
      }
      return Optional.of(new LabelChip(text.substring(0, eq), text.substring(eq + 1)));
    }
  }

  /** A taint {@code key[=value]:Effect}. */
  record TaintChip(String key, String value, TaintEffect effect) implements ChipPayload {
    public TaintChip {
      Objects.requireNonNull(key, "key");
      Objects.requireNonNull(effect, "effect");
      value = value == null ? "" : value;
    }

    @Override
    public String text() {
      return key + (value.isEmpty() ? "" : "=" + value) + ":" + effect;
    }

    /** {@code key[=value]:Effect}, or empty when the effect or the key is missing. */
    public static Optional<TaintChip> parse(String text) {
      int colon = text.lastIndexOf(':');
      if (colon <= 0) {
        return Optional.empty();
      }
      TaintEffect effect = TaintEffect.parse(text.substring(colon + 1));
      String keyValue = text.substring(0, colon);
      int eq = keyValue.indexOf('=');
      String key = eq < 0 ? keyValue : keyValue.substring(0, eq);
      if (effect == null || key.isEmpty()) {
        return Optional.empty();
      }
      return Optional.of(new TaintChip(key, eq < 0 ? "" : keyValue.substring(eq + 1), effect));
    }
  }
}
