package dev.dslab.engine.api;

import dev.dslab.model.apiextensions.PrinterColumn;
import dev.dslab.model.meta.ApiResource;
import dev.dslab.model.meta.KubeObject;
import dev.dslab.model.meta.ResourceCatalog;
import dev.dslab.model.meta.Unstructured;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The kinds one cluster's API server serves: the built-in ones ({@link Kind}'s static API) and
 * those its established CustomResourceDefinitions define. Each cluster has its own (one JVM runs
 * many clusters); lookups that must see custom resources go through it. The CRD controllers replace
 * the custom kinds whenever a CRD changes; readers on other threads (discovery) see one whole set
 * or the next, never half of one.
 */
public final class KindRegistry {
  /**
   * What one CustomResourceDefinition defines.
   *
   * @param kind the stored kind (its resource is the storage version's)
   * @param definition the CRD's name ({@code crontabs.stable.example.com})
   * @param served the resource of each served version, in the CRD's order
   * @param statusSubresource whether the status subresource is on (for the storage version)
   * @param columns each served version's additionalPrinterColumns
   * @param terminating whether the CRD is being deleted (its objects are going)
   * @param schemas each served version's openAPIV3Schema tree (versions without one left out), as
   *     the server's OpenAPI documents publish them
   */
  public record CustomKind(
      Kind kind,
      String definition,
      List<ApiResource> served,
      boolean statusSubresource,
      Map<String, List<PrinterColumn>> columns,
      boolean terminating,
      Map<String, Object> schemas) {
    public CustomKind {
      served = List.copyOf(served);
      columns = Map.copyOf(columns);
      schemas = Map.copyOf(schemas);
    }

    /** A custom kind whose versions publish no schema. */
    public CustomKind(
        Kind kind,
        String definition,
        List<ApiResource> served,
        boolean statusSubresource,
        Map<String, List<PrinterColumn>> columns,
        boolean terminating) {
      this(kind, definition, served, statusSubresource, columns, terminating, Map.of());
    }

    /** The printer columns of the version an object is written in. */
    public List<PrinterColumn> columnsOf(String apiVersion) {
      String version = apiVersion.substring(apiVersion.indexOf('/') + 1);
      return columns.getOrDefault(version, List.of());
    }
  }

  private record Snapshot(
      List<CustomKind> custom, ResourceCatalog catalog, Map<String, CustomKind> byVersionAndKind) {
    static Snapshot of(List<CustomKind> custom) {
      List<ApiResource> served = new ArrayList<>();
      Map<String, CustomKind> byVersionAndKind = new LinkedHashMap<>();
      for (CustomKind c : custom) {
        for (ApiResource r : c.served()) {
          if (!byVersionAndKind.containsKey(key(r.apiVersion(), r.kind()))
              && ResourceCatalog.builtin().find(r.apiVersion(), r.kind()).isEmpty()) {
            served.add(r);
            byVersionAndKind.put(key(r.apiVersion(), r.kind()), c);
          }
        }
      }
      return new Snapshot(
          List.copyOf(custom), ResourceCatalog.builtin().with(served), byVersionAndKind);
    }
  }

  private volatile Snapshot snapshot = Snapshot.of(List.of());

  private static String key(String apiVersion, String kind) {
    return apiVersion + " " + kind;
  }

  /**
   * Replaces the custom kinds with those of the cluster's CRDs now (the establishing and finalizer
   * controllers' word).
   */
  public void define(List<CustomKind> custom) {
    snapshot = Snapshot.of(custom);
  }

  /** The resources this cluster serves: the built-in ones, then the custom ones. */
  public ResourceCatalog catalog() {
    return snapshot.catalog();
  }

  /** What the cluster's CRDs define, in the order of their names. */
  public List<CustomKind> customKinds() {
    return snapshot.custom();
  }

  /** The stored kind of a manifest's apiVersion and kind, built-in or custom. */
  public Optional<Kind> find(String apiVersion, String kindName) {
    Optional<Kind> builtin = Kind.find(apiVersion, kindName);
    if (builtin.isPresent()) {
      return builtin;
    }
    return Optional.ofNullable(snapshot.byVersionAndKind().get(key(apiVersion, kindName)))
        .map(CustomKind::kind);
  }

  /** The definition of a custom kind; empty for a built-in one or one no longer defined. */
  public Optional<CustomKind> custom(Kind kind) {
    if (!kind.custom()) {
      return Optional.empty();
    }
    return snapshot.custom().stream().filter(c -> c.kind().equals(kind)).findFirst();
  }

  /** The stored kind of a resource name as typed for kubectl (plural, singular, short, kind). */
  public Optional<Kind> resolve(String typed) {
    return snapshot.catalog().resolve(typed).flatMap(r -> find(r.apiVersion(), r.kind()));
  }

  /** The kind of a stored or sent object. */
  public Kind of(KubeObject object) {
    if (!(object instanceof Unstructured u)) {
      return Kind.of(object);
    }
    return find(u.apiVersion(), u.kind())
        .orElseThrow(
            () ->
                new IllegalArgumentException(
                    "not a served kind: " + u.apiVersion() + " " + u.kind()));
  }

  /** Whether this cluster serves the object's apiVersion and kind. */
  public boolean serves(KubeObject object) {
    return !(object instanceof Unstructured u) || find(u.apiVersion(), u.kind()).isPresent();
  }

  /** Where an object lives in the store. */
  public ObjectKey keyOf(KubeObject object) {
    return new ObjectKey(of(object), object.metadata().namespace(), object.metadata().name());
  }

  /** Every kind the cluster stores: the built-in ones, then the custom ones. */
  public List<Kind> all() {
    List<Kind> all = new ArrayList<>(Kind.all());
    for (CustomKind c : snapshot.custom()) {
      all.add(c.kind());
    }
    return all;
  }
}
