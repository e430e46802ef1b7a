package dev.dslab.print;

import static dev.dslab.print.UnstructuredTables.cell;
import static dev.dslab.print.UnstructuredTables.table;

import dev.dslab.model.meta.Unstructured;
import dev.dslab.print.KindTable.Scope;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The tables of the policy, scheduling, node, coordination, certificates, admission, flow-control
 * and API-extension kinds, after printers.go (printPodDisruptionBudget, printPriorityClass,
 * printRuntimeClass, printLease, printCertificateSigningRequest, printMutatingWebhook,
 * printValidatingWebhook, printValidatingAdmissionPolicy(Binding), printFlowSchema,
 * printPriorityLevelConfiguration), the default table convertor a CustomResourceDefinition gets
 * (NAME, CREATED AT) and kube-aggregator's APIService table.
 */
final class ClusterTables {
  private ClusterTables() {}

  static void register(Map<String, KindTable<?>> tables) {
    tables.put("PodDisruptionBudget", table(Scope.NAMESPACED, ClusterTables::pdb));
    tables.put("PriorityClass", table(Scope.CLUSTER, ClusterTables::priorityClass));
    tables.put("RuntimeClass", table(Scope.CLUSTER, ClusterTables::runtimeClass));
    tables.put("Lease", table(Scope.NAMESPACED, ClusterTables::lease));
    tables.put("CertificateSigningRequest", table(Scope.CLUSTER, ClusterTables::csr));
    tables.put("MutatingWebhookConfiguration", table(Scope.CLUSTER, ClusterTables::webhooks));
    tables.put("ValidatingWebhookConfiguration", table(Scope.CLUSTER, ClusterTables::webhooks));
    tables.put("ValidatingAdmissionPolicy", table(Scope.CLUSTER, ClusterTables::admissionPolicy));
    tables.put(
        "ValidatingAdmissionPolicyBinding", table(Scope.CLUSTER, ClusterTables::policyBinding));
    tables.put("FlowSchema", table(Scope.CLUSTER, ClusterTables::flowSchema));
    tables.put("PriorityLevelConfiguration", table(Scope.CLUSTER, ClusterTables::priorityLevel));
    tables.put(
        "CustomResourceDefinition", table(Scope.CLUSTER, UnstructuredTables::createdAtColumns));
    tables.put("APIService", table(Scope.CLUSTER, ClusterTables::apiService));
  }

  /** printPodDisruptionBudget: N/A for the bound not set; ALLOWED DISRUPTIONS from the status. */
  static List<Column<Unstructured>> pdb(Instant now) {
    return List.of(
        Column.name(),
        cell("Min Available", o -> StorageTables.orElse(o.get("spec", "minAvailable"), "N/A")),
        cell("Max Unavailable", o -> StorageTables.orElse(o.get("spec", "maxUnavailable"), "N/A")),
        cell(
            "Allowed Disruptions",
            o -> Long.toString(Fields.integer(o, "status", "disruptionsAllowed"))),
        Column.age(now));
  }

  /**
   * printPriorityClass. The API server prints its tables wide, so PREEMPTIONPOLICY (after AGE) is
   * always filled.
   */
  static List<Column<Unstructured>> priorityClass(Instant now) {
    return List.of(
        Column.name(),
        cell("Value", o -> Long.toString(Fields.integer(o, "value"))),
        cell("Global-Default", o -> Boolean.toString(Fields.bool(o.get("globalDefault"), false))),
        Column.age(now),
        cell("PreemptionPolicy", o -> Fields.text(o, "preemptionPolicy")));
  }

  static List<Column<Unstructured>> runtimeClass(Instant now) {
    return List.of(Column.name(), cell("Handler", o -> Fields.text(o, "handler")), Column.age(now));
  }

  static List<Column<Unstructured>> lease(Instant now) {
    return List.of(
        Column.name(),
        cell("Holder", o -> Fields.text(o, "spec", "holderIdentity")),
        Column.age(now));
  }

  /** printCertificateSigningRequest, with extractCSRStatus for CONDITION. */
  static List<Column<Unstructured>> csr(Instant now) {
    return List.of(
        Column.name(),
        Column.age(now),
        cell(
            "SignerName",
            o ->
                Cells.isSet(Fields.text(o, "spec", "signerName"))
                    ? Fields.text(o, "spec", "signerName")
                    : "<none>"),
        cell("Requestor", o -> Fields.text(o, "spec", "username")),
        cell(
            "RequestedDuration",
            o ->
                o.get("spec", "expirationSeconds") == null
                    ? "<none>"
                    : HumanDuration.format(
                        Duration.ofSeconds(Fields.integer(o, "spec", "expirationSeconds")))),
        cell("Condition", ClusterTables::csrStatus));
  }

  private static String csrStatus(Unstructured o) {
    boolean approved = false;
    boolean denied = false;
    boolean failed = false;
    for (Object c : Fields.list(o, "status", "conditions")) {
      switch (Fields.text(Fields.at(c, "type"))) {
        case "Approved" -> approved = true;
        case "Denied" -> denied = true;
        case "Failed" -> failed = true;
        default -> {}
      }
    }
    String status = denied ? "Denied" : approved ? "Approved" : "Pending";
    if (failed) {
      status += ",Failed";
    }
    if (!Fields.text(o, "status", "certificate").isEmpty()) {
      status += ",Issued";
    }
    return status;
  }

  /** printMutatingWebhook, printValidatingWebhook: the number of webhooks. */
  static List<Column<Unstructured>> webhooks(Instant now) {
    return List.of(
        Column.name(),
        cell("Webhooks", o -> Integer.toString(Fields.size(o.get("webhooks")))),
        Column.age(now));
  }

  static List<Column<Unstructured>> admissionPolicy(Instant now) {
    return List.of(
        Column.name(),
        cell("Validations", o -> Integer.toString(Fields.size(o.get("spec", "validations")))),
        cell(
            "ParamKind",
            o ->
                o.get("spec", "paramKind") == null
                    ? "<unset>"
                    : Fields.text(o, "spec", "paramKind", "apiVersion")
                        + "/"
                        + Fields.text(o, "spec", "paramKind", "kind")),
        Column.age(now));
  }

  static List<Column<Unstructured>> policyBinding(Instant now) {
    return List.of(
        Column.name(),
        cell("PolicyName", o -> Fields.text(o, "spec", "policyName")),
        cell("ParamRef", ClusterTables::paramRef),
        Column.age(now));
  }

  private static String paramRef(Unstructured o) {
    Object ref = o.get("spec", "paramRef");
    if (ref == null) {
      return "<unset>";
    }
    String name = Fields.text(Fields.at(ref, "name"));
    if (!name.isEmpty()) {
      String namespace = Fields.text(Fields.at(ref, "namespace"));
      return (namespace.isEmpty() ? "*" : namespace) + "/" + name;
    }
    if (Fields.at(ref, "selector") != null) {
      String selector = Fields.selector(Fields.at(ref, "selector")).format();
      return selector.equals("<none>") ? "" : selector;
    }
    return "<unset>";
  }

  static List<Column<Unstructured>> flowSchema(Instant now) {
    return List.of(
        Column.name(),
        cell("PriorityLevel", o -> Fields.text(o, "spec", "priorityLevelConfiguration", "name")),
        cell(
            "MatchingPrecedence",
            o -> Long.toString(Fields.integer(o, "spec", "matchingPrecedence"))),
        cell(
            "DistinguisherMethod",
            o -> StorageTables.orElse(o.get("spec", "distinguisherMethod", "type"), "<none>")),
        Column.age(now),
        cell("MissingPL", ClusterTables::danglingStatus));
  }

  private static String danglingStatus(Unstructured o) {
    for (Object c : Fields.list(o, "status", "conditions")) {
      if ("Dangling".equals(Fields.text(Fields.at(c, "type")))) {
        return Fields.text(Fields.at(c, "status"));
      }
    }
    return "?";
  }

  static List<Column<Unstructured>> priorityLevel(Instant now) {
    String[] queuing = {"spec", "limited", "limitResponse", "queuing"};
    return List.of(
        Column.name(),
        cell("Type", o -> Fields.text(o, "spec", "type")),
        cell(
            "NominalConcurrencyShares",
            o ->
                o.get("spec", "limited") == null
                    ? "<none>"
                    : Long.toString(
                        Fields.integer(o, "spec", "limited", "nominalConcurrencyShares"))),
        cell("Queues", o -> queuing(o, queuing, "queues")),
        cell("HandSize", o -> queuing(o, queuing, "handSize")),
        cell("QueueLengthLimit", o -> queuing(o, queuing, "queueLengthLimit")),
        Column.age(now));
  }

  private static String queuing(Unstructured o, String[] path, String field) {
    Object q = o.get(path);
    if (o.get("spec", "limited") == null || q == null) {
      return "<none>";
    }
    return Long.toString(Fields.integer(Fields.at(q, field)));
  }

  /** kube-aggregator's APIService table: SERVICE (Local for the built-in ones), AVAILABLE. */
  static List<Column<Unstructured>> apiService(Instant now) {
    return List.of(
        Column.name(),
        cell(
            "Service",
            o ->
                o.get("spec", "service") == null
                    ? "Local"
                    : Fields.text(o, "spec", "service", "namespace")
                        + "/"
                        + Fields.text(o, "spec", "service", "name")),
        cell("Available", ClusterTables::available),
        Column.age(now));
  }

  private static String available(Unstructured o) {
    for (Object c : Fields.list(o, "status", "conditions")) {
      if (!"Available".equals(Fields.text(Fields.at(c, "type")))) {
        continue;
      }
      String status = Fields.text(Fields.at(c, "status"));
      String reason = Fields.text(Fields.at(c, "reason"));
      if (status.equals("True") || reason.isEmpty()) {
        return status;
      }
      return status + " (" + reason + ")";
    }
    return "Unknown";
  }
}
