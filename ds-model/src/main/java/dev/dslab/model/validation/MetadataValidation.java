package dev.dslab.model.validation;

import dev.dslab.model.meta.LabelSelector;
import dev.dslab.model.meta.LabelSelectorRequirement;
import dev.dslab.model.meta.LabelValues;
import dev.dslab.model.meta.ObjectMeta;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Object metadata, labels and label selectors (apimachinery's metadata and label validation), and
 * the messages every section shares. {@link #goSelector} renders a selector as Go's {@code %#v}
 * does, for the messages that quote one.
 */
final class MetadataValidation {
  static final String DNS1123_SUBDOMAIN_MSG =
      "a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '-' or '.', and must start"
          + " and end with an alphanumeric character (e.g. 'example.com', regex used for validation is"
          + " '[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*')";
  static final String DNS1123_LABEL_MSG =
      "a lowercase RFC 1123 label must consist of lower case alphanumeric characters or '-', and must start and end"
          + " with an alphanumeric character (e.g. 'my-name',  or '123-abc', regex used for validation is"
          + " '[a-z0-9]([-a-z0-9]*[a-z0-9])?')";
  static final String LABEL_VALUE_MSG =
      "a valid label must be an empty string or consist of alphanumeric characters, '-', '_' or '.', and must start"
          + " and end with an alphanumeric character (e.g. 'MyValue',  or 'my_value',  or '12345', regex used for"
          + " validation is '(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?')";
  static final String QUALIFIED_NAME_MSG =
      "name part must consist of alphanumeric characters, '-', '_' or '.', and must start and end with an"
          + " alphanumeric character (e.g. 'MyName',  or 'my.name',  or '123-abc', regex used for validation is"
          + " '([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]')";

  private MetadataValidation() {}

  static List<FieldError> objectMeta(ObjectMeta meta, boolean namespaced, String path) {
    return objectMeta(meta, namespaced, NameRule.DNS_SUBDOMAIN, path);
  }

  static List<FieldError> objectMeta(
      ObjectMeta meta, boolean namespaced, NameRule rule, String path) {
    List<FieldError> errs = new ArrayList<>();
    boolean hasName = meta.name() != null && !meta.name().isEmpty();
    boolean hasGenerate = meta.generateName() != null && !meta.generateName().isEmpty();
    if (!hasName && !hasGenerate) {
      errs.add(FieldError.required(path + ".name", "name or generateName is required"));
    } else if (hasName && rule == NameRule.PATH_SEGMENT) {
      for (String problem : pathSegmentProblems(meta.name())) {
        errs.add(FieldError.invalid(path + ".name", GoValues.quote(meta.name()), problem));
      }
    } else if (hasName && !LabelValues.isDnsSubdomain(meta.name())) {
      errs.add(
          FieldError.invalid(path + ".name", GoValues.quote(meta.name()), DNS1123_SUBDOMAIN_MSG));
    }
    if (namespaced
        && meta.namespace() != null
        && !meta.namespace().isEmpty()
        && !LabelValues.isDnsLabel(meta.namespace())) {
      errs.add(
          FieldError.invalid(
              path + ".namespace", GoValues.quote(meta.namespace()), DNS1123_LABEL_MSG));
    }
    errs.addAll(labels(meta.labels(), path + ".labels"));
    return errs;
  }

  /** path.IsValidPathSegmentName: not "." or "..", no "/" and no "%". */
  static List<String> pathSegmentProblems(String name) {
    if (name.equals(".") || name.equals("..")) {
      return List.of("may not be '" + name + "'");
    }
    List<String> problems = new ArrayList<>();
    for (String illegal : List.of("/", "%")) {
      if (name.contains(illegal)) {
        problems.add("may not contain '" + illegal + "'");
      }
    }
    return problems;
  }

  static List<FieldError> labels(Map<String, String> labels, String path) {
    List<FieldError> errs = new ArrayList<>();
    labels.forEach(
        (k, v) -> {
          labelKey(k, path, errs);
          if (!LabelValues.isValidValue(v)) {
            errs.add(
                FieldError.invalid(
                    path,
                    GoValues.quote(v),
                    v.length() > 63 ? "must be no more than 63 characters" : LABEL_VALUE_MSG));
          }
        });
    return errs;
  }

  static void labelKey(String key, String path, List<FieldError> errs) {
    if (!LabelValues.isValidKey(key)) {
      errs.add(FieldError.invalid(path, GoValues.quote(key), QUALIFIED_NAME_MSG));
    }
  }

  static List<FieldError> labelSelector(LabelSelector selector, String path) {
    List<FieldError> errs = new ArrayList<>(labels(selector.matchLabels(), path + ".matchLabels"));
    for (int i = 0; i < selector.matchExpressions().size(); i++) {
      LabelSelectorRequirement r = selector.matchExpressions().get(i);
      String p = path + ".matchExpressions[" + i + "]";
      String op = r.operator() == null ? "" : r.operator();
      switch (op) {
        case LabelSelectorRequirement.IN, LabelSelectorRequirement.NOT_IN -> {
          if (r.values().isEmpty()) {
            errs.add(
                FieldError.required(
                    p + ".values", "must be specified when `operator` is 'In' or 'NotIn'"));
          }
        }
        case LabelSelectorRequirement.EXISTS, LabelSelectorRequirement.DOES_NOT_EXIST -> {
          if (!r.values().isEmpty()) {
            errs.add(
                FieldError.forbidden(
                    p + ".values",
                    "may not be specified when `operator` is 'Exists' or 'DoesNotExist'"));
          }
        }
        default ->
            errs.add(
                FieldError.invalid(
                    p + ".operator", GoValues.quote(op), "not a valid selector operator"));
      }
      labelKey(r.key(), p + ".key", errs);
    }
    return errs;
  }

  static String goSelector(LabelSelector selector) {
    if (selector == null) {
      return "null";
    }
    String labels = GoValues.stringMap(selector.matchLabels());
    String exprs =
        selector.matchExpressions().isEmpty()
            ? "[]v1.LabelSelectorRequirement(nil)"
            : selector.matchExpressions().stream()
                .map(MetadataValidation::goRequirement)
                .collect(Collectors.joining(", ", "[]v1.LabelSelectorRequirement{", "}"));
    return "v1.LabelSelector{MatchLabels:" + labels + ", MatchExpressions:" + exprs + "}";
  }

  /** {@code %#v} of one v1.LabelSelectorRequirement. */
  private static String goRequirement(LabelSelectorRequirement r) {
    String values =
        r.values().isEmpty()
            ? "[]string(nil)"
            : r.values().stream()
                .map(GoValues::quote)
                .collect(Collectors.joining(", ", "[]string{", "}"));
    return "v1.LabelSelectorRequirement{Key:"
        + GoValues.quote(r.key())
        + ", Operator:"
        + GoValues.quote(r.operator())
        + ", Values:"
        + values
        + "}";
  }
}
