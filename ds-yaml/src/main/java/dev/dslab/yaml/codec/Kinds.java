package dev.dslab.yaml.codec;

import dev.dslab.model.meta.KubeObject;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The kinds the reader and writer know, looked up by apiVersion and kind or by record type.
 * Immutable.
 */
public final class Kinds {
  private final Map<String, KindCodec<?>> byVersionAndKind;
  private final Map<Class<?>, KindCodec<?>> byType;

  public Kinds(List<KindCodec<?>> codecs) {
    this.byVersionAndKind =
        codecs.stream()
            .collect(
                Collectors.toUnmodifiableMap(
                    c -> key(c.apiVersion(), c.kind()), Function.identity()));
    this.byType =
        codecs.stream().collect(Collectors.toUnmodifiableMap(KindCodec::type, Function.identity()));
  }

  /** apps/v1 DaemonSet and ControllerRevision; v1 Node, Pod, Service, Namespace and Event. */
  public static Kinds standard() {
    return new Kinds(
        List.of(
            DaemonSetCodec.CODEC,
            ControllerRevisionCodec.CODEC,
            NodeCodec.CODEC,
            PodCodec.CODEC,
            ServiceCodec.CODEC,
            NamespaceCodec.CODEC,
            EventCodec.CODEC));
  }

  public Optional<KindCodec<?>> find(String apiVersion, String kind) {
    return Optional.ofNullable(byVersionAndKind.get(key(apiVersion, kind)));
  }

  /**
   * The apiVersions under which a kind is known (for "use apps/v1" hints); empty for unknown kinds.
   */
  public List<String> apiVersionsOf(String kind) {
    return byVersionAndKind.values().stream()
        .filter(c -> c.kind().equals(kind))
        .map(KindCodec::apiVersion)
        .sorted()
        .toList();
  }

  /** The codec of a record. */
  public KindCodec<?> of(KubeObject object) {
    KindCodec<?> codec = byType.get(object.getClass());
    if (codec == null) {
      throw new IllegalArgumentException(
          "no codec for " + object.getClass().getName() + " (" + object.kind() + ")");
    }
    return codec;
  }

  private static String key(String apiVersion, String kind) {
    return apiVersion + " " + kind;
  }
}
