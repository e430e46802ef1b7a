package dev.dslab.model.apiextensions;

import dev.dslab.model.meta.ApiResource;
import dev.dslab.model.meta.Unstructured;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * A CustomResourceDefinition (apiextensions.k8s.io/v1) read from its stored {@link Unstructured}
 * form: the group, names, scope and versions it asks for. Fields of the wrong type read as absent
 * (validation reports them); nothing here checks anything.
 *
 * @param name metadata.name, which must be {@code <plural>.<group>}
 * @param scope {@code Namespaced} or {@code Cluster} as written (null when absent)
 */
public record CustomResourceDefinition(
    String name, String group, String scope, Names names, List<Version> versions) {

  public static final String API_VERSION = "apiextensions.k8s.io/v1";
  public static final String KIND = "CustomResourceDefinition";

  /** The finalizer that keeps a deleted CRD until its custom resources are gone. */
  public static final String CLEANUP_FINALIZER = "customresourcecleanup.apiextensions.k8s.io";

  /** spec.names (or status.acceptedNames). */
  public record Names(
      String plural,
      String singular,
      String kind,
      String listKind,
      List<String> shortNames,
      List<String> categories) {
    public Names {
      shortNames = List.copyOf(shortNames);
      categories = List.copyOf(categories);
    }

    static Names of(Object tree) {
      Map<?, ?> m = tree instanceof Map<?, ?> map ? map : Map.of();
      return new Names(
          string(m.get("plural")),
          string(m.get("singular")),
          string(m.get("kind")),
          string(m.get("listKind")),
          strings(m.get("shortNames")),
          strings(m.get("categories")));
    }
  }

  /**
   * One of spec.versions.
   *
   * @param schema the openAPIV3Schema tree, or null when the version has none
   * @param statusSubresource whether {@code subresources.status} is set: status then moves only
   *     through its own subresource, and only spec changes raise the generation
   */
  public record Version(
      String name,
      boolean served,
      boolean storage,
      Object schema,
      boolean hasSchemaField,
      boolean statusSubresource,
      List<PrinterColumn> printerColumns) {
    public Version {
      printerColumns = List.copyOf(printerColumns);
    }
  }

  public CustomResourceDefinition {
    versions = List.copyOf(versions);
  }

  /** Whether an object is a CRD. */
  public static boolean is(Object object) {
    return object instanceof Unstructured u
        && API_VERSION.equals(u.apiVersion())
        && KIND.equals(u.kind());
  }

  /** Reads a stored CRD's spec. */
  public static CustomResourceDefinition of(Unstructured crd) {
    Map<?, ?> spec = crd.get("spec") instanceof Map<?, ?> m ? m : Map.of();
    List<Version> versions = new ArrayList<>();
    if (spec.get("versions") instanceof List<?> list) {
      for (Object item : list) {
        Map<?, ?> v = item instanceof Map<?, ?> m ? m : Map.of();
        Map<?, ?> schema = v.get("schema") instanceof Map<?, ?> m ? m : null;
        Map<?, ?> subresources = v.get("subresources") instanceof Map<?, ?> m ? m : Map.of();
        versions.add(
            new Version(
                string(v.get("name")),
                Boolean.TRUE.equals(v.get("served")),
                Boolean.TRUE.equals(v.get("storage")),
                schema == null ? null : schema.get("openAPIV3Schema"),
                schema != null,
                subresources.get("status") != null,
                columns(v.get("additionalPrinterColumns"))));
      }
    }
    return new CustomResourceDefinition(
        crd.metadata().name(),
        string(spec.get("group")),
        spec.get("scope") instanceof String s ? s : null,
        Names.of(spec.get("names")),
        versions);
  }

  private static List<PrinterColumn> columns(Object tree) {
    List<PrinterColumn> columns = new ArrayList<>();
    if (tree instanceof List<?> list) {
      for (Object item : list) {
        if (item instanceof Map<?, ?> c) {
          columns.add(
              new PrinterColumn(
                  string(c.get("name")),
                  string(c.get("type")),
                  string(c.get("format")),
                  string(c.get("description")),
                  c.get("priority") instanceof Number n ? n.intValue() : 0,
                  string(c.get("jsonPath"))));
        }
      }
    }
    return columns;
  }

  /** The status.acceptedNames of a stored CRD (empty names before the naming controller ran). */
  public static Names acceptedNames(Unstructured crd) {
    Object status = crd.get("status");
    return Names.of(status instanceof Map<?, ?> m ? m.get("acceptedNames") : null);
  }

  /** Whether the CRD's condition of this type is True (Established, NamesAccepted, …). */
  public static boolean conditionTrue(Unstructured crd, String type) {
    if (!(crd.get("status") instanceof Map<?, ?> status)
        || !(status.get("conditions") instanceof List<?> conditions)) {
      return false;
    }
    for (Object c : conditions) {
      if (c instanceof Map<?, ?> m && type.equals(m.get("type"))) {
        return "True".equals(m.get("status"));
      }
    }
    return false;
  }

  public boolean namespaced() {
    return "Namespaced".equals(scope);
  }

  /** The version marked {@code storage: true} (the first, if validation let several through). */
  public Version storageVersion() {
    return versions.stream().filter(Version::storage).findFirst().orElse(versions.get(0));
  }

  /**
   * The resource of one version as discovery lists it, with the names the naming controller
   * accepted: custom resources keep a generation, and serve every verb of a stored resource.
   */
  public ApiResource resource(Version version, Names accepted) {
    return new ApiResource(
        accepted.kind(),
        group,
        version.name(),
        accepted.plural(),
        accepted.singular().isEmpty()
            ? accepted.kind().toLowerCase(Locale.ROOT)
            : accepted.singular(),
        accepted.shortNames(),
        namespaced(),
        accepted.categories(),
        ApiResource.STORED_VERBS,
        true);
  }

  static String string(Object value) {
    return value instanceof String s ? s : "";
  }

  static List<String> strings(Object value) {
    List<String> out = new ArrayList<>();
    if (value instanceof List<?> list) {
      for (Object item : list) {
        out.add(Objects.toString(item, ""));
      }
    }
    return out;
  }
}
