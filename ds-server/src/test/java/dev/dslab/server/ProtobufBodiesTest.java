package dev.dslab.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.protobuf.ByteString;
import dev.dslab.engine.Cluster;
import dev.dslab.session.presets.ClusterPresets;
import dev.dslab.yaml.Trees;
import io.kubernetes.client.proto.Meta.ObjectMeta;
import io.kubernetes.client.proto.Runtime.TypeMeta;
import io.kubernetes.client.proto.Runtime.Unknown;
import io.kubernetes.client.proto.V1;
import io.kubernetes.client.proto.V2beta2Autoscaling;
import java.io.ByteArrayOutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Bodies in application/vnd.kubernetes.protobuf as kubectl's typed creates send them (upstream
 * k8s.io/apimachinery/pkg/runtime/serializer/protobuf/protobuf.go Serializer.Decode), and bodies
 * that leave apiVersion and kind to the URL (json.go Decode's gvkWithDefaults) or name another kind
 * (apiserver handlers/rest.go transformDecodeError).
 */
class ProtobufBodiesTest {
  private static final String PROTOBUF = "application/vnd.kubernetes.protobuf";

  private final Cluster cluster =
      ClusterPresets.create("kind", 1, Cluster.DEFAULT_START).orElseThrow();
  private final ApiEndpoint endpoint = start();
  private final HttpClient http = HttpClient.newHttpClient();

  private ApiEndpoint start() {
    try {
      return ApiEndpoint.start(cluster, new InetSocketAddress("127.0.0.1", 0), 0, null);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  @AfterEach
  void stop() {
    endpoint.close();
  }

  private record Reply(int code, Map<String, Object> body) {
    String message() {
      return String.valueOf(body.get("message"));
    }
  }

  private Reply send(String method, String path, String contentType, byte[] body) throws Exception {
    HttpRequest.Builder b =
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + endpoint.port() + path))
            .header("Accept", PROTOBUF + ", application/json")
            .method(
                method,
                body == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofByteArray(body));
    if (contentType != null) {
      b.header("Content-Type", contentType);
    }
    HttpResponse<String> r = http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    return new Reply(r.statusCode(), Trees.parse("response", r.body()));
  }

  private Reply get(String path) throws Exception {
    return send("GET", path, null, null);
  }

  /** The k8s\0 magic, then the runtime.Unknown envelope around the object's bytes. */
  private static byte[] envelope(String apiVersion, String kind, byte[] raw) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(new byte[] {'k', '8', 's', 0});
    out.writeBytes(
        Unknown.newBuilder()
            .setTypeMeta(TypeMeta.newBuilder().setApiVersion(apiVersion).setKind(kind))
            .setRaw(ByteString.copyFrom(raw))
            .setContentType("")
            .build()
            .toByteArray());
    return out.toByteArray();
  }

  private static byte[] namespace(String name) {
    return envelope(
        "v1",
        "Namespace",
        V1.Namespace.newBuilder()
            .setMetadata(ObjectMeta.newBuilder().setName(name).putLabels("team", "a"))
            .setSpec(V1.NamespaceSpec.getDefaultInstance())
            .setStatus(V1.NamespaceStatus.getDefaultInstance())
            .build()
            .toByteArray());
  }

  @Test
  void aProtobufNamespaceIsStoredAsItsJsonWouldBeAndAnsweredInJson() throws Exception {
    Reply created = send("POST", "/api/v1/namespaces", PROTOBUF, namespace("team-a"));

    assertThat(created.code()).as(created.body().toString()).isEqualTo(201);
    assertThat(created.body()).containsEntry("kind", "Namespace").containsEntry("apiVersion", "v1");
    Reply got = get("/api/v1/namespaces/team-a");
    assertThat(got.code()).isEqualTo(200);
    assertThat(got.body().get("metadata").toString()).contains("team=a");
  }

  @Test
  void anAutoscalingV2BodyDecodesWithV2beta2sMessagesWhichHaveTheSameFieldNumbers()
      throws Exception {
    // what kubectl autoscale sends; the generated library has no autoscaling/v2 file
    byte[] hpa =
        envelope(
            "autoscaling/v2",
            "HorizontalPodAutoscaler",
            V2beta2Autoscaling.HorizontalPodAutoscaler.newBuilder()
                .setMetadata(ObjectMeta.newBuilder().setName("web"))
                .setSpec(
                    V2beta2Autoscaling.HorizontalPodAutoscalerSpec.newBuilder()
                        .setScaleTargetRef(
                            V2beta2Autoscaling.CrossVersionObjectReference.newBuilder()
                                .setApiVersion("apps/v1")
                                .setKind("Deployment")
                                .setName("web"))
                        .setMinReplicas(2)
                        .setMaxReplicas(5))
                .build()
                .toByteArray());

    Reply created =
        send(
            "POST",
            "/apis/autoscaling/v2/namespaces/default/horizontalpodautoscalers",
            PROTOBUF,
            hpa);

    assertThat(created.code()).as(created.body().toString()).isEqualTo(201);
    Reply got = get("/apis/autoscaling/v2/namespaces/default/horizontalpodautoscalers/web");
    assertThat(got.body().get("spec").toString())
        .contains("minReplicas=2", "maxReplicas=5", "kind=Deployment", "name=web");
  }

  @Test
  void aProtobufSecretsBytesAreStoredInBase64AsJsonCarriesThem() throws Exception {
    byte[] secret =
        envelope(
            "v1",
            "Secret",
            V1.Secret.newBuilder()
                .setMetadata(ObjectMeta.newBuilder().setName("token"))
                .putData("password", ByteString.copyFrom("s3cr3t", StandardCharsets.UTF_8))
                .setType("Opaque")
                .build()
                .toByteArray());

    Reply created = send("POST", "/api/v1/namespaces/default/secrets", PROTOBUF, secret);

    assertThat(created.code()).as(created.body().toString()).isEqualTo(201);
    Reply got = get("/api/v1/namespaces/default/secrets/token");
    assertThat(got.body().get("data")).isEqualTo(Map.of("password", "czNjcjN0"));
    assertThat(got.body()).containsEntry("type", "Opaque");
  }

  @Test
  void aTruncatedProtobufObjectGetsTheApiServers400AndNothingIsStored() throws Exception {
    byte[] whole =
        V1.Namespace.newBuilder()
            .setMetadata(ObjectMeta.newBuilder().setName("cut"))
            .build()
            .toByteArray();
    byte[] body = envelope("v1", "Namespace", Arrays.copyOf(whole, whole.length - 2));

    Reply refused = send("POST", "/api/v1/namespaces", PROTOBUF, body);

    assertThat(refused.code()).isEqualTo(400);
    assertThat(refused.body())
        .containsEntry("kind", "Status")
        .containsEntry("reason", "BadRequest");
    assertThat(refused.message())
        .isEqualTo("Namespace in version \"v1\" cannot be handled as a Namespace: unexpected EOF");
    assertThat(get("/api/v1/namespaces/cut").code()).isEqualTo(404);
  }

  @Test
  void aTruncatedEnvelopeIsUnrecognizedWithTheBodysFirstBytesInHex() throws Exception {
    byte[] whole = namespace("cut");
    byte[] body = Arrays.copyOf(whole, 12);

    Reply refused = send("POST", "/api/v1/namespaces", PROTOBUF, body);

    assertThat(refused.code()).isEqualTo(400);
    assertThat(refused.message())
        .startsWith(
            "the object provided is unrecognized (must be of type Namespace): unexpected EOF (")
        .contains("6b387300")
        .doesNotContain("not a Kubernetes object", "U+0000");
    assertThat(get("/api/v1/namespaces/cut").code()).isEqualTo(404);
  }

  @Test
  void aProtobufBodyOfAnotherKindCannotBeHandledAsTheUrlsKind() throws Exception {
    byte[] configMap =
        envelope(
            "v1",
            "ConfigMap",
            V1.ConfigMap.newBuilder()
                .setMetadata(ObjectMeta.newBuilder().setName("settings"))
                .build()
                .toByteArray());

    Reply refused = send("POST", "/api/v1/namespaces", PROTOBUF, configMap);

    assertThat(refused.code()).isEqualTo(400);
    assertThat(refused.message())
        .isEqualTo(
            "ConfigMap in version \"v1\" cannot be handled as a Namespace: converting"
                + " (v1.ConfigMap) to (core.Namespace): unknown conversion");
    assertThat(get("/api/v1/namespaces/settings").code()).isEqualTo(404);
  }

  @Test
  void aJsonBodyWithoutApiVersionAndKindIsTheUrlsKind() throws Exception {
    Reply created =
        send(
            "POST",
            "/api/v1/namespaces/default/configmaps",
            "application/json",
            "{\"metadata\":{\"name\":\"bare\"},\"data\":{\"a\":\"b\"}}"
                .getBytes(StandardCharsets.UTF_8));

    assertThat(created.code()).as(created.body().toString()).isEqualTo(201);
    assertThat(created.body()).containsEntry("apiVersion", "v1").containsEntry("kind", "ConfigMap");
    assertThat(get("/api/v1/namespaces/default/configmaps/bare").body().get("data"))
        .isEqualTo(Map.of("a", "b"));
  }

  @Test
  void aJsonBodyOfAnotherKindGetsTheApiServers400NotTheManifestReadersWords() throws Exception {
    Reply refused =
        send(
            "POST",
            "/apis/apps/v1/namespaces/default/deployments",
            "application/json",
            "{\"apiVersion\":\"apps/v1\",\"kind\":\"DaemonSet\",\"metadata\":{\"name\":\"x\"}}"
                .getBytes(StandardCharsets.UTF_8));

    assertThat(refused.code()).isEqualTo(400);
    assertThat(refused.message())
        .isEqualTo(
            "DaemonSet in version \"v1\" cannot be handled as a Deployment: converting"
                + " (v1.DaemonSet) to (apps.Deployment): unknown conversion");
    assertThat(get("/apis/apps/v1/namespaces/default/daemonsets/x").code()).isEqualTo(404);
  }

  @Test
  void goDurationsReadAsGoPrintsThem() {
    assertThat(ProtobufBodies.goDuration(0)).isEqualTo("0s");
    assertThat(ProtobufBodies.goDuration(1_500_000_000L)).isEqualTo("1.5s");
    assertThat(ProtobufBodies.goDuration(3_723_000_000_000L)).isEqualTo("1h2m3s");
    assertThat(ProtobufBodies.goDuration(500L)).isEqualTo("500ns");
    assertThat(ProtobufBodies.goDuration(1_500L)).isEqualTo("1.5µs");
    assertThat(ProtobufBodies.goDuration(250_000_000L)).isEqualTo("250ms");
    assertThat(ProtobufBodies.goDuration(120_000_000_000L)).isEqualTo("2m0s");
  }

  @Test
  void timesIntOrStringsAndZeroTimesReadAsTheirJson() throws Exception {
    byte[] pdb =
        envelope(
            "policy/v1",
            "PodDisruptionBudget",
            io.kubernetes.client.proto.V1Policy.PodDisruptionBudget.newBuilder()
                // Go's zero time is an empty message: JSON's null, left out
                .setMetadata(
                    ObjectMeta.newBuilder()
                        .setName("web")
                        .setCreationTimestamp(io.kubernetes.client.proto.Meta.Time.newBuilder()))
                .setSpec(
                    io.kubernetes.client.proto.V1Policy.PodDisruptionBudgetSpec.newBuilder()
                        .setMaxUnavailable(
                            io.kubernetes.client.proto.IntStr.IntOrString.newBuilder()
                                .setType(1)
                                .setStrVal("25%")))
                .setStatus(
                    io.kubernetes.client.proto.V1Policy.PodDisruptionBudgetStatus.newBuilder()
                        .addConditions(
                            io.kubernetes.client.proto.Meta.Condition.newBuilder()
                                .setType("DisruptionAllowed")
                                .setLastTransitionTime(
                                    io.kubernetes.client.proto.Meta.Time.newBuilder()
                                        .setSeconds(1_700_000_000L))))
                .build()
                .toByteArray());

    Map<String, Object> tree =
        ProtobufBodies.decode(
            pdb, Resource.find("policy", "v1", "poddisruptionbudgets").orElseThrow());

    assertThat(tree)
        .containsEntry("apiVersion", "policy/v1")
        .containsEntry("kind", "PodDisruptionBudget");
    assertThat(tree.get("metadata")).isEqualTo(Map.of("name", "web"));
    assertThat(tree.get("spec")).isEqualTo(Map.of("maxUnavailable", "25%"));
    assertThat(tree.get("status").toString())
        .contains("lastTransitionTime=2023-11-14T22:13:20Z", "type=DisruptionAllowed");
  }
}
