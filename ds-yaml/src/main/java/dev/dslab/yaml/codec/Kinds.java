package dev.dslab.yaml.codec;

import dev.dslab.model.meta.ApiResource;
import dev.dslab.model.meta.KubeObject;
import dev.dslab.model.meta.ResourceCatalog;
import dev.dslab.model.meta.Unstructured;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The kinds the reader and writer know, looked up by apiVersion and kind or by record type: the
 * simulated kinds with codecs of their own, and every other stored resource of the {@link
 * ResourceCatalog} as an {@link Unstructured} object. Immutable (the codecs of the catalog's kinds
 * are made on first use).
 */
public final class Kinds {
  private static final ResourceCatalog CATALOG = ResourceCatalog.builtin();

  private final Map<String, KindCodec<?>> byVersionAndKind;
  private final Map<Class<?>, KindCodec<?>> byType;
  private final Map<ApiResource, KindCodec<Unstructured>> unstructured = new ConcurrentHashMap<>();

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
            EventCodec.CODEC,
            DeploymentCodec.CODEC,
            ReplicaSetCodec.CODEC));
  }

  public Optional<KindCodec<?>> find(String apiVersion, String kind) {
    KindCodec<?> codec = byVersionAndKind.get(key(apiVersion, kind));
    if (codec != null) {
      return Optional.of(codec);
    }
    return CATALOG.find(apiVersion, kind).filter(ApiResource::stored).map(this::unstructured);
  }

  /** Whether the API server serves this apiVersion and kind at all (some only for create). */
  public boolean served(String apiVersion, String kind) {
    return byVersionAndKind.containsKey(key(apiVersion, kind))
        || CATALOG.find(apiVersion, kind).isPresent();
  }

  private KindCodec<Unstructured> unstructured(ApiResource resource) {
    return unstructured.computeIfAbsent(resource, UnstructuredCodec::of);
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

  /**
   * The codec of a kind no built-in resource maps (a custom resource): metadata typed, the rest as
   * sent.
   */
  public KindCodec<Unstructured> unstructured(String apiVersion, String kind) {
    int slash = apiVersion.indexOf('/');
    return unstructured(
        new ApiResource(
            kind,
            slash < 0 ? "" : apiVersion.substring(0, slash),
            apiVersion.substring(slash + 1),
            kind.toLowerCase(java.util.Locale.ROOT),
            null,
            List.of(),
            true,
            List.of(),
            ApiResource.STORED_VERBS,
            true));
  }

  /** The codec of a record. */
  public KindCodec<?> of(KubeObject object) {
    KindCodec<?> codec = byType.get(object.getClass());
    if (codec == null && object instanceof Unstructured u) {
      codec =
          find(u.apiVersion(), u.kind()).orElseGet(() -> unstructured(u.apiVersion(), u.kind()));
    }
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
