package dev.dslab.server;

import com.google.protobuf.ByteString;
import com.google.protobuf.Descriptors.Descriptor;
import com.google.protobuf.Descriptors.FieldDescriptor;
import com.google.protobuf.Descriptors.FileDescriptor;
import com.google.protobuf.DynamicMessage;
import com.google.protobuf.InvalidProtocolBufferException;
import com.google.protobuf.Message;
import io.kubernetes.client.proto.Runtime.Unknown;
import io.kubernetes.client.proto.V1;
import io.kubernetes.client.proto.V1Apps;
import io.kubernetes.client.proto.V1Autoscaling;
import io.kubernetes.client.proto.V1Batch;
import io.kubernetes.client.proto.V1Certificates;
import io.kubernetes.client.proto.V1Networking;
import io.kubernetes.client.proto.V1Policy;
import io.kubernetes.client.proto.V1Rbac;
import io.kubernetes.client.proto.V1Scheduling;
import io.kubernetes.client.proto.V1Storage;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Request bodies in {@code application/vnd.kubernetes.protobuf}, which kubectl's typed creates
 * ({@code kubectl create namespace|configmap|secret|...}) send: the {@code k8s\0} magic, then a
 * {@code runtime.Unknown} envelope whose {@code raw} is the generated protobuf of the object. The
 * object is decoded with the generated Kubernetes descriptors and turned into the JSON tree that a
 * JSON body of the same object would give, so the rest of the endpoint reads one form. After
 * upstream's {@code k8s.io/apimachinery/pkg/runtime/serializer/protobuf/protobuf.go}
 * (Serializer.Decode) and the JSON tags of the API types.
 */
final class ProtobufBodies {
  /** The prefix of every Kubernetes protobuf body (protobuf.go: protoEncodingPrefix). */
  private static final byte[] MAGIC = {'k', '8', 's', 0};

  private static final String META = "k8s.io.apimachinery.pkg.apis.meta.v1.";

  /**
   * Fields that the Go types embed with {@code json:",inline"}: their members stand in the parent's
   * JSON object (core/v1 types.go: Probe.ProbeHandler, Volume.VolumeSource,
   * PersistentVolumeSpec.PersistentVolumeSource, EphemeralContainer.EphemeralContainerCommon).
   */
  private static final Set<String> INLINE =
      Set.of(
          "k8s.io.api.core.v1.Probe.handler",
          "k8s.io.api.core.v1.Volume.volumeSource",
          "k8s.io.api.core.v1.PersistentVolumeSpec.persistentVolumeSource",
          "k8s.io.api.core.v1.EphemeralContainer.ephemeralContainerCommon",
          "k8s.io.api.networking.v1.IngressRule.ingressRuleValue",
          "k8s.io.api.admissionregistration.v1.RuleWithOperations.rule",
          "k8s.io.api.admissionregistration.v1.NamedRuleWithOperations.ruleWithOperations");

  /**
   * Scalars that the Go types hold by value with {@code omitempty}: Go's protobuf writes them even
   * at zero, and their JSON leaves a zero out, so a zero here is no value sent (a pointer field's
   * zero, such as replicas: 0 or backoffLimit: 0, is a value and stays). The ones kubectl's typed
   * creates carry and those beside them, after the JSON tags in the API's types.go files.
   */
  private static final Set<String> OMITTED_AT_ZERO =
      Set.of(
          META + "ObjectMeta.generation",
          "k8s.io.api.core.v1.Container.stdin",
          "k8s.io.api.core.v1.Container.stdinOnce",
          "k8s.io.api.core.v1.Container.tty",
          "k8s.io.api.core.v1.ContainerPort.hostPort",
          "k8s.io.api.core.v1.PodSpec.hostNetwork",
          "k8s.io.api.core.v1.PodSpec.hostPID",
          "k8s.io.api.core.v1.PodSpec.hostIPC",
          "k8s.io.api.core.v1.Probe.initialDelaySeconds",
          "k8s.io.api.core.v1.Probe.timeoutSeconds",
          "k8s.io.api.core.v1.Probe.periodSeconds",
          "k8s.io.api.core.v1.Probe.successThreshold",
          "k8s.io.api.core.v1.Probe.failureThreshold",
          "k8s.io.api.core.v1.ServicePort.nodePort",
          "k8s.io.api.core.v1.ServiceSpec.healthCheckNodePort",
          "k8s.io.api.core.v1.ServiceSpec.publishNotReadyAddresses",
          "k8s.io.api.apps.v1.DeploymentSpec.minReadySeconds",
          "k8s.io.api.apps.v1.DeploymentSpec.paused",
          "k8s.io.api.apps.v1.DeploymentStatus.observedGeneration",
          "k8s.io.api.apps.v1.DeploymentStatus.replicas",
          "k8s.io.api.apps.v1.DeploymentStatus.updatedReplicas",
          "k8s.io.api.apps.v1.DeploymentStatus.readyReplicas",
          "k8s.io.api.apps.v1.DeploymentStatus.availableReplicas",
          "k8s.io.api.apps.v1.DeploymentStatus.unavailableReplicas",
          "k8s.io.api.batch.v1.JobStatus.active",
          "k8s.io.api.batch.v1.JobStatus.succeeded",
          "k8s.io.api.batch.v1.JobStatus.failed",
          "k8s.io.api.policy.v1.PodDisruptionBudgetStatus.observedGeneration",
          "k8s.io.api.networking.v1.ServiceBackendPort.number",
          "k8s.io.api.scheduling.v1.PriorityClass.globalDefault");

  /**
   * The generated files of the built-in groups at v1, the kinds a typed create sends: loaded at the
   * first protobuf body, so that JSON bodies never pay for their descriptors.
   */
  private static final class Generated {
    static final List<FileDescriptor> FILES =
        List.of(
            V1.getDescriptor(),
            V1Apps.getDescriptor(),
            V1Autoscaling.getDescriptor(),
            V1Batch.getDescriptor(),
            V1Certificates.getDescriptor(),
            V1Networking.getDescriptor(),
            V1Policy.getDescriptor(),
            V1Rbac.getDescriptor(),
            V1Scheduling.getDescriptor(),
            V1Storage.getDescriptor(),
            io.kubernetes.client.proto.V2beta2Autoscaling.getDescriptor());
  }

  /**
   * Served versions the generated library has no file of, and the version whose messages are the
   * same on the wire: autoscaling/v2 graduated from v2beta2 with its generated.proto unchanged
   * (same messages, same field numbers), which kubectl autoscale sends.
   */
  private static final Map<String, String> SAME_WIRE_FORMAT =
      Map.of("k8s.io.api.autoscaling.v2", "k8s.io.api.autoscaling.v2beta2");

  private static final DateTimeFormatter MICRO =
      DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSSSS'Z'").withZone(ZoneOffset.UTC);

  /** Go's zero time.Time in Unix seconds: an unset metav1.Time on the wire. */
  private static final long GO_ZERO_TIME_SECONDS = -62135596800L;

  private ProtobufBodies() {}

  /** Whether the body starts with the Kubernetes protobuf magic. */
  static boolean isProtobuf(byte[] body) {
    return body.length >= MAGIC.length
        && Arrays.equals(body, 0, MAGIC.length, MAGIC, 0, MAGIC.length);
  }

  /**
   * The object in the body as a JSON tree, its apiVersion and kind from the envelope (the URL's
   * where the envelope leaves them out). A body that is not one gets the API server's 400.
   *
   * @param resource the resource the URL names: the kind the body must decode into
   */
  static Map<String, Object> decode(byte[] body, Resource resource) throws BadRequest {
    String urlKind = resource.kind().kindName();
    if (body.length == MAGIC.length) {
      throw unrecognized(urlKind, "empty body", body);
    }
    Unknown envelope;
    try {
      envelope = Unknown.parseFrom(Arrays.copyOfRange(body, MAGIC.length, body.length));
    } catch (InvalidProtocolBufferException e) {
      throw unrecognized(urlKind, goError(e), body);
    }
    String apiVersion = envelope.getTypeMeta().getApiVersion();
    String kind = envelope.getTypeMeta().getKind();
    // protobuf.go copyKindDefaults: what the envelope leaves out, the URL's kind fills in
    if (apiVersion.isEmpty()) {
      apiVersion = resource.groupVersion();
    }
    if (kind.isEmpty()) {
      kind = urlKind;
    }
    String version = apiVersion.substring(apiVersion.indexOf('/') + 1);
    Descriptor type = messageType(apiVersion, kind);
    if (type == null) {
      throw cannotBeHandled(
          kind,
          version,
          urlKind,
          "no kind \"" + kind + "\" is registered for version \"" + apiVersion + "\"");
    }
    Map<String, Object> tree = new LinkedHashMap<>();
    tree.put("apiVersion", apiVersion);
    tree.put("kind", kind);
    try {
      tree.putAll(object(DynamicMessage.parseFrom(type, envelope.getRaw().toByteArray())));
    } catch (InvalidProtocolBufferException e) {
      throw cannotBeHandled(kind, version, urlKind, goError(e));
    } catch (IllegalArgumentException e) {
      throw cannotBeHandled(kind, version, urlKind, e.getMessage());
    }
    return tree;
  }

  /**
   * The body's kind could not become the URL's: handlers/rest.go transformDecodeError, with the
   * kind the body named.
   */
  static BadRequest cannotBeHandled(String kind, String version, String urlKind, String cause) {
    return BadRequest.of(
        kind + " in version \"" + version + "\" cannot be handled as a " + urlKind + ": " + cause);
  }

  /**
   * The body named no kind that could be read: transformDecodeError with summarizeData (the first
   * 30 bytes, in hex when the body is no JSON object).
   */
  static BadRequest unrecognized(String urlKind, String cause, byte[] body) {
    String summary;
    if (body.length == 0) {
      summary = "<empty>";
    } else {
      byte[] head = Arrays.copyOf(body, Math.min(body.length, 30));
      summary =
          (body[0] == '{'
                  ? new String(head, StandardCharsets.UTF_8)
                  : HexFormat.of().formatHex(head))
              + (body.length > 30 ? " ..." : "");
    }
    return BadRequest.of(
        "the object provided is unrecognized (must be of type "
            + urlKind
            + "): "
            + cause
            + " ("
            + summary
            + ")");
  }

  /** Go's protobuf errors for the same faults: a body cut short is io.ErrUnexpectedEOF. */
  private static String goError(InvalidProtocolBufferException e) {
    String message = String.valueOf(e.getMessage());
    if (message.contains("ended unexpectedly") || message.contains("truncated")) {
      return "unexpected EOF";
    }
    return "proto: " + message;
  }

  /** The generated message of a group/version and kind: k8s.io.api.GROUP.VERSION.KIND. */
  private static Descriptor messageType(String apiVersion, String kind) {
    int slash = apiVersion.indexOf('/');
    String group = slash < 0 ? "core" : apiVersion.substring(0, slash);
    // the proto package is the group's first label (rbac.authorization.k8s.io -> rbac)
    String pkg =
        "k8s.io.api."
            + (group.contains(".") ? group.substring(0, group.indexOf('.')) : group)
            + "."
            + apiVersion.substring(slash + 1);
    String generated = SAME_WIRE_FORMAT.getOrDefault(pkg, pkg);
    for (FileDescriptor file : Generated.FILES) {
      if (file.getPackage().equals(generated)) {
        Descriptor type = file.findMessageTypeByName(kind);
        if (type != null) {
          return type;
        }
      }
    }
    return null;
  }

  /** A message's set fields as a JSON object, by the JSON names (which the .proto fields carry). */
  private static Map<String, Object> object(Message message) {
    Map<String, Object> tree = new LinkedHashMap<>();
    for (Map.Entry<FieldDescriptor, Object> e : message.getAllFields().entrySet()) {
      FieldDescriptor field = e.getKey();
      Object value = field.isMapField() ? map(e.getValue()) : value(field, e.getValue());
      if (value == null
          || OMITTED_AT_ZERO.contains(field.getFullName())
              && (Boolean.FALSE.equals(value) || value instanceof Number n && n.longValue() == 0)) {
        continue;
      }
      if (INLINE.contains(field.getFullName()) && value instanceof Map<?, ?> inner) {
        inner.forEach((k, v) -> tree.put((String) k, v));
      } else {
        tree.put(field.getName(), value);
      }
    }
    return tree;
  }

  private static Map<String, Object> map(Object entries) {
    Map<String, Object> tree = new LinkedHashMap<>();
    for (Object o : (List<?>) entries) {
      Message entry = (Message) o;
      Descriptor d = entry.getDescriptorForType();
      FieldDescriptor valueField = d.findFieldByName("value");
      Object value = value(valueField, entry.getField(valueField));
      tree.put(
          String.valueOf(entry.getField(d.findFieldByName("key"))), value == null ? "" : value);
    }
    return tree;
  }

  private static Object value(FieldDescriptor field, Object value) {
    if (field.isRepeated()) {
      List<Object> list = new ArrayList<>();
      for (Object item : (List<?>) value) {
        Object converted = single(field, item);
        list.add(converted == null ? "" : converted);
      }
      return list;
    }
    return single(field, value);
  }

  /**
   * One value in its JSON form; null for what JSON's omitempty leaves out (Go writes a non-pointer
   * string even when it is empty).
   */
  private static Object single(FieldDescriptor field, Object value) {
    return switch (field.getJavaType()) {
      case STRING -> ((String) value).isEmpty() ? null : value;
      case BYTE_STRING -> Base64.getEncoder().encodeToString(((ByteString) value).toByteArray());
      case MESSAGE -> message((Message) value);
      case ENUM -> value.toString();
      default -> value;
    };
  }

  /** The apimachinery types whose JSON is no object, then any other message as an object. */
  private static Object message(Message m) {
    Descriptor d = m.getDescriptorForType();
    return switch (d.getFullName()) {
      case META + "Time" -> time(m, DateTimeFormatter.ISO_INSTANT);
      case META + "MicroTime" -> time(m, MICRO);
      case META + "Duration" -> goDuration(longField(m, "duration"));
      case META + "FieldsV1", "k8s.io.apimachinery.pkg.runtime.RawExtension" -> rawJson(m);
      case "k8s.io.apimachinery.pkg.api.resource.Quantity" -> stringField(m, "string");
      case "k8s.io.apimachinery.pkg.util.intstr.IntOrString" ->
          longField(m, "type") == 1 ? stringField(m, "strVal") : (Object) longField(m, "intVal");
      default -> object(m);
    };
  }

  /** metav1.Time: RFC 3339 in UTC; an empty message (Go's zero time) is left out like null. */
  private static Object time(Message m, DateTimeFormatter format) {
    long seconds = longField(m, "seconds");
    long nanos = longField(m, "nanos");
    if (m.getAllFields().isEmpty() || seconds == GO_ZERO_TIME_SECONDS && nanos == 0) {
      return null;
    }
    Instant at = Instant.ofEpochSecond(seconds, format == MICRO ? nanos : 0);
    return format.format(at);
  }

  /** RawExtension and FieldsV1 carry JSON bytes: their tree stands in the object. */
  private static Object rawJson(Message m) {
    FieldDescriptor raw = m.getDescriptorForType().findFieldByName("raw");
    if (raw == null) {
      raw = m.getDescriptorForType().findFieldByName("Raw");
    }
    if (raw == null || !m.hasField(raw)) {
      return null;
    }
    try {
      return RequestBodies.parseJson(((ByteString) m.getField(raw)).toByteArray());
    } catch (BadRequest e) {
      throw new IllegalArgumentException(e.getMessage());
    }
  }

  /** metav1.Duration's JSON: Go's time.Duration.String() of the nanoseconds. */
  static String goDuration(long nanos) {
    if (nanos == 0) {
      return "0s";
    }
    StringBuilder out = new StringBuilder(nanos < 0 ? "-" : "");
    long n = Math.abs(nanos);
    if (n < 1_000L) {
      return out.append(n).append("ns").toString();
    }
    if (n < 1_000_000_000L) {
      boolean micro = n < 1_000_000L;
      return out.append(decimal(n, micro ? 3 : 6)).append(micro ? "µs" : "ms").toString();
    }
    long hours = n / 3_600_000_000_000L;
    long minutes = n / 60_000_000_000L % 60;
    long secondsNanos = n % 60_000_000_000L;
    if (hours > 0) {
      out.append(hours).append('h');
    }
    if (hours > 0 || minutes > 0) {
      out.append(minutes).append('m');
    }
    return out.append(decimal(secondsNanos, 9)).append('s').toString();
  }

  /** A count with the point moved left, without trailing zeros (Go's fmtFrac). */
  private static String decimal(long n, int places) {
    return new java.math.BigDecimal(n).movePointLeft(places).stripTrailingZeros().toPlainString();
  }

  private static long longField(Message m, String name) {
    FieldDescriptor f = m.getDescriptorForType().findFieldByName(name);
    return f == null ? 0 : ((Number) m.getField(f)).longValue();
  }

  private static String stringField(Message m, String name) {
    FieldDescriptor f = m.getDescriptorForType().findFieldByName(name);
    return f == null ? "" : (String) m.getField(f);
  }
}
