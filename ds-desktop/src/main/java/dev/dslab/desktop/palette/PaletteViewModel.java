package dev.dslab.desktop.palette;

import dev.dslab.model.core.TaintEffect;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The chips one can drag onto nodes, and the small form that adds more. Only the shape of key and
 * value is checked here (to catch typos at once); the API server checks the rest on drop.
 */
public final class PaletteViewModel {
  /**
   * A qualified name, optionally with a DNS prefix: {@code disk}, {@code
   * topology.kubernetes.io/zone}.
   */
  private static final Pattern KEY =
      Pattern.compile(
          "([a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*/)?[A-Za-z0-9]([-A-Za-z0-9_.]{0,61}[A-Za-z0-9])?");

  private static final Pattern VALUE =
      Pattern.compile("([A-Za-z0-9]([-A-Za-z0-9_.]{0,61}[A-Za-z0-9])?)?");

  private final ObservableList<ChipPayload> chips =
      FXCollections.observableArrayList(
          List.of(
              new ChipPayload.LabelChip("disk", "ssd"),
              new ChipPayload.LabelChip("topology.kubernetes.io/zone", "eu-west-1c"),
              new ChipPayload.LabelChip("logging", "enabled"),
              new ChipPayload.TaintChip("dedicated", "db", TaintEffect.NoSchedule),
              new ChipPayload.TaintChip("dedicated", "db", TaintEffect.NoExecute),
              new ChipPayload.TaintChip("maintenance", "", TaintEffect.NoExecute)));

  /**
   * One read-only view, kept, so that listeners on it live as long as the palette (see
   * NotificationsViewModel).
   */
  private final ObservableList<ChipPayload> chipsView =
      FXCollections.unmodifiableObservableList(chips);

  public ObservableList<ChipPayload> chips() {
    return chipsView;
  }

  /** Adds a label chip; the error to show when key or value are malformed. */
  public Optional<String> addLabel(String key, String value) {
    return check(key, value).or(() -> add(new ChipPayload.LabelChip(key.trim(), value.trim())));
  }

  /** Adds a taint chip; the error to show when key, value or effect are malformed. */
  public Optional<String> addTaint(String key, String value, TaintEffect effect) {
    if (effect == null) {
      return Optional.of("choose a taint effect: NoSchedule, PreferNoSchedule or NoExecute");
    }
    return check(key, value)
        .or(() -> add(new ChipPayload.TaintChip(key.trim(), value.trim(), effect)));
  }

  private Optional<String> add(ChipPayload chip) {
    if (!chips.contains(chip)) {
      chips.add(chip);
    }
    return Optional.empty();
  }

  static Optional<String> check(String key, String value) {
    String k = key == null ? "" : key.trim();
    String v = value == null ? "" : value.trim();
    if (!KEY.matcher(k).matches()) {
      return Optional.of(
          "invalid key \""
              + k
              + "\": a name of letters, digits, '-', '_' or '.', "
              + "optionally prefixed by a DNS subdomain and '/'");
    }
    if (!VALUE.matcher(v).matches()) {
      return Optional.of(
          "invalid value \""
              + v
              + "\": at most 63 letters, digits, '-', '_' or '.', "
              + "starting and ending with a letter or digit");
    }
    return Optional.empty();
  }
}
