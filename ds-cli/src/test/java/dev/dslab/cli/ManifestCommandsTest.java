package dev.dslab.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Manifests in and out through the shell: bad YAML, node dumps for --cluster, -o json and -o yaml.
 */
class ManifestCommandsTest {
  @TempDir Path dir;

  /**
   * Seed 001's last example is wrongly indented: one message with file, document and line, no stack
   * trace.
   */
  @Test
  void badlyIndentedSeed001ExampleGivesOneClearMessage() {
    ShellRun.write(
        dir,
        "fluentbit.yaml",
        """
        apiVersion: apps/v1
        kind: DaemonSet
        metadata:
        name: fluentbit
        namespace: logging
        spec:
        selector:
            matchLabels:
            app: fluentbit
        updateStrategy:
            type: RollingUpdate
        template:
            metadata:
            labels:
                app: fluentbit
            spec:
            tolerations:
            - operator: Exists
            containers:
            - name: fluentbit
                image: fluent/fluent-bit
                volumeMounts:
                - name: varlog
                mountPath: /var/log
            volumes:
            - name: varlog
                hostPath:
                path: /var/log
        """);
    ShellRun r = ShellRun.run(dir, "kubectl apply -f fluentbit.yaml\nget ds\n", "--preset", "kind");
    assertThat(r.exitCode()).isEqualTo(1);
    assertThat(r.out()).isEmpty();
    assertThat(r.err().lines().toList())
        .containsExactly(
            "error: error parsing fluentbit.yaml: document 1, line 21: YAML syntax error: mapping values are not allowed "
                + "here (column 14)",
            "No resources found in default namespace.");
  }

  @Test
  void oneBadDocumentDoesNotStopTheOthers() {
    ShellRun.write(
        dir,
        "mixed.yaml",
        """
        apiVersion: v1
        kind: Namespace
        metadata:
          name: logging
        ---
        apiVersion: example.com/v1
        kind: Widget
        metadata:
          name: web
        ---
        apiVersion: v1
        kind: Service
        metadata:
          name: svc
          namespace: logging
        spec:
          ports:
          - port: http
        ---
        apiVersion: v1
        kind: Service
        metadata:
          name: ok
          namespace: logging
        spec:
          ports:
          - port: 80
        """);
    ShellRun r = ShellRun.run(dir, "apply -f mixed.yaml\nget svc -n logging -o name\n");
    assertThat(r.out()).isEqualTo("namespace/logging created\nservice/ok created\nservice/ok\n");
    assertThat(r.err())
        .contains(
            "error: resource mapping not found for name: \"web\" namespace: \"\" from"
                + " \"mixed.yaml\": no matches for kind \"Widget\" in version \"example.com/v1\"\n"
                + "ensure CRDs are installed first\n")
        .contains("mixed.yaml: document 3, line 18: spec.ports[0].port");
  }

  @Test
  void clusterFileOfNodesStartsTheShell() {
    ShellRun.write(
        dir,
        "nodes.yaml",
        """
        apiVersion: v1
        kind: List
        items:
        - apiVersion: v1
          kind: Node
          metadata:
            name: prod-a
            labels:
              topology.kubernetes.io/zone: eu-1a
        - apiVersion: v1
          kind: Node
          metadata:
            name: prod-b
          spec:
            taints:
            - key: dedicated
              value: db
              effect: NoSchedule
        """);
    ShellRun r =
        ShellRun.run(
            dir,
            "get nodes\nget nodes -l topology.kubernetes.io/zone=eu-1a -o name\n",
            "--cluster",
            "nodes.yaml");
    assertThat(r.err()).isEmpty();
    assertThat(r.out())
        .isEqualTo(
            """
        NAME     STATUS   ROLES    AGE   VERSION
        prod-a   Ready    <none>   0s    v1.32.2
        prod-b   Ready    <none>   0s    v1.32.2
        node/prod-a
        """);
  }

  @Test
  void jsonOutputIsTheApiShape() {
    ShellRun.write(dir, "ds.yaml", ShellRun.AGENT_DAEMONSET);
    ShellRun r =
        ShellRun.run(
            dir,
            "sim nodes add n1\napply -f ds.yaml\nsim settle\nget ds agent -o json\n"
                + "get pods -o json\nget pods -o yaml\n");
    assertThat(r.err()).isEmpty();
    String out = r.out();
    assertThat(out)
        .contains(
            """
        {
            "apiVersion": "apps/v1",
            "kind": "DaemonSet",
            "metadata": {
                "annotations": {
                    "deprecated.daemonset.template.generation": "1"
                },
                "creationTimestamp": "2025-01-01T00:00:00Z",
                "generation": 1,
                "name": "agent",
                "namespace": "default",
        """)
        .contains(
            """
                "status": {
                    "currentNumberScheduled": 1,
                    "desiredNumberScheduled": 1,
                    "numberAvailable": 1,
                    "numberMisscheduled": 0,
                    "numberReady": 1,
                    "observedGeneration": 1,
                    "updatedNumberScheduled": 1
                }
            }
            """)
        .contains("\"kind\": \"List\"")
        .contains("\"controller-revision-hash\": ")
        .contains("\"pod-template-generation\": \"1\"")
        .contains("\"nodeName\": \"n1\"")
        .contains("\"type\": \"Ready\"")
        .contains("- apiVersion: v1\n  kind: Pod\n");
  }

  /**
   * Found by {@link CommandLineFuzzTest}: {@code name: null} used to end in a NullPointerException.
   */
  @Test
  void aManifestWithoutANameIsRejectedAndGenerateNameWorksWithCreateOnly() {
    String noName = ShellRun.AGENT_DAEMONSET.replace("  name: agent", "  name: null");
    ShellRun.write(dir, "noname.yaml", noName);
    ShellRun.write(dir, "generated.yaml", noName.replace("  name: null", "  generateName: agent-"));

    ShellRun r =
        ShellRun.run(
            dir,
            "apply -f noname.yaml\ncreate -f noname.yaml\napply -f generated.yaml\n"
                + "create -f generated.yaml\nget ds -o name\n");

    assertThat(r.err())
        .isEqualTo(
            """
        The DaemonSet "" is invalid: metadata.name: Required value: name or generateName is required
        The DaemonSet "" is invalid: metadata.name: Required value: name or generateName is required
        error: from agent-: cannot use generate name with apply
        """);
    assertThat(r.out())
        .matches(
            "(?s)daemonset.apps/agent-[a-z0-9]{5} created\ndaemonset.apps/agent-[a-z0-9]{5}\n");
  }

  /**
   * A 100 MB file (sparse on disk) is refused at once; nothing is applied and the shell goes on.
   */
  @Test
  void aHundredMegabyteManifestIsRefusedAndNothingApplies() throws java.io.IOException {
    try (java.io.RandomAccessFile file =
        new java.io.RandomAccessFile(dir.resolve("big.yaml").toFile(), "rw")) {
      file.setLength(100_000_000L);
    }

    ShellRun r = ShellRun.run(dir, "apply -f big.yaml\nget ds\n");

    // kubectl too says "No resources found" on standard error
    assertThat(r.err())
        .isEqualTo(
            """
        error: big.yaml is larger than 64 MiB: refusing to read it
        No resources found in default namespace.
        """);
    assertThat(r.out()).isEmpty();
  }

  @Test
  void aHundredMegabytesOnStandardInputAreRefusedWithoutBeingHeld() {
    // 100 MB that exist nowhere: the reader must stop one byte past the limit
    java.io.InputStream endless =
        new java.io.InputStream() {
          private long left = 100_000_000L;

          @Override
          public int read() {
            return left-- > 0 ? 'x' : -1;
          }

          @Override
          public int read(byte[] b, int off, int len) {
            if (left <= 0) {
              return -1;
            }
            int n = (int) Math.min(len, left);
            java.util.Arrays.fill(b, off, off + n, (byte) 'x');
            left -= n;
            return n;
          }
        };
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    java.io.ByteArrayOutputStream err = new java.io.ByteArrayOutputStream();
    int code =
        new Dsctl(
                new java.io.PrintStream(out, true, java.nio.charset.StandardCharsets.UTF_8),
                new java.io.PrintStream(err, true, java.nio.charset.StandardCharsets.UTF_8),
                endless,
                dir)
            .run(new String[] {"--state", dir.resolve("s.yaml").toString(), "apply", "-f", "-"});
    assertThat(code).isEqualTo(1);
    assertThat(err.toString(java.nio.charset.StandardCharsets.UTF_8))
        .isEqualTo("error: STDIN is larger than 64 MiB: refusing to read it\n");
  }

  @Test
  void reApplyingAnUnchangedServiceKeepsItsClusterIpAndNodePortsAndSaysUnchanged(
      @TempDir Path dir) {
    ShellRun.write(
        dir,
        "svc.yaml",
        """
        apiVersion: v1
        kind: Service
        metadata:
          name: web
        spec:
          type: NodePort
          selector:
            app: web
          ports:
          - port: 80
        """);
    ShellRun r =
        ShellRun.run(
            dir,
            """
            apply -f svc.yaml
            get svc web -o yaml
            apply -f svc.yaml
            get svc web -o yaml
            """,
            "--preset",
            "kind");
    assertThat(r.out()).contains("service/web created\n").contains("service/web unchanged\n");
    String first =
        r.out().substring(r.out().indexOf("apiVersion"), r.out().indexOf("service/web unchanged"));
    String second = r.out().substring(r.out().lastIndexOf("apiVersion"));
    assertThat(second).isEqualTo(first);
    assertThat(first).contains("clusterIP: 10.").contains("nodePort: 3");
  }

  /**
   * A file of 10,000 ConfigMaps (a large generated config bundle): every one is created, listed and
   * selectable. Time and memory are measured with dsctl itself, not here (README, Performance).
   */
  @Test
  void tenThousandConfigMapsInOneFileAreAllCreated() {
    StringBuilder file = new StringBuilder();
    for (int i = 0; i < 10_000; i++) {
      file.append(
          String.format(
              "---%napiVersion: v1%nkind: ConfigMap%nmetadata:%n  name: cm-%05d%n"
                  + "  labels: {app: load, shard: \"%d\"}%ndata:%n  key: value-%d%n",
              i, i % 10, i));
    }
    ShellRun.write(dir, "bundle.yaml", file.toString());
    ShellRun r =
        ShellRun.run(
            dir, "apply -f bundle.yaml\nget cm -l shard=7 -o name\nget cm cm-09999 -o yaml\n");
    assertThat(r.err()).isEmpty();
    assertThat(r.exitCode()).isZero();
    assertThat(r.out().lines().filter(l -> l.endsWith(" created"))).hasSize(10_000);
    assertThat(r.out().lines().filter(l -> l.startsWith("configmap/cm-") && !l.endsWith("created")))
        .hasSize(1_000)
        .contains("configmap/cm-00007", "configmap/cm-09997");
    assertThat(r.out()).contains("  key: value-9999\n", "  name: cm-09999\n");
  }
}
