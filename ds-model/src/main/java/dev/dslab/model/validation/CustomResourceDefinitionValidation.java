package dev.dslab.model.validation;

import dev.dslab.model.apiextensions.CustomResourceDefinition;
import dev.dslab.model.apiextensions.CustomResourceDefinition.Names;
import dev.dslab.model.apiextensions.CustomResourceDefinition.Version;
import dev.dslab.model.meta.LabelValues;
import dev.dslab.model.meta.Unstructured;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * CustomResourceDefinitions, after apiextensions-apiserver's
 * pkg/apis/apiextensions/validation/validation.go (ValidateCustomResourceDefinition,
 * validateCustomResourceDefinitionSpec, ValidateCustomResourceDefinitionNames) and the structural
 * schema checks of pkg/apiserver/schema/validation.go: the name, group, scope, versions, names and
 * each version's openAPIV3Schema, with the API server's messages and field paths. CEL rules,
 * defaults, conversion webhooks and the schema's other keywords are not checked.
 */
final class CustomResourceDefinitionValidation {
  /** validation.go's openapiV3Types, sorted as field.NotSupported prints them. */
  private static final String[] OPENAPI_TYPES = {
    "array", "boolean", "integer", "number", "object", "string"
  };

  static final String DNS1035_LABEL_MSG =
      "a DNS-1035 label must consist of lower case alphanumeric characters or '-', start with an"
          + " alphabetic character, and end with an alphanumeric character (e.g. 'my-name',  or"
          + " 'abc-123', regex used for validation is '[a-z]([-a-z0-9]*[a-z0-9])?')";

  private static final Pattern DNS1035 = Pattern.compile("[a-z]([-a-z0-9]*[a-z0-9])?");

  private CustomResourceDefinitionValidation() {}

  static List<FieldError> validate(Unstructured object) {
    CustomResourceDefinition crd = CustomResourceDefinition.of(object);
    List<FieldError> errs = new ArrayList<>(metadata(object, crd));
    errs.addAll(spec(object, crd));
    return errs;
  }

  /**
   * ValidateCustomResourceDefinitionUpdate: the create checks, plus group and plural that name the
   * resource and, once established, scope and kind that its stored objects depend on.
   */
  static List<FieldError> validateUpdate(Unstructured updated, Unstructured old) {
    List<FieldError> errs = validate(updated);
    CustomResourceDefinition now = CustomResourceDefinition.of(updated);
    CustomResourceDefinition before = CustomResourceDefinition.of(old);
    if (CustomResourceDefinition.conditionTrue(old, "Established")) {
      immutable(errs, "spec.scope", Objects.toString(now.scope(), ""), before.scope());
      immutable(errs, "spec.names.kind", now.names().kind(), before.names().kind());
    }
    immutable(errs, "spec.group", now.group(), before.group());
    immutable(errs, "spec.names.plural", now.names().plural(), before.names().plural());
    return errs;
  }

  private static void immutable(List<FieldError> errs, String field, String value, String old) {
    if (!Objects.equals(value, Objects.toString(old, ""))) {
      errs.add(FieldError.invalid(field, GoValues.quote(value), "field is immutable"));
    }
  }

  /** ValidateObjectMeta with the CRD's name function: a DNS subdomain that is plural.group. */
  private static List<FieldError> metadata(Unstructured object, CustomResourceDefinition crd) {
    List<FieldError> errs = new ArrayList<>();
    String name = object.metadata().name();
    if (name == null || name.isEmpty()) {
      return MetadataValidation.objectMeta(object.metadata(), false, "metadata");
    }
    if (!LabelValues.isDnsSubdomain(name)) {
      errs.add(
          FieldError.invalid(
              "metadata.name", GoValues.quote(name), MetadataValidation.DNS1123_SUBDOMAIN_MSG));
    }
    if (!name.equals(crd.names().plural() + "." + crd.group())) {
      errs.add(
          FieldError.invalid(
              "metadata.name", GoValues.quote(name), "must be spec.names.plural+\".\"+spec.group"));
    }
    errs.addAll(MetadataValidation.labels(object.metadata().labels(), "metadata.labels"));
    return errs;
  }

  private static List<FieldError> spec(Unstructured object, CustomResourceDefinition crd) {
    List<FieldError> errs = new ArrayList<>();
    String group = crd.group();
    if (group.isEmpty()) {
      errs.add(FieldError.required("spec.group", ""));
    } else if (!LabelValues.isDnsSubdomain(group)) {
      errs.add(
          FieldError.invalid(
              "spec.group", GoValues.quote(group), MetadataValidation.DNS1123_SUBDOMAIN_MSG));
    } else if (group.split("\\.").length < 2) {
      errs.add(
          FieldError.invalid(
              "spec.group", GoValues.quote(group), "should be a domain with at least one dot"));
    }
    if (crd.scope() == null || crd.scope().isEmpty()) {
      errs.add(FieldError.required("spec.scope", ""));
    } else if (!crd.scope().equals("Cluster") && !crd.scope().equals("Namespaced")) {
      errs.add(
          FieldError.notSupported(
              "spec.scope", GoValues.quote(crd.scope()), "Cluster", "Namespaced"));
    }
    List<Version> versions = crd.versions();
    // the v1 API: every version needs a schema (requireOpenAPISchema)
    for (int i = 0; i < versions.size(); i++) {
      if (versions.get(i).schema() == null) {
        errs.add(
            FieldError.required(
                "spec.versions[" + i + "].schema.openAPIV3Schema", "schemas are required"));
      }
    }
    // versions whose schemas are all the same are one top-level schema to the API server (the v1
    // conversion hoists them into spec.validation), and its messages name that field
    boolean hoisted = identicalSchemas(versions);
    int storage = 0;
    Set<String> seen = new HashSet<>();
    boolean unique = true;
    for (int i = 0; i < versions.size(); i++) {
      Version v = versions.get(i);
      if (v.storage()) {
        storage++;
      }
      unique &= seen.add(v.name());
      for (String problem : dns1035(v.name())) {
        errs.add(
            FieldError.invalid("spec.versions[" + i + "].name", GoValues.quote(v.name()), problem));
      }
      if (!hoisted && v.schema() != null) {
        schema(v.schema(), "spec.versions[" + i + "].schema.openAPIV3Schema", errs);
      }
    }
    if (!unique) {
      errs.add(
          FieldError.invalid(
              "spec.versions",
              GoVersions.render(versions, hoisted),
              "must contain unique version names"));
    }
    if (storage != 1) {
      errs.add(
          FieldError.invalid(
              "spec.versions",
              GoVersions.render(versions, hoisted),
              "must have exactly one version marked as storage version"));
    }
    Names names = crd.names();
    requireName(errs, "plural", names.plural());
    requireName(errs, "singular", names.singular());
    requireName(errs, "kind", names.kind());
    requireName(errs, "listKind", names.listKind());
    errs.addAll(names(names, "spec.names"));
    if (hoisted) {
      schema(versions.get(0).schema(), "spec.validation.openAPIV3Schema", errs);
    }
    for (int i = 0; i < versions.size(); i++) {
      List<dev.dslab.model.apiextensions.PrinterColumn> columns = versions.get(i).printerColumns();
      for (int c = 0; c < columns.size(); c++) {
        column(
            columns.get(c), "spec.versions[" + i + "].additionalPrinterColumns[" + c + "]", errs);
      }
    }
    return errs;
  }

  /** ValidateCustomResourceColumnDefinition. */
  private static void column(
      dev.dslab.model.apiextensions.PrinterColumn c, String path, List<FieldError> errs) {
    if (c.name().isEmpty()) {
      errs.add(FieldError.required(path + ".name", ""));
    }
    if (c.type().isEmpty()) {
      errs.add(FieldError.required(path + ".type", "must be a type"));
    } else if (!List.of("integer", "number", "string", "boolean", "date").contains(c.type())) {
      errs.add(
          FieldError.notSupported(
              path + ".type",
              GoValues.quote(c.type()),
              "boolean",
              "date",
              "integer",
              "number",
              "string"));
    }
    if (c.jsonPath().isEmpty()) {
      errs.add(FieldError.required(path + ".jsonPath", ""));
    }
  }

  private static boolean identicalSchemas(List<Version> versions) {
    if (versions.isEmpty()) {
      return false;
    }
    Object first = versions.get(0).schema();
    for (Version v : versions) {
      if (v.schema() == null || !v.schema().equals(first)) {
        return false;
      }
    }
    return true;
  }

  private static void requireName(List<FieldError> errs, String name, String value) {
    if (value.isEmpty()) {
      errs.add(FieldError.required("spec.names." + name, ""));
    }
  }

  /** ValidateCustomResourceDefinitionNames. */
  static List<FieldError> names(Names names, String path) {
    List<FieldError> errs = new ArrayList<>();
    label(errs, path + ".plural", names.plural(), names.plural(), "");
    label(errs, path + ".singular", names.singular(), names.singular(), "");
    String mixedCase = "may have mixed case, but should otherwise match: ";
    label(errs, path + ".kind", names.kind(), names.kind().toLowerCase(Locale.ROOT), mixedCase);
    label(
        errs,
        path + ".listKind",
        names.listKind(),
        names.listKind().toLowerCase(Locale.ROOT),
        mixedCase);
    for (int i = 0; i < names.shortNames().size(); i++) {
      String s = names.shortNames().get(i);
      label(errs, path + ".shortNames[" + i + "]", s, s, "");
    }
    if (!names.kind().isEmpty() && names.kind().equals(names.listKind())) {
      errs.add(
          FieldError.invalid(
              path + ".listKind",
              GoValues.quote(names.listKind()),
              "kind and listKind may not be the same"));
    }
    for (int i = 0; i < names.categories().size(); i++) {
      String c = names.categories().get(i);
      label(errs, path + ".categories[" + i + "]", c, c, "");
    }
    return errs;
  }

  private static void label(
      List<FieldError> errs, String field, String value, String checked, String prefix) {
    if (value.isEmpty()) {
      return;
    }
    List<String> problems = dns1035(checked);
    if (!problems.isEmpty()) {
      errs.add(
          FieldError.invalid(field, GoValues.quote(value), prefix + String.join(",", problems)));
    }
  }

  /** validation.IsDNS1035Label. */
  static List<String> dns1035(String value) {
    List<String> problems = new ArrayList<>();
    if (value.length() > 63) {
      problems.add("must be no more than 63 characters");
    }
    if (!DNS1035.matcher(value).matches()) {
      problems.add(DNS1035_LABEL_MSG);
    }
    return problems;
  }

  /**
   * One schema node and those below it: the type keyword's values (specStandardValidatorV3), then
   * the structural rules (a type everywhere a property or item is specified, an object at the
   * root).
   */
  private static void schema(Object node, String path, List<FieldError> errs) {
    List<FieldError> types = new ArrayList<>();
    List<FieldError> structural = new ArrayList<>();
    walk(node, path, Position.ROOT, types, structural);
    errs.addAll(types);
    errs.addAll(structural);
  }

  private enum Position {
    ROOT,
    PROPERTY,
    ITEMS,
    OTHER
  }

  private static void walk(
      Object node,
      String path,
      Position position,
      List<FieldError> types,
      List<FieldError> structural) {
    if (!(node instanceof Map<?, ?> schema)) {
      if (position == Position.ROOT) {
        structural.add(FieldError.required(path + ".type", "must not be empty at the root"));
      }
      return;
    }
    String type = schema.get("type") instanceof String s ? s : "";
    if (!type.isEmpty() && !List.of(OPENAPI_TYPES).contains(type)) {
      types.add(FieldError.notSupported(path + ".type", GoValues.quote(type), OPENAPI_TYPES));
    }
    boolean typeOptional =
        Boolean.TRUE.equals(schema.get("x-kubernetes-int-or-string"))
            || Boolean.TRUE.equals(schema.get("x-kubernetes-preserve-unknown-fields"))
            || Boolean.TRUE.equals(schema.get("x-kubernetes-embedded-resource"));
    switch (position) {
      case ROOT -> {
        if (type.isEmpty()) {
          structural.add(FieldError.required(path + ".type", "must not be empty at the root"));
        } else if (!type.equals("object")) {
          structural.add(
              FieldError.invalid(
                  path + ".type", GoValues.quote(type), "must be object at the root"));
        }
      }
      case PROPERTY -> {
        if (type.isEmpty() && !typeOptional) {
          structural.add(
              FieldError.required(path + ".type", "must not be empty for specified object fields"));
        }
      }
      case ITEMS -> {
        if (type.isEmpty() && !typeOptional) {
          structural.add(
              FieldError.required(path + ".type", "must not be empty for specified array items"));
        }
      }
      case OTHER -> {}
    }
    if (schema.get("properties") instanceof Map<?, ?> properties) {
      for (Map.Entry<?, ?> p : new TreeMap<>(properties).entrySet()) {
        walk(
            p.getValue(),
            path + ".properties[" + p.getKey() + "]",
            Position.PROPERTY,
            types,
            structural);
      }
    }
    if (schema.get("items") instanceof Map<?, ?> items) {
      walk(items, path + ".items", Position.ITEMS, types, structural);
    }
    if (schema.get("additionalProperties") instanceof Map<?, ?> more) {
      walk(more, path + ".additionalProperties", Position.ITEMS, types, structural);
    }
  }

  /**
   * How Go's {@code %#v} prints the internal versions a versions-wide error quotes. The schema is a
   * pointer, printed by the real server with its (varying) address; here with a fixed one.
   */
  private static final class GoVersions {
    private GoVersions() {}

    static String render(List<Version> versions, boolean hoisted) {
      StringBuilder b = new StringBuilder("[]apiextensions.CustomResourceDefinitionVersion{");
      for (int i = 0; i < versions.size(); i++) {
        Version v = versions.get(i);
        b.append(i == 0 ? "" : ", ")
            .append("apiextensions.CustomResourceDefinitionVersion{Name:")
            .append(GoValues.quote(v.name()))
            .append(", Served:")
            .append(v.served())
            .append(", Storage:")
            .append(v.storage())
            .append(", Deprecated:false, DeprecationWarning:(*string)(nil), Schema:")
            .append(
                hoisted || v.schema() == null
                    ? "(*apiextensions.CustomResourceValidation)(nil)"
                    : "(*apiextensions.CustomResourceValidation)(0xc000010000)")
            .append(", Subresources:(*apiextensions.CustomResourceSubresources)(nil)")
            .append(
                ", AdditionalPrinterColumns:[]apiextensions.CustomResourceColumnDefinition(nil)")
            .append(", SelectableFields:[]apiextensions.SelectableField(nil)}");
      }
      return b.append("}").toString();
    }
  }
}
