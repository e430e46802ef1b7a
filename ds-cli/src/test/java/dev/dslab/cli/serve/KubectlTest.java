package dev.dslab.cli.serve;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dslab.cli.InProcessDsctl;
import dev.dslab.engine.Cluster;
import dev.dslab.server.ApiEndpoint;
import dev.dslab.session.presets.ClusterPresets;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real kubectl against {@code dsctl serve}, for every command the tutorials use: what it prints
 * is what dsctl prints for the same cluster. Skipped, with a notice, where kubectl is not on the
 * PATH.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class KubectlTest {
  /** A tutorial's DaemonSet; %s is the image's tag. */
  static final String DS =
      """
      apiVersion: apps/v1
      kind: DaemonSet
      metadata:
        name: node-exporter
        labels:
          app: node-exporter
      spec:
        selector:
          matchLabels:
            app: node-exporter
        template:
          metadata:
            labels:
              app: node-exporter
          spec:
            containers:
            - name: node-exporter
              image: prom/node-exporter:%s
              ports:
              - containerPort: 9100
      """;

  @TempDir static Path dir;
  private static Path kubectl;
  private static ApiEndpoint endpoint;
  private static InProcessDsctl dsctl;
  private static Path kubeconfig;

  @BeforeAll
  static void serve() throws Exception {
    kubectl = onPath("kubectl").orElse(null);
    String skip =
        kubectl == null
            ? "kubectl is not on the PATH"
            : clientMinor(kubectl) < 32
                ? "kubectl on the PATH is older than v1.32 (Debian's kubernetes-client is 1.20)"
                : null;
    if (skip != null) {
      System.err.println("NOTICE: " + skip + ": the real-kubectl tests of dsctl serve are skipped");
    }
    Assumptions.assumeTrue(skip == null, skip);
    // the clock stands still (speed 0) at the wall clock's second, as dsctl serve starts it: tables
    // agree
    Cluster cluster =
        ClusterPresets.create("kind", 1, Instant.ofEpochSecond(Instant.now().getEpochSecond()))
            .orElseThrow();
    kubeconfig = dir.resolve("kubeconfig");
    endpoint = ServedOverTls.start(cluster, kubeconfig);
    dsctl = new InProcessDsctl(cluster, 1);
    Files.writeString(dir.resolve("node-exporter.yaml"), DS.formatted("v1.8.2"));
    Files.writeString(dir.resolve("node-exporter-v2.yaml"), DS.formatted("v1.9.0"));
  }

  @AfterAll
  static void stop() {
    if (endpoint != null) {
      endpoint.close();
    }
  }

  /**
   * The kubectl on the PATH when it is v1.32 or newer; otherwise the calling class's tests are
   * skipped, with a notice naming them.
   */
  static Path kubectlOrSkip(String tests) throws Exception {
    Path found = onPath("kubectl").orElse(null);
    boolean usable = found != null && clientMinor(found) >= 32;
    if (!usable) {
      System.err.println("NOTICE: no kubectl 1.32 on the PATH: the " + tests + " are skipped");
    }
    Assumptions.assumeTrue(usable, "kubectl 1.32 is not on the PATH");
    return found;
  }

  /**
   * A one-node kind cluster served over TLS on a free loopback port, its clock standing at the wall
   * clock's second, with its kubeconfig written to {@code dir/kubeconfig}.
   */
  static ApiEndpoint serveKind(Path dir) throws Exception {
    Cluster cluster =
        ClusterPresets.create("kind", 1, Instant.ofEpochSecond(Instant.now().getEpochSecond()))
            .orElseThrow();
    return ServedOverTls.start(cluster, dir.resolve("kubeconfig"));
  }

  /**
   * The client's minor version ({@code "minor": "32+"} in {@code kubectl version --client -o
   * json}), or -1.
   */
  static int clientMinor(Path kubectl) throws Exception {
    Process p =
        new ProcessBuilder(kubectl.toString(), "version", "--client", "-o", "json")
            .redirectErrorStream(true)
            .start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    p.waitFor(30, TimeUnit.SECONDS);
    java.util.regex.Matcher m =
        java.util.regex.Pattern.compile("\"minor\":\\s*\"(\\d+)").matcher(out);
    return m.find() ? Integer.parseInt(m.group(1)) : -1;
  }

  static Optional<Path> onPath(String command) {
    return Arrays.stream(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator))
        .map(p -> Path.of(p, command))
        .filter(Files::isExecutable)
        .findFirst();
  }

  /** kubectl's standard output (standard error appended after a marker, when there is any). */
  private static String kubectl(String line) throws Exception {
    return kubectl(kubectl, dir, kubeconfig, line);
  }

  /** The same, arguments in another order (the Deployment tests' name for it). */
  static String run(Path kubectl, Path kubeconfig, Path dir, String line) throws Exception {
    return kubectl(kubectl, dir, kubeconfig, line);
  }

  /**
   * A kubectl command line run in {@code dir} with {@code kubeconfig}: its standard output,
   * standard error appended after a marker when there is any.
   */
  static String kubectl(Path kubectl, Path dir, Path kubeconfig, String line) throws Exception {
    List<String> command = new ArrayList<>(List.of(kubectl.toString()));
    command.addAll(Arrays.asList(line.split(" ")));
    ProcessBuilder pb = new ProcessBuilder(command).directory(dir.toFile());
    pb.environment().put("KUBECONFIG", kubeconfig.toString());
    Process p = pb.start();
    byte[] out = p.getInputStream().readAllBytes();
    byte[] err = p.getErrorStream().readAllBytes();
    assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
    String text = new String(out, StandardCharsets.UTF_8);
    String errors = new String(err, StandardCharsets.UTF_8);
    return errors.isEmpty() ? text : text + "--- stderr\n" + errors;
  }

  /** The same command line run by dsctl on the served cluster (on the engine's thread). */
  private static String dsctl(String line) throws Exception {
    InProcessDsctl.Result r = endpoint.engine().call(c -> dsctl.run(line.split(" ")));
    return r.err().isEmpty() ? r.out() : r.out() + "--- stderr\n" + r.err();
  }

  private static void sameAsDsctl(String line) throws Exception {
    assertThat(kubectl(line)).as("kubectl " + line).isEqualTo(dsctl(line));
  }

  @Test
  @Order(1)
  void applyCreatesTheDaemonSet() throws Exception {
    assertThat(kubectl("apply -f node-exporter.yaml"))
        .isEqualTo("daemonset.apps/node-exporter created\n");
    dsctl("sim settle");
  }

  @Test
  @Order(2)
  void getPrintsWhatDsctlPrints() throws Exception {
    for (String line :
        List.of(
            "get ds",
            "get daemonsets",
            "get ds -o wide",
            "get daemonset",
            "get pods -l app=node-exporter",
            "get pods -o wide -l app=node-exporter",
            "get pods -o wide",
            "get nodes",
            "get nodes -o wide",
            "get nodes --show-labels",
            "get services",
            "get ds -A",
            "get pods --namespace=kube-system",
            "get ds nope",
            "get ds -o yaml",
            "get ds -o json",
            "get pods -o yaml",
            "get nodes -o name",
            "get controllerrevisions",
            "get ns",
            "get svc -o wide",
            "get events",
            "get all",
            "get all -A")) {
      sameAsDsctl(line);
    }
    // a node's page: ages of its pods come from kubectl's own clock; dsctl adds each DaemonSet's
    // answer
    String node = "describe node kind-multinodes-worker";
    assertThat(podAges(kubectl(node)))
        .isEqualTo(podAges(dsctl(node).replaceAll("(?s)DaemonSets \\(dsctl\\):.*", "")));
  }

  @Test
  @Order(3)
  void labelsLandOnTheNode() throws Exception {
    assertThat(kubectl("label node kind-multinodes-worker disk=ssd"))
        .isEqualTo("node/kind-multinodes-worker labeled\n");
    assertThat(kubectl("label node kind-multinodes-worker disk=hdd --overwrite"))
        .isEqualTo("node/kind-multinodes-worker labeled\n");
    assertThat(kubectl("label node kind-multinodes-worker disk=ssd"))
        .isEqualTo(
            "--- stderr\nerror: 'disk' already has a value (hdd), and --overwrite is false\n");
    sameAsDsctl("get nodes --show-labels");
    sameAsDsctl("get nodes --selector disk=hdd");
  }

  @Test
  @Order(4)
  void diffAndServerDryRunsChangeNothing() throws Exception {
    Files.writeString(
        dir.resolve("other.yaml"),
        DS.formatted("v1.8.2").replace("name: node-exporter\n  labels", "name: other\n  labels"));
    List<Object> before = store();
    String diff = kubectl("diff -f node-exporter-v2.yaml -f other.yaml");
    assertThat(diff)
        .contains(
            "-      - image: prom/node-exporter:v1.8.2",
            "+      - image: prom/node-exporter:v1.9.0",
            "+  name: other");
    assertThat(kubectl("apply -f node-exporter-v2.yaml --dry-run=server"))
        .isEqualTo("daemonset.apps/node-exporter configured (server dry run)\n");
    assertThat(kubectl("create -f other.yaml --dry-run=server"))
        .isEqualTo("daemonset.apps/other created (server dry run)\n");
    assertThat(kubectl("label node kind-multinodes-worker dry=run --dry-run=server"))
        .isEqualTo("node/kind-multinodes-worker labeled (server dry run)\n");
    assertThat(kubectl("delete ds node-exporter --dry-run=server"))
        .isEqualTo("daemonset.apps \"node-exporter\" deleted (server dry run)\n");
    assertThat(kubectl("drain kind-multinodes-worker --ignore-daemonsets --dry-run=server"))
        .contains("node/kind-multinodes-worker cordoned (server dry run)");
    dsctl("sim settle");
    assertThat(store()).isEqualTo(before);
  }

  /**
   * Every object of the served cluster and its revision: what a dry run must leave as it found it.
   */
  private static List<Object> store() throws Exception {
    return endpoint
        .engine()
        .call(
            c -> {
              List<Object> all = new ArrayList<>();
              for (dev.dslab.engine.api.Kind k : dev.dslab.engine.api.Kind.values()) {
                all.addAll(c.store().list(k, null));
              }
              all.add(c.store().resourceVersion());
              return all;
            });
  }

  @Test
  @Order(5)
  void anUpdateRollsOutAndDescribeTellsIt() throws Exception {
    assertThat(kubectl("apply -f node-exporter-v2.yaml"))
        .isEqualTo("daemonset.apps/node-exporter configured\n");
    dsctl("sim settle");
    sameAsDsctl("rollout status ds/node-exporter");
    sameAsDsctl("get ds -o wide");
    // event ages come from kubectl's own clock, which moved on while the served clock stood still
    assertThat(ages(kubectl("describe daemonset node-exporter")))
        .isEqualTo(ages(dsctl("describe daemonset node-exporter")));
  }

  /**
   * Event ages masked (kubectl computes them from its own clock), and the Namespace line dropped:
   * kubectl prints it from 1.33 on, and an older kubectl on the PATH would otherwise fail the test.
   */
  private static String podAges(String describe) {
    return describe.replaceAll("(?m)(\\(0%\\)\\s+)(\\d+[smhd]\\S*|<invalid>)$", "$1<age>");
  }

  private static String ages(String describe) {
    String text = describe.replaceAll("(?m)^Namespace:.*\\n", "");
    int events = text.indexOf("Events:");
    // the AGE column's width follows its widest age, so the events table is compared cell by cell
    String table =
        text.substring(events)
            .replaceAll("(?m)^(  \\w+\\s+\\w+\\s+)\\S+(\\s+)", "$1<age>$2")
            .replaceAll(" {2,}", "  ");
    return text.substring(0, events) + table;
  }

  @Test
  @Order(6)
  void imagesTaintsAndDrainsSayWhatDsctlSays() throws Exception {
    assertThat(kubectl("set image ds/node-exporter node-exporter=prom/node-exporter:v1.9.1"))
        .isEqualTo("daemonset.apps/node-exporter image updated\n");
    dsctl("sim settle");
    sameAsDsctl("rollout history ds/node-exporter");
    assertThat(kubectl("rollout undo ds/node-exporter"))
        .isEqualTo("daemonset.apps/node-exporter rolled back\n");
    dsctl("sim settle");
    sameAsDsctl("get ds -o wide");
    assertThat(kubectl("taint node kind-multinodes-worker2 dedicated=db:NoSchedule"))
        .isEqualTo("node/kind-multinodes-worker2 tainted\n");
    assertThat(kubectl("cordon kind-multinodes-worker2"))
        .isEqualTo("node/kind-multinodes-worker2 cordoned\n");
    assertThat(kubectl("drain kind-multinodes-worker2 --ignore-daemonsets"))
        .startsWith("node/kind-multinodes-worker2 already cordoned\n")
        .contains("node/kind-multinodes-worker2 drained\n");
    sameAsDsctl("get nodes");
  }

  @Test
  @Order(7)
  void aNodeThatStoppedReportingLooksTheSame() throws Exception {
    dsctl("sim node down kind-multinodes-worker");
    dsctl("sim advance 90s");
    for (String line :
        List.of(
            "get nodes",
            "get nodes -o wide",
            "get pods -o wide",
            "get ds -o wide",
            "get events -A")) {
      sameAsDsctl(line);
    }
    // the served clock ran ahead of kubectl's while it stood still: ages are masked
    String pod = dsctl("get pods -o name").lines().findFirst().orElseThrow();
    for (String line :
        List.of(
            "describe " + pod,
            "describe ds node-exporter",
            "describe node kind-multinodes-worker")) {
      assertThat(ages(podAges(kubectl(line))))
          .as("kubectl " + line)
          .isEqualTo(ages(podAges(dsctl(line).replaceAll("(?s)DaemonSets \\(dsctl\\):.*", ""))));
    }
  }

  @Test
  @Order(8)
  void deleteRemovesIt() throws Exception {
    assertThat(kubectl("delete -f node-exporter.yaml"))
        .isEqualTo("daemonset.apps \"node-exporter\" deleted\n");
    sameAsDsctl("get ds");
  }

  private static final String INSTALL =
      dev.dslab.cli.InstallManifest.KEPT_KINDS
          + DS.formatted("v1.8.2").replace("node-exporter", "agent");

  @Test
  @Order(9)
  void anInstallManifestOfManyKindsIsAppliedAndServed() throws Exception {
    Files.writeString(dir.resolve("install.yaml"), INSTALL);
    assertThat(kubectl("apply -f install.yaml"))
        .isEqualTo(
            "serviceaccount/agent created\n"
                + "clusterrole.rbac.authorization.k8s.io/agent created\n"
                + "configmap/agent-config created\n"
                + "daemonset.apps/agent created\n");
    assertThat(kubectl("apply -f install.yaml"))
        .isEqualTo(
            "serviceaccount/agent unchanged\n"
                + "clusterrole.rbac.authorization.k8s.io/agent unchanged\n"
                + "configmap/agent-config unchanged\n"
                + "daemonset.apps/agent unchanged\n");
    String both = kubectl("get sa,cm -o name");
    assertThat(both).contains("serviceaccount/agent\n").contains("configmap/agent-config\n");
    assertThat(kubectl("get cm agent-config -o jsonpath={.data.level}")).isEqualTo("debug");
    assertThat(kubectl("get clusterrole agent")).startsWith("NAME    CREATED AT\nagent   ");
    sameAsDsctl("get clusterroles -o name");
  }

  @Test
  @Order(10)
  void apiResourcesListsTheCatalog() throws Exception {
    String resources = kubectl("api-resources");
    assertThat(resources)
        .containsPattern("\\nconfigmaps +cm +v1 +true +ConfigMap\\n")
        .containsPattern("\\nserviceaccounts +sa +v1 +true +ServiceAccount\\n")
        .containsPattern("\\nclusterroles +rbac.authorization.k8s.io/v1 +false +ClusterRole\\n")
        .containsPattern(
            "\\ncustomresourcedefinitions +crd,crds +apiextensions.k8s.io/v1 +false"
                + " +CustomResourceDefinition\\n")
        .containsPattern("\\ndeployments +deploy +apps/v1 +true +Deployment\\n")
        .containsPattern("\\npriorityclasses +pc +scheduling.k8s.io/v1 +false +PriorityClass\\n");
  }

  @Test
  @Order(11)
  void patchesAndDeletesWorkForKeptKinds() throws Exception {
    assertThat(kubectl("label cm agent-config tier=ops"))
        .isEqualTo("configmap/agent-config labeled\n");
    assertThat(kubectl("patch cm agent-config --type=merge -p {\"data\":{\"level\":\"info\"}}"))
        .isEqualTo("configmap/agent-config patched\n");
    assertThat(kubectl("get cm agent-config -o jsonpath={.data.level}")).isEqualTo("info");
    assertThat(kubectl("delete -f install.yaml"))
        .isEqualTo(
            "serviceaccount \"agent\" deleted\n"
                + "clusterrole.rbac.authorization.k8s.io \"agent\" deleted\n"
                + "configmap \"agent-config\" deleted\n"
                + "daemonset.apps \"agent\" deleted\n");
  }

  @Test
  @Order(12)
  void everyKeptKindPrintsAndDescribesAsKubectlDoes() throws Exception {
    Files.copy(
        KubectlTest.class.getResourceAsStream("/printers/kinds.yaml"), dir.resolve("kinds.yaml"));
    assertThat(kubectl("apply -f kinds.yaml")).startsWith("namespace/logging created\n");
    for (String line :
        List.of(
            "get cm -n logging",
            "get secrets -n logging",
            "get sa -n logging",
            "get sa -n logging -o wide",
            "get clusterrole fluent-bit-read",
            "get clusterrolebinding fluent-bit-read",
            "get clusterrolebinding fluent-bit-read -o wide",
            "get roles,rolebindings -n logging",
            "get rolebindings -n logging -o wide",
            "get pc logging-critical",
            "get sc",
            "get pdb -n logging",
            "get netpol -n logging",
            "get cronjobs -n logging",
            "get cronjobs -n logging -o wide",
            "get leases -n logging",
            "get validatingwebhookconfigurations",
            "get cm -A",
            "get cm -n logging --show-labels",
            "get cm -n logging -o name",
            "get all -n logging",
            "get api-extensions",
            "get jobs -n logging -o json",
            "get jobs -n logging -o yaml",
            "get cm nope -n logging -o json",
            "get cm -n default -o json",
            "get cm -n default -o yaml",
            "get all -n default -o json",
            // (kubectl ranges over a map: a ConfigMap's or Secret's keys come in random order;
            // dsctl
            // sorts them, so the pages compared have one key)
            "describe cm fluent-bit-config -n logging",
            "describe secret es-credentials -n logging",
            "describe sa fluent-bit -n logging",
            "describe clusterrole fluent-bit-read",
            "describe role leader-election -n logging",
            "describe clusterrolebinding fluent-bit-read",
            "describe rolebinding leader-election -n logging",
            "describe pc logging-critical",
            "describe sc local-path",
            "describe pdb fluent-bit -n logging",
            "describe lease fluent-bit-leader -n logging",
            "describe validatingwebhookconfiguration logging-guard")) {
      sameAsDsctl(line);
    }
  }

  /**
   * kubectl changes one twin of a pair, dsctl the other, with the same words: what each prints, the
   * twin's name aside, is the same (label.go's and annotate.go's messages).
   */
  @Test
  @Order(13)
  void labelAndAnnotateSayWhatKubectlSays() throws Exception {
    for (String twin : List.of("twin-k", "twin-d")) {
      Files.writeString(
          dir.resolve(twin + ".yaml"),
          "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: "
              + twin
              + "\n  namespace: logging\n  labels:\n    tier: web\n    pair: twins\n"
              + "  annotations:\n    owner: ops\ndata:\n  a: b\n");
      assertThat(kubectl("apply -f " + twin + ".yaml")).endsWith(" created\n");
    }
    for (String change :
        List.of(
            "label cm TWIN -n logging tier=db",
            "label cm TWIN -n logging tier=db --overwrite",
            "label cm TWIN -n logging tier=db",
            "label cm TWIN -n logging gone- color=blue",
            "label cm TWIN -n logging color-",
            "label cm TWIN -n logging size=xl --dry-run=client",
            "label cm TWIN -n logging size=xl --dry-run=server",
            "label cm TWIN -n logging tier=a tier- ",
            "label cm TWIN -n logging bad=va/lue",
            "label cm TWIN -n logging size=l --resource-version=1",
            "label cm -n logging -l pair=nobody size=s",
            "annotate cm TWIN -n logging owner=dev",
            "annotate cm TWIN -n logging owner=dev note=hello world",
            "annotate cm TWIN -n logging owner=dev --overwrite",
            "annotate cm TWIN -n logging owner- missing-",
            "annotate cm TWIN -n logging =x",
            "annotate cm TWIN -n logging note=y --dry-run=server")) {
      String kubectl = kubectl(change.replace("TWIN", "twin-k").strip());
      String dsctl = dsctl(change.replace("TWIN", "twin-d").strip());
      assertThat(kubectl.replace("twin-k", "TWIN"))
          .as("kubectl " + change)
          .isEqualTo(dsctl.replace("twin-d", "TWIN"));
    }
    sameAsDsctl("get cm -n logging -l pair=twins --show-labels");
    sameAsDsctl("get cm -n logging -L pair,example.com/tier,color -l pair=twins");
    sameAsDsctl("get cm -A -L tier -L pair --show-labels");
  }

  /**
   * What kubectl shows of the admission and kubelet checks: the ServiceAccount plugin's refusal as
   * the DaemonSet's FailedCreate, a pod waiting for a ConfigMap as ContainerCreating with
   * FailedMount, and a namespace deletion's Terminating phase and NamespaceLifecycle's refusals.
   */
  @Test
  @Order(14)
  void missingAccountsConfigMapsAndNamespaceDeletionLookAsOnARealCluster() throws Exception {
    // the node the earlier tests stopped reports again; the DaemonSet tolerates their taints
    dsctl("sim node up kind-multinodes-worker");
    Files.writeString(
        dir.resolve("lab.yaml"),
        """
        apiVersion: v1
        kind: Namespace
        metadata:
          name: lab
        ---
        apiVersion: apps/v1
        kind: DaemonSet
        metadata:
          name: agent
          namespace: lab
        spec:
          selector:
            matchLabels: {app: agent}
          template:
            metadata:
              labels: {app: agent}
            spec:
              serviceAccountName: agent
              tolerations:
              - operator: Exists
              containers:
              - name: agent
                image: nginx:1.27
              volumes:
              - name: config
                configMap: {name: agent}
        """);
    Files.writeString(
        dir.resolve("lab-config.yaml"),
        """
        apiVersion: v1
        kind: ServiceAccount
        metadata:
          name: agent
          namespace: lab
        ---
        apiVersion: v1
        kind: ConfigMap
        metadata:
          name: agent
          namespace: lab
        """);
    assertThat(kubectl("apply -f lab.yaml"))
        .isEqualTo("namespace/lab created\ndaemonset.apps/agent created\n");
    dsctl("sim advance 5s");
    assertThat(kubectl("get events -n lab"))
        .containsPattern(
            "Warning +FailedCreate +daemonset/agent +Error creating: pods \"agent-\" is"
                + " forbidden: error looking up service account lab/agent: serviceaccount"
                + " \"agent\" not found");

    assertThat(kubectl("apply -f lab-config.yaml --dry-run=server"))
        .contains("serviceaccount/agent created (server dry run)");
    Files.writeString(
        dir.resolve("lab-account.yaml"),
        Files.readString(dir.resolve("lab-config.yaml")).split("---")[0]);
    kubectl("apply -f lab-account.yaml");
    dsctl("sim advance 30s");
    assertThat(kubectl("get pods -n lab")).contains("0/1     ContainerCreating");
    assertThat(kubectl("get events -n lab"))
        .containsPattern(
            "Warning +FailedMount +pod/agent-\\w+ +MountVolume.SetUp failed for volume"
                + " \"config\" : configmap \"agent\" not found");

    kubectl("apply -f lab-config.yaml");
    dsctl("sim advance 2m");
    String[] counts =
        kubectl(
                "get ds agent -n lab -o jsonpath={.status.desiredNumberScheduled}/{.status.numberReady}")
            .split("/");
    assertThat(counts[1]).isEqualTo(counts[0]).isNotEqualTo("0");

    assertThat(kubectl("delete ns default"))
        .isEqualTo(
            "--- stderr\nError from server (Forbidden): namespaces \"default\" is forbidden:"
                + " this namespace may not be deleted\n");
    assertThat(kubectl("delete ns lab --wait=false")).isEqualTo("namespace \"lab\" deleted\n");
    assertThat(kubectl("get ns lab -o jsonpath={.status.phase}")).isEqualTo("Terminating");
    assertThat(kubectl("apply -f lab-config.yaml"))
        .contains(
            "serviceaccounts \"agent\" is forbidden: unable to create new content in namespace"
                + " lab because it is being terminated");
    dsctl("sim advance 20s");
    assertThat(kubectl("get ns lab"))
        .isEqualTo("--- stderr\nError from server (NotFound): namespaces \"lab\" not found\n");
  }

  /**
   * The built-in PriorityClasses and the Priority admission plugin (plugin/pkg/admission/priority)
   * as kubectl shows them: the class table, a refused pod, and a reserved name refused by
   * ValidatePriorityClass.
   */
  @Test
  @Order(15)
  void priorityClassesAndThePriorityAdmissionAsKubectlShowsThem() throws Exception {
    sameAsDsctl("get priorityclass");
    assertThat(kubectl("get pc"))
        .startsWith("NAME                      VALUE        GLOBAL-DEFAULT   AGE")
        .contains("system-node-critical      2000001000   false")
        .contains("PreemptLowerPriority");
    Files.writeString(
        dir.resolve("gold-pod.yaml"),
        """
        apiVersion: v1
        kind: Pod
        metadata:
          name: gold
        spec:
          priorityClassName: gold
          containers:
          - name: app
            image: nginx:1.27
        """);
    assertThat(kubectl("apply -f gold-pod.yaml"))
        .isEqualTo(
            "--- stderr\nError from server (Forbidden): error when creating \"gold-pod.yaml\":"
                + " pods \"gold\" is forbidden: no PriorityClass with name gold was found\n");
    Files.writeString(
        dir.resolve("system-mine.yaml"),
        """
        apiVersion: scheduling.k8s.io/v1
        kind: PriorityClass
        metadata:
          name: system-mine
        value: 1000
        """);
    assertThat(kubectl("apply -f system-mine.yaml"))
        .isEqualTo(
            "--- stderr\nThe PriorityClass \"system-mine\" is invalid: metadata.name: Forbidden:"
                + " priority class names with 'system-' prefix are reserved for system use only."
                + " error: system-mine is not a known system priority class\n");
  }
}
