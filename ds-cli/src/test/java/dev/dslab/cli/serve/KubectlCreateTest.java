package dev.dslab.cli.serve;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dslab.cli.InProcessDsctl;
import dev.dslab.engine.Cluster;
import dev.dslab.engine.presets.Presets;
import dev.dslab.server.ApiEndpoint;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real kubectl 1.32's typed creates against {@code dsctl serve}: {@code kubectl create
 * namespace|configmap|secret|serviceaccount|deployment} send their objects as {@code
 * application/vnd.kubernetes.protobuf}, which the endpoint decodes (upstream
 * k8s.io/apimachinery/pkg/runtime/serializer/protobuf/protobuf.go) and stores as a JSON body would
 * be stored. Skipped, with a notice, where kubectl 1.32 is not on the PATH.
 */
class KubectlCreateTest {
  @TempDir static Path dir;
  private static Path kubectl;
  private static ApiEndpoint endpoint;
  private static InProcessDsctl dsctl;
  private static Path kubeconfig;

  @BeforeAll
  static void serve() throws Exception {
    kubectl = KubectlTest.kubectlOrSkip("real-kubectl typed-create tests");
    Cluster cluster =
        Presets.create("kind", 1, Instant.ofEpochSecond(Instant.now().getEpochSecond()))
            .orElseThrow();
    kubeconfig = dir.resolve("kubeconfig");
    endpoint = ServedOverTls.start(cluster, kubeconfig);
    dsctl = new InProcessDsctl(cluster, 1);
  }

  @AfterAll
  static void stop() {
    if (endpoint != null) {
      endpoint.close();
    }
  }

  private static String kubectl(String line) throws Exception {
    return KubectlTest.kubectl(kubectl, dir, kubeconfig, line);
  }

  private static String dsctl(String line) throws Exception {
    InProcessDsctl.Result r = endpoint.engine().call(c -> dsctl.run(line.split(" ")));
    return r.err().isEmpty() ? r.out() : r.out() + "--- stderr\n" + r.err();
  }

  @Test
  void createNamespaceStoresTheNamespace() throws Exception {
    assertThat(kubectl("create namespace team-a")).isEqualTo("namespace/team-a created\n");

    assertThat(dsctl("get namespace team-a -o yaml"))
        .contains("kind: Namespace", "name: team-a", "phase: Active")
        .doesNotContain("--- stderr");
  }

  @Test
  void createConfigMapFromLiteralsStoresTheData() throws Exception {
    assertThat(kubectl("create configmap settings --from-literal=mode=fast --from-literal=n=3"))
        .isEqualTo("configmap/settings created\n");

    assertThat(dsctl("get configmap settings -o yaml"))
        .contains(
            "kind: ConfigMap", "name: settings", "namespace: default", "mode: fast", "\"n\": \"3\"")
        .doesNotContain("--- stderr");
  }

  @Test
  void createSecretGenericKeepsTheBytesBase64AsInJson() throws Exception {
    assertThat(kubectl("create secret generic token --from-literal=password=s3cr3t"))
        .isEqualTo("secret/token created\n");

    // the protobuf body carries the raw bytes; JSON and the stored object carry them in base64
    assertThat(dsctl("get secret token -o yaml"))
        .contains("kind: Secret", "name: token", "password: czNjcjN0")
        .doesNotContain("--- stderr");
  }

  @Test
  void createServiceAccountStoresIt() throws Exception {
    assertThat(kubectl("create serviceaccount builder"))
        .isEqualTo("serviceaccount/builder created\n");

    assertThat(dsctl("get serviceaccount builder -o yaml"))
        .contains("kind: ServiceAccount", "name: builder")
        .doesNotContain("--- stderr");
  }

  @Test
  void createDeploymentStoresItsTemplateAndReplicas() throws Exception {
    assertThat(kubectl("create deployment web --image=nginx:1.27 --replicas=2 --port=80"))
        .isEqualTo("deployment.apps/web created\n");

    assertThat(dsctl("get deployment web -o yaml"))
        .contains(
            "kind: Deployment",
            "name: web",
            "replicas: 2",
            "image: nginx:1.27",
            "containerPort: 80",
            "app: web")
        .doesNotContain("--- stderr", "creationTimestamp: \"0001");
  }

  @Test
  void everyOtherTypedCreateIsDecodedAndStored() throws Exception {
    Map<String, String> created = new LinkedHashMap<>();
    created.put("create service clusterip api --tcp=80:8080", "service/api created\n");
    created.put(
        "create role reader --verb=get,list --resource=pods",
        "role.rbac.authorization.k8s.io/reader created\n");
    created.put(
        "create rolebinding reader --role=reader --serviceaccount=default:default",
        "rolebinding.rbac.authorization.k8s.io/reader created\n");
    created.put(
        "create clusterrole watcher --verb=watch --resource=nodes",
        "clusterrole.rbac.authorization.k8s.io/watcher created\n");
    created.put(
        "create clusterrolebinding watcher --clusterrole=watcher --user=ann",
        "clusterrolebinding.rbac.authorization.k8s.io/watcher created\n");
    created.put(
        "create priorityclass urgent --value=1000 --description=first",
        "priorityclass.scheduling.k8s.io/urgent created\n");
    created.put("create job once --image=busybox:1.36", "job.batch/once created\n");
    created.put(
        "create cronjob nightly --image=busybox:1.36 --schedule=@daily",
        "cronjob.batch/nightly created\n");
    created.put(
        "create poddisruptionbudget web --selector=app=web --min-available=1",
        "poddisruptionbudget.policy/web created\n");
    created.put(
        "create ingress web --rule=example.com/=web:80", "ingress.networking.k8s.io/web created\n");
    created.put(
        "create quota small --hard=cpu=1,memory=1G,pods=4", "resourcequota/small created\n");
    for (Map.Entry<String, String> e : created.entrySet()) {
      assertThat(kubectl(e.getKey())).as(e.getKey()).isEqualTo(e.getValue());
    }

    assertThat(dsctl("get priorityclass urgent -o yaml"))
        .contains("value: 1000", "description: first");
    assertThat(dsctl("get resourcequota small -o yaml")).contains("cpu: \"1\"", "memory: 1G");
    assertThat(dsctl("get pdb web -o yaml")).contains("minAvailable: 1");
    assertThat(dsctl("get service api -o yaml")).contains("port: 80", "targetPort: 8080");
    assertThat(dsctl("get cronjob nightly -o yaml"))
        .contains("schedule: '@daily'", "restartPolicy: OnFailure")
        // Go writes a by-value omitempty scalar even at zero; its JSON leaves it out
        .doesNotContain("generation: 0", "stdin: false", "hostIPC: false");
    assertThat(dsctl("get job once -o yaml")).doesNotContain("active: 0");
    // IngressRule.IngressRuleValue is inline in the rule's JSON
    assertThat(dsctl("get ingress web -o yaml"))
        .contains("host: example.com\n    http:", "name: web", "number: 80")
        .doesNotContain("ingressRuleValue");
  }

  @Test
  void autoscaleSendsAnAutoscalingV2ObjectThatIsDecodedAsV2beta2sSameWireFormat() throws Exception {
    kubectl("create deployment scaled --image=nginx:1.27");

    assertThat(kubectl("autoscale deployment scaled --min=2 --max=5 --cpu-percent=70"))
        .isEqualTo("horizontalpodautoscaler.autoscaling/scaled autoscaled\n");

    assertThat(dsctl("get hpa scaled -o yaml"))
        .contains(
            "apiVersion: autoscaling/v2",
            "minReplicas: 2",
            "maxReplicas: 5",
            "kind: Deployment",
            "name: scaled",
            "averageUtilization: 70",
            "type: Utilization")
        .doesNotContain("--- stderr");
  }
}
