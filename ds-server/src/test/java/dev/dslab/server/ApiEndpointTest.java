package dev.dslab.server;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dslab.engine.Cluster;
import dev.dslab.engine.api.Kind;
import dev.dslab.model.core.Node;
import dev.dslab.model.meta.KubeObject;
import dev.dslab.session.presets.ClusterPresets;
import dev.dslab.yaml.Trees;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The REST surface over loopback with the JDK's HTTP client: what kubectl and other clients send.
 */
class ApiEndpointTest {
  private static final String WORKER = "kind-multinodes-worker";
  private static final String DS =
      """
      {"apiVersion":"apps/v1","kind":"DaemonSet","metadata":{"name":"agent","namespace":"default"},
       "spec":{"selector":{"matchLabels":{"app":"agent"}},"template":{"metadata":{"labels":{"app":"agent"}},
       "spec":{"containers":[{"name":"agent","image":"agent:1"}]}}}}""";

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

  private Reply send(String method, String path, String contentType, String body) throws Exception {
    HttpRequest.Builder b =
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + endpoint.port() + path))
            .method(
                method,
                body == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(body));
    if (contentType != null) {
      b.header("Content-Type", contentType);
    }
    HttpResponse<String> r = http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    return new Reply(r.statusCode(), Trees.parse("response", r.body()));
  }

  private List<KubeObject> everything() throws Exception {
    return endpoint
        .engine()
        .call(
            c -> {
              List<KubeObject> all = new ArrayList<>();
              for (Kind k : Kind.values()) {
                all.addAll(c.store().list(k, null));
              }
              return all;
            });
  }

  @Test
  void discoveryListsTheGroupsAndResourcesKubectlLooksFor() throws Exception {
    assertThat(send("GET", "/version", null, null).body()).containsEntry("major", "1");
    assertThat(send("GET", "/apis", null, null).body().toString()).contains("apps/v1");
    Reply core = send("GET", "/api/v1", null, null);
    assertThat(core.body().toString()).contains("name=pods/eviction").contains("shortNames=[no]");
    assertThat(send("GET", "/openapi/v3/apis/apps/v1", null, null).body().toString())
        .contains("/apis/apps/v1/namespaces/{namespace}/daemonsets/{name}")
        .contains("fieldValidation");
  }

  @Test
  void discoveryListsEveryCatalogResourceWithItsNamesAndCategories() throws Exception {
    assertThat(send("GET", "/apis", null, null).body().toString())
        .contains("groupVersion=rbac.authorization.k8s.io/v1")
        .contains("groupVersion=autoscaling/v2");
    assertThat(send("GET", "/api/v1", null, null).body().toString())
        .contains("name=configmaps")
        .contains("shortNames=[cm]")
        .contains("name=serviceaccounts");
    String ext = send("GET", "/apis/apiextensions.k8s.io/v1", null, null).body().toString();
    assertThat(ext).contains("shortNames=[crd, crds]").contains("categories=[api-extensions]");
    assertThat(send("GET", "/apis/apps/v1", null, null).body().toString())
        .contains("name=deployments")
        .contains("categories=[all]");
    assertThat(send("GET", "/openapi/v3/apis/autoscaling/v2", null, null).code()).isEqualTo(200);
  }

  @Test
  @SuppressWarnings("unchecked")
  void aClusterRoleIsCreatedListedPatchedAndDeletedAsSent() throws Exception {
    String role =
        "{\"apiVersion\":\"rbac.authorization.k8s.io/v1\",\"kind\":\"ClusterRole\","
            + "\"metadata\":{\"name\":\"agent\"},"
            + "\"rules\":[{\"apiGroups\":[\"\"],\"resources\":[\"nodes\"],\"verbs\":[\"get\"]}]}";
    String path = "/apis/rbac.authorization.k8s.io/v1/clusterroles";
    Reply created = send("POST", path, "application/json", role);
    assertThat(created.code()).isEqualTo(201);
    assertThat(created.body().toString()).contains("uid=").contains("verbs=[get]");
    assertThat(
            (List<Map<String, Map<String, Object>>>)
                send("GET", path, null, null).body().get("items"))
        .as("the kind preset's own roles, and this one")
        .filteredOn(item -> "agent".equals(item.get("metadata").get("name")))
        .hasSize(1);
    Reply patched =
        send(
            "PATCH",
            path + "/agent",
            "application/merge-patch+json",
            "{\"metadata\":{\"labels\":{\"tier\":\"ops\"}}}");
    assertThat(patched.code()).isEqualTo(200);
    assertThat(patched.body().toString()).contains("tier=ops").contains("verbs=[get]");
    assertThat(send("DELETE", path + "/agent", null, null).code()).isEqualTo(200);
    Reply gone = send("GET", path + "/agent", null, null);
    assertThat(gone.code()).isEqualTo(404);
    assertThat(gone.message())
        .isEqualTo("clusterroles.rbac.authorization.k8s.io \"agent\" not found");
  }

  @Test
  @SuppressWarnings("unchecked")
  void createListPatchAndDeleteADaemonSet() throws Exception {
    assertThat(
            send("POST", "/apis/apps/v1/namespaces/default/daemonsets", "application/json", DS)
                .code())
        .isEqualTo(201);
    Reply list =
        send("GET", "/apis/apps/v1/namespaces/default/daemonsets?labelSelector=", null, null);
    assertThat((List<Object>) list.body().get("items")).hasSize(1);
    Reply strategic =
        send(
            "PATCH",
            "/apis/apps/v1/namespaces/default/daemonsets/agent",
            "application/strategic-merge-patch+json",
            "{\"spec\":{\"template\":{\"spec\":{\"containers\":[{\"name\":\"agent\",\"image\":\"agent:2\"}]}}}}");
    assertThat(strategic.code()).isEqualTo(200);
    assertThat(strategic.body().toString()).contains("image=agent:2");
    Reply merge =
        send(
            "PATCH",
            "/api/v1/nodes/" + WORKER,
            "application/merge-patch+json",
            "{\"metadata\":{\"labels\":{\"disk\":\"ssd\"}}}");
    assertThat(merge.code()).isEqualTo(200);
    Reply json =
        send(
            "PATCH",
            "/api/v1/nodes/" + WORKER,
            "application/json-patch+json",
            "[{\"op\":\"add\",\"path\":\"/spec/unschedulable\",\"value\":true}]");
    assertThat(json.code()).isEqualTo(200);
    Node node =
        endpoint.engine().call(c -> c.store().<Node>get(Kind.NODE, null, WORKER).orElseThrow());
    assertThat(node.metadata().labels()).containsEntry("disk", "ssd");
    assertThat(node.spec().unschedulable()).isTrue();
    assertThat(
            send("DELETE", "/apis/apps/v1/namespaces/default/daemonsets/agent", null, null).code())
        .isEqualTo(200);
    assertThat(
            send("GET", "/apis/apps/v1/namespaces/default/daemonsets/agent", null, null).message())
        .isEqualTo("daemonsets.apps \"agent\" not found");
  }

  @Test
  void aTableHasKubectlsColumnsWithTheWideOnesAtPriorityOne() throws Exception {
    send("POST", "/apis/apps/v1/namespaces/default/daemonsets", "application/json", DS);
    HttpRequest r =
        HttpRequest.newBuilder(
                URI.create(
                    "http://127.0.0.1:"
                        + endpoint.port()
                        + "/apis/apps/v1/namespaces/default/daemonsets"))
            .header("Accept", "application/json;as=Table;v=v1;g=meta.k8s.io,application/json")
            .build();
    Map<String, Object> table =
        Trees.parse("table", http.send(r, HttpResponse.BodyHandlers.ofString()).body());
    assertThat(table).containsEntry("kind", "Table");
    assertThat(table.get("columnDefinitions").toString())
        .contains("name=Desired, priority=0")
        .contains("name=Images, priority=1, type=string}");
    assertThat(table.get("rows").toString()).contains("cells=[agent, 2, 2");
  }

  @Test
  void badRequestsGetTheApiServersStatusAndChangeNothing() throws Exception {
    List<KubeObject> before = everything();
    Reply malformed =
        send(
            "POST",
            "/apis/apps/v1/namespaces/default/daemonsets",
            "application/json",
            "{\"kind\":");
    assertThat(malformed.code()).isEqualTo(400);
    assertThat(malformed.body())
        .containsEntry("kind", "Status")
        .containsEntry("reason", "BadRequest");
    Reply missing =
        send(
            "PATCH",
            "/apis/apps/v1/namespaces/default/daemonsets/ghost",
            "application/merge-patch+json",
            "{}");
    assertThat(missing.code()).isEqualTo(404);
    assertThat(missing.message()).isEqualTo("daemonsets.apps \"ghost\" not found");
    assertThat(send("GET", "/apis/apps/v1/widgets", null, null).code()).isEqualTo(404);
    String huge =
        "{\"kind\":\"DaemonSet\",\"x\":\"" + "a".repeat(RequestBodies.MAX_BODY_BYTES) + "\"}";
    Reply tooLarge =
        send("POST", "/apis/apps/v1/namespaces/default/daemonsets", "application/json", huge);
    assertThat(tooLarge.code()).isEqualTo(413);
    Reply invalid =
        send(
            "POST",
            "/apis/apps/v1/namespaces/default/daemonsets",
            "application/json",
            DS.replace("\"agent:1\"", "\"\""));
    assertThat(invalid.code()).isEqualTo(422);
    assertThat(invalid.body()).containsEntry("reason", "Invalid");
    assertThat(invalid.body().get("details").toString())
        .contains("field=spec.template.spec.containers[0].image");
    Reply stale =
        send(
            "PUT",
            "/api/v1/nodes/" + WORKER,
            "application/json",
            "{\"apiVersion\":\"v1\",\"kind\":\"Node\",\"metadata\":{\"name\":\""
                + WORKER
                + "\",\"resourceVersion\":\"1\"}}");
    assertThat(stale.code()).isEqualTo(409);
    assertThat(stale.body()).containsEntry("reason", "Conflict");
    assertThat(everything()).isEqualTo(before);
  }

  @Test
  void aWatchFromAResourceVersionStreamsEveryLaterChange() throws Exception {
    Reply list = send("GET", "/api/v1/namespaces/default/pods", null, null);
    @SuppressWarnings("unchecked")
    String version =
        ((Map<String, Object>) list.body().get("metadata")).get("resourceVersion").toString();
    send("POST", "/apis/apps/v1/namespaces/default/daemonsets", "application/json", DS);
    HttpRequest watch =
        HttpRequest.newBuilder(
                URI.create(
                    "http://127.0.0.1:"
                        + endpoint.port()
                        + "/api/v1/namespaces/default/pods?watch=1&timeoutSeconds=5&resourceVersion="
                        + version))
            .build();
    HttpResponse<java.io.InputStream> r =
        http.send(watch, HttpResponse.BodyHandlers.ofInputStream());
    List<String> types = new ArrayList<>();
    try (BufferedReader lines =
        new BufferedReader(new InputStreamReader(r.body(), StandardCharsets.UTF_8))) {
      String line;
      while (types.size() < 4 && (line = lines.readLine()) != null) {
        types.add(String.valueOf(Trees.parse("event", line).get("type")));
      }
    }
    // the two daemon pods were created (ADDED) and then bound by the scheduler (MODIFIED), after
    // the list
    assertThat(types).containsExactly("ADDED", "ADDED", "MODIFIED", "MODIFIED");
  }

  @Test
  @SuppressWarnings("unchecked")
  void fieldSelectorsSelectAsTheApiServerDoesAndRefuseWhatItRefuses() throws Exception {
    send("POST", "/apis/apps/v1/namespaces/default/daemonsets", "application/json", DS);
    endpoint.engine().<Object>call(c -> c.settle(Duration.ofMinutes(1)));
    List<Map<String, Object>> onWorker =
        (List<Map<String, Object>>)
            send(
                    "GET",
                    "/api/v1/pods?fieldSelector=spec.nodeName%3D"
                        + WORKER
                        + ",status.phase%3DRunning",
                    null,
                    null)
                .body()
                .get("items");
    assertThat(onWorker)
        .isNotEmpty()
        .allSatisfy(p -> assertThat(p.get("spec").toString()).contains("nodeName=" + WORKER));
    List<Map<String, Object>> events =
        (List<Map<String, Object>>)
            send(
                    "GET",
                    "/api/v1/namespaces/default/events?fieldSelector=involvedObject.kind%3DDaemonSet,involvedObject.name%3Dagent,"
                        + "type%3DNormal",
                    null,
                    null)
                .body()
                .get("items");
    assertThat(events)
        .isNotEmpty()
        .allSatisfy(e -> assertThat(e.get("involvedObject").toString()).contains("name=agent"));

    Reply unsupported = send("GET", "/api/v1/pods?fieldSelector=spec.foo%3Dx", null, null);
    assertThat(unsupported.code()).isEqualTo(400);
    assertThat(unsupported.body())
        .containsEntry("reason", "BadRequest")
        .doesNotContainKey("details");
    assertThat(unsupported.message()).isEqualTo("field label not supported: spec.foo");
    assertThat(
            send("GET", "/api/v1/nodes?fieldSelector=metadata.namespace%3Ddefault", null, null)
                .message())
        .isEqualTo("field label not supported: metadata.namespace");
    assertThat(
            send("GET", "/apis/apps/v1/daemonsets?watch=1&fieldSelector=spec.foo%3Dx", null, null)
                .message())
        .isEqualTo(
            "\"spec.foo\" is not a known field selector: only \"metadata.name\", \"metadata.namespace\"");
    assertThat(
            send("GET", "/api/v1/pods?fieldSelector=status.phase%3DRunning,bogus", null, null)
                .message())
        .isEqualTo("invalid selector: 'status.phase=Running,bogus'; can't understand 'bogus'");
  }

  @Test
  void theClockFollowsTheWallClockTimesTheSpeed() throws Exception {
    long[] wall = {0};
    Cluster c = ClusterPresets.create("kind", 1, Cluster.DEFAULT_START).orElseThrow();
    try (EngineLoop loop = new EngineLoop(c, 10, () -> wall[0])) {
      wall[0] = Duration.ofMillis(1500).toNanos();
      loop.start();
      java.time.Instant reached = null;
      for (int i = 0; i < 100 && !Cluster.DEFAULT_START.plusSeconds(15).equals(reached); i++) {
        Thread.sleep(20);
        reached = loop.call(Cluster::now);
      }
      assertThat(reached).isEqualTo(Cluster.DEFAULT_START.plusSeconds(15));
    }
  }

  @Test
  void anEvictionDeletesThePodAndAnOrphaningDeleteLeavesThePods() throws Exception {
    Reply created =
        send(
            "POST",
            "/api/v1/namespaces/default/pods",
            "application/json",
            "{\"apiVersion\":\"v1\",\"kind\":\"Pod\",\"metadata\":{\"name\":\"web\"},\"spec\":{\"nodeName\":\""
                + WORKER
                + "\",\"containers\":[{\"name\":\"web\",\"image\":\"nginx\"}]}}");
    assertThat(created.code()).isEqualTo(201);
    Reply evicted =
        send(
            "POST",
            "/api/v1/namespaces/default/pods/web/eviction",
            "application/json",
            "{\"apiVersion\":\"policy/v1\",\"kind\":\"Eviction\",\"metadata\":{\"name\":\"web\"},"
                + "\"deleteOptions\":{\"gracePeriodSeconds\":0}}");
    assertThat(evicted.code()).isEqualTo(201);
    assertThat(evicted.body()).containsEntry("status", "Success");
    assertThat(send("GET", "/api/v1/namespaces/default/pods/web", null, null).code())
        .isEqualTo(404);

    send("POST", "/apis/apps/v1/namespaces/default/daemonsets", "application/json", DS);
    assertThat(
            send(
                    "DELETE",
                    "/apis/apps/v1/namespaces/default/daemonsets/agent",
                    "application/json",
                    "{\"propagationPolicy\":\"Orphan\"}")
                .code())
        .isEqualTo(200);
    List<dev.dslab.model.core.Pod> left =
        endpoint.engine().call(c -> c.store().<dev.dslab.model.core.Pod>list(Kind.POD, "default"));
    assertThat(left).hasSize(2).allSatisfy(p -> assertThat(p.metadata().controllerRef()).isEmpty());
  }

  @Test
  void dryRunWritesAnswerAsTheServerWouldAndChangeNothing() throws Exception {
    send("POST", "/apis/apps/v1/namespaces/default/daemonsets", "application/json", DS);
    endpoint.engine().<Object>call(c -> c.settle(Duration.ofMinutes(1)));
    List<KubeObject> before = everything();
    long revision = endpoint.engine().<Long>call(c -> c.store().resourceVersion());
    String ds = "/apis/apps/v1/namespaces/default/daemonsets/agent";
    String pod =
        endpoint
            .engine()
            .call(c -> c.store().<dev.dslab.model.core.Pod>list(Kind.POD, "default").get(0))
            .metadata()
            .name();

    Reply created =
        send(
            "POST",
            "/apis/apps/v1/namespaces/default/daemonsets?dryRun=All",
            "application/json",
            DS.replace("\"agent\",\"namespace\"", "\"other\",\"namespace\""));
    assertThat(created.code()).isEqualTo(201);
    assertThat(created.body().get("metadata").toString())
        .contains("name=other", "uid=")
        .doesNotContain("resourceVersion");
    Reply patched =
        send(
            "PATCH",
            ds + "?dryRun=All",
            "application/strategic-merge-patch+json",
            "{\"spec\":{\"template\":{\"spec\":{\"containers\":[{\"name\":\"agent\",\"image\":\"agent:2\"}]}}}}");
    assertThat(patched.code()).isEqualTo(200);
    assertThat(patched.body().toString()).contains("image=agent:2", "generation=2");
    Reply replaced =
        send("PUT", ds + "?dryRun=All", "application/json", DS.replace("agent:1", "agent:3"));
    assertThat(replaced.code()).isEqualTo(200);
    assertThat(replaced.body().toString()).contains("image=agent:3");
    Reply labeled =
        send(
            "PATCH",
            "/api/v1/nodes/" + WORKER + "?dryRun=All",
            "application/merge-patch+json",
            "{\"metadata\":{\"labels\":{\"disk\":\"ssd\"}}}");
    assertThat(labeled.body().toString()).contains("disk=ssd");
    Reply invalid =
        send(
            "POST",
            "/apis/apps/v1/namespaces/default/daemonsets?dryRun=All",
            "application/json",
            DS.replace("\"agent:1\"", "\"\""));
    assertThat(invalid.code()).as("validation runs on a dry run").isEqualTo(422);
    Reply deletedPod =
        send(
            "DELETE",
            "/api/v1/namespaces/default/pods/" + pod,
            "application/json",
            "{\"kind\":\"DeleteOptions\",\"apiVersion\":\"v1\",\"dryRun\":[\"All\"]}");
    assertThat(deletedPod.code()).isEqualTo(200);
    assertThat(deletedPod.body().get("metadata").toString())
        .as("graceful: marked, as the server answers")
        .contains("deletionTimestamp");
    assertThat(
            send(
                    "POST",
                    "/api/v1/namespaces/default/pods/" + pod + "/eviction",
                    "application/json",
                    "{\"apiVersion\":\"policy/v1\",\"kind\":\"Eviction\",\"metadata\":{\"name\":\""
                        + pod
                        + "\"},"
                        + "\"deleteOptions\":{\"dryRun\":[\"All\"]}}")
                .code())
        .isEqualTo(201);
    assertThat(
            send(
                    "PUT",
                    "/api/v1/namespaces/default/pods/" + pod + "/status?dryRun=All",
                    "application/json",
                    "{\"apiVersion\":\"v1\",\"kind\":\"Pod\",\"metadata\":{\"name\":\""
                        + pod
                        + "\"},"
                        + "\"status\":{\"phase\":\"Failed\"}}")
                .code())
        .isEqualTo(200);
    assertThat(send("DELETE", ds + "?dryRun=All", null, null).code()).isEqualTo(200);
    assertThat(send("DELETE", "/api/v1/namespaces/kube-node-lease?dryRun=All", null, null).code())
        .isEqualTo(200);
    // NamespaceLifecycle: default, kube-system and kube-public may not be deleted, dry run or not
    assertThat(send("DELETE", "/api/v1/namespaces/default?dryRun=All", null, null).code())
        .isEqualTo(403);

    // the controllers run: had anything been stored, they would react to it
    endpoint
        .engine()
        .call(
            c -> {
              c.reconcile();
              return null;
            });
    assertThat(everything()).isEqualTo(before);
    assertThat(endpoint.engine().<Long>call(c -> c.store().resourceVersion()).longValue())
        .as("no revision spent, no watch event")
        .isEqualTo(revision);
  }

  @Test
  void aDryRunDrawsNoNameOrUidThatARealRequestWouldHaveDrawn() throws Exception {
    String pod =
        "{\"apiVersion\":\"v1\",\"kind\":\"Pod\",\"metadata\":{\"generateName\":\"web-\"},"
            + "\"spec\":{\"containers\":[{\"name\":\"web\",\"image\":\"nginx\"}]}}";
    Cluster twin = ClusterPresets.create("kind", 1, Cluster.DEFAULT_START).orElseThrow();
    send("POST", "/api/v1/namespaces/default/pods?dryRun=All", "application/json", pod);
    Reply real = send("POST", "/api/v1/namespaces/default/pods", "application/json", pod);
    KubeObject expected =
        twin.api().create(dev.dslab.yaml.ManifestReader.read("pod", pod).objects().get(0).object());
    assertThat(real.body().get("metadata").toString())
        .contains("name=" + expected.metadata().name(), "uid=" + expected.metadata().uid());
  }

  @Test
  void aDryRunIsNotRecordedAsTheSessionsWrite() throws Exception {
    List<String> told = new ArrayList<>();
    try (EngineLoop loop = new EngineLoop(cluster, 0);
        ApiEndpoint recorded =
            ApiEndpoint.start(
                cluster,
                new InetSocketAddress("127.0.0.1", 0),
                loop,
                null,
                (verb, object, status) -> told.add(verb + " " + object.metadata().name()))) {
      loop.start();
      HttpRequest create =
          HttpRequest.newBuilder(
                  URI.create(
                      "http://127.0.0.1:"
                          + recorded.port()
                          + "/apis/apps/v1/namespaces/default/daemonsets?dryRun=All"))
              .header("Content-Type", "application/json")
              .POST(HttpRequest.BodyPublishers.ofString(DS))
              .build();
      assertThat(http.send(create, HttpResponse.BodyHandlers.ofString()).statusCode())
          .isEqualTo(201);
      HttpRequest real =
          HttpRequest.newBuilder(
                  URI.create(
                      "http://127.0.0.1:"
                          + recorded.port()
                          + "/apis/apps/v1/namespaces/default/daemonsets"))
              .header("Content-Type", "application/json")
              .POST(HttpRequest.BodyPublishers.ofString(DS))
              .build();
      assertThat(http.send(real, HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(201);
    }
    assertThat(told).containsExactly("create agent");
  }

  @Test
  void aDryRunValueOtherThanAllIsRefusedAsTheApiServerRefusesIt() throws Exception {
    List<KubeObject> before = everything();
    Reply bad =
        send(
            "POST",
            "/apis/apps/v1/namespaces/default/daemonsets?dryRun=Yes",
            "application/json",
            DS);
    assertThat(bad.code()).isEqualTo(422);
    assertThat(bad.message())
        .isEqualTo(
            "CreateOptions.meta.k8s.io \"\" is invalid: dryRun: Unsupported value: []string{\"Yes\"}: supported values: "
                + "\"All\"");
    assertThat(send("DELETE", "/api/v1/nodes/" + WORKER + "?dryRun=true", null, null).message())
        .startsWith("DeleteOptions.meta.k8s.io");
    assertThat(everything()).isEqualTo(before);
  }

  // ------------------------------------------------------------------ server-side apply

  private static final String APPLY = "application/apply-patch+yaml";
  private static final String AGENT = "/apis/apps/v1/namespaces/default/daemonsets/agent";

  @Test
  void aMalformedApplyPatchIsSaidInSigsYamlsWordsAndChangesNothing() throws Exception {
    var before = everything();

    Reply r =
        send(
            "PATCH",
            AGENT + "?fieldManager=me",
            APPLY,
            "apiVersion: apps/v1\nkind: DaemonSet\nmetadata:\n  name: agent\nspec: [unclosed");

    assertThat(r.code()).isEqualTo(400);
    // patch.go applyPatcher: "error decoding YAML: %v" of sigs.k8s.io/yaml.Unmarshal
    assertThat(r.message())
        .isEqualTo(
            "error decoding YAML: error converting YAML to JSON: yaml: line 5: did not find"
                + " expected ',' or ']'");
    assertThat(everything()).isEqualTo(before);
  }

  @Test
  void aCreateWithUnknownFieldsIsRefusedAsStrictDecodingListsThem() throws Exception {
    Reply r =
        send(
            "POST",
            "/apis/apps/v1/namespaces/default/daemonsets",
            "application/json",
            DS.replace("\"image\":\"agent:1\"", "\"imagex\":\"agent:1\",\"colour\":\"red\""));

    assertThat(r.code()).isEqualTo(400);
    assertThat(r.message())
        .isEqualTo(
            // upstream lists them in the body's order; here in the order of their keys
            "DaemonSet in version \"v1\" cannot be handled as a DaemonSet: strict decoding error:"
                + " unknown field \"spec.template.spec.containers[0].colour\", unknown field"
                + " \"spec.template.spec.containers[0].imagex\"");
    assertThat(everything()).noneMatch(o -> o.metadata().name().equals("agent"));
  }

  @Test
  void aPatchThatAddsAnUnknownFieldIsABadRequestNamingItNotAnInvalidWithoutCauses()
      throws Exception {
    var before = everything();

    Reply r =
        send(
            "PATCH",
            "/api/v1/nodes/" + WORKER,
            "application/merge-patch+json",
            "{\"spec\":{\"unschedulabel\":true}}");

    assertThat(r.code()).isEqualTo(400);
    assertThat(r.message())
        .isEqualTo("strict decoding error: unknown field \"spec.unschedulabel\"");
    assertThat(everything()).isEqualTo(before);
  }

  @Test
  void anEmptyCreateBodyIsUnrecognizedAsTheJsonSerializerSays() throws Exception {
    Reply r = send("POST", "/api/v1/namespaces/default/configmaps", "application/json", "");

    assertThat(r.code()).isEqualTo(400);
    assertThat(r.message())
        .isEqualTo(
            "the object provided is unrecognized (must be of type ConfigMap): couldn't get"
                + " version/kind; json parse error: unexpected end of JSON input (<empty>)");
  }

  @Test
  void anApplyPatchOfAnotherKindCannotBeHandledAsTheUrlsKind() throws Exception {
    Reply r =
        send(
            "PATCH",
            "/api/v1/namespaces/default/configmaps/x?fieldManager=me",
            APPLY,
            "apiVersion: v1\nkind: Secret\nmetadata:\n  name: x\n");

    assertThat(r.code()).isEqualTo(400);
    assertThat(r.message())
        .isEqualTo(
            "Secret in version \"v1\" cannot be handled as a ConfigMap: converting (v1.Secret) to"
                + " (core.ConfigMap): unknown conversion");
  }

  @Test
  void aTruncatedJsonBodyIsUnrecognizedAsTheJsonSerializerSaysWithItsFirstBytes() throws Exception {
    Reply r =
        send(
            "POST",
            "/api/v1/namespaces/default/configmaps",
            "application/json",
            "{\"apiVersion\":\"v1\",\"kind\":\"ConfigMap\",\"metadata\":{\"name\":\"x\"");

    assertThat(r.code()).isEqualTo(400);
    assertThat(r.message())
        .isEqualTo(
            "the object provided is unrecognized (must be of type ConfigMap): couldn't get"
                + " version/kind; json parse error: unexpected end of JSON input"
                // summarizeData: the first 30 bytes of a body that begins as an object
                + " ({\"apiVersion\":\"v1\",\"kind\":\"Con ...)");
    assertThat(everything()).noneMatch(o -> o.metadata().name().equals("x"));
  }

  @Test
  void aBodyThatIsNoObjectIsUnrecognizedWithEncodingJsonsWordsAndItsBytesInHex() throws Exception {
    Reply r = send("POST", "/api/v1/namespaces/default/configmaps", "application/json", "[1,2]");

    assertThat(r.code()).isEqualTo(400);
    assertThat(r.message())
        .isEqualTo(
            "the object provided is unrecognized (must be of type ConfigMap): couldn't get"
                + " version/kind; json parse error: json: cannot unmarshal array into Go value of"
                + " type struct { APIVersion string \"json:\\\"apiVersion,omitempty\\\"\"; Kind"
                + " string \"json:\\\"kind,omitempty\\\"\" } (5b312c325d)");
  }

  @Test
  void anApplyPatchWithoutAFieldManagerIsInvalidAsValidatePatchOptionsSays() throws Exception {
    Reply r = send("PATCH", AGENT, APPLY, DS);
    assertThat(r.code()).isEqualTo(422);
    assertThat(r.message())
        .isEqualTo(
            "PatchOptions.meta.k8s.io \"\" is invalid: fieldManager: Required value: is required"
                + " for apply patch");
    assertThat(everything()).noneMatch(o -> o.metadata().name().equals("agent"));
  }

  @Test
  void forceOnANonApplyPatchIsForbiddenAsValidatePatchOptionsSays() throws Exception {
    Reply r =
        send(
            "PATCH",
            "/api/v1/nodes/" + WORKER + "?force=true",
            "application/merge-patch+json",
            "{\"metadata\":{\"labels\":{\"disk\":\"ssd\"}}}");
    assertThat(r.code()).isEqualTo(422);
    assertThat(r.message())
        .isEqualTo(
            "PatchOptions.meta.k8s.io \"\" is invalid: force: Forbidden: may not be specified for"
                + " non-apply patch");
  }

  @Test
  void aDryRunApplyOfAMissingObjectAnswersCreatedAndStoresNothing() throws Exception {
    Reply r = send("PATCH", AGENT + "?fieldManager=me&dryRun=All", APPLY, DS);
    assertThat(r.code()).isEqualTo(201);
    assertThat(r.body().toString()).contains("manager=me", "operation=Apply");
    assertThat(everything()).noneMatch(o -> o.metadata().name().equals("agent"));
  }

  @Test
  @SuppressWarnings("unchecked")
  void applyingAnotherValueForAnUpdatersFieldIsA409WithFieldManagerConflictCauses()
      throws Exception {
    assertThat(
            send(
                    "POST",
                    "/apis/apps/v1/namespaces/default/daemonsets?fieldManager=ops",
                    "application/json",
                    DS)
                .code())
        .isEqualTo(201);
    Reply r = send("PATCH", AGENT + "?fieldManager=me", APPLY, DS.replace("agent:1", "agent:2"));
    assertThat(r.code()).isEqualTo(409);
    assertThat(r.body().get("reason")).isEqualTo("Conflict");
    assertThat(r.message())
        .isEqualTo(
            "Apply failed with 1 conflict: conflict with \"ops\" using apps/v1:"
                + " .spec.template.spec.containers[name=\"agent\"].image");
    Map<String, Object> cause =
        (Map<String, Object>)
            ((List<Object>) ((Map<String, Object>) r.body().get("details")).get("causes")).get(0);
    assertThat(cause)
        .containsEntry("reason", "FieldManagerConflict")
        .containsEntry("message", "conflict with \"ops\" using apps/v1")
        .containsEntry("field", ".spec.template.spec.containers[name=\"agent\"].image");
    Reply forced =
        send(
            "PATCH",
            AGENT + "?fieldManager=me&force=true",
            APPLY,
            DS.replace("agent:1", "agent:2"));
    assertThat(forced.code()).isEqualTo(200);
    assertThat(forced.body().toString()).contains("image=agent:2", "manager=ops", "manager=me");
  }
}
