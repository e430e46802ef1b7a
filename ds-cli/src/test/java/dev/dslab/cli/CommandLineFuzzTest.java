package dev.dslab.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.Tuple.Tuple2;

/**
 * Fuzzing of the command line: random lines, mostly built from dsctl's own words (commands,
 * resource types, flags, selectors, taints, durations, file names) so that they reach deep into the
 * commands, mixed with arbitrary text. Whatever the line, the shell answers with its own output or
 * a user-facing error; no Java exception escapes and no stack trace or exception name is printed.
 */
class CommandLineFuzzTest {
  private static final List<String> COMMANDS =
      List.of(
          "get",
          "describe",
          "apply",
          "create",
          "delete",
          "label",
          "taint",
          "cordon",
          "uncordon",
          "drain",
          "set",
          "image",
          "rollout",
          "status",
          "history",
          "undo",
          "restart",
          "why",
          "sim",
          "advance",
          "settle",
          "now",
          "preset",
          "nodes",
          "add",
          "generate",
          "node",
          "down",
          "up",
          "kubectl",
          "dsctl",
          "help",
          "--help");
  private static final List<String> RESOURCES =
      List.of(
          "ds",
          "daemonset",
          "daemonsets",
          "daemonset.apps",
          "pods",
          "po",
          "pod",
          "nodes",
          "no",
          "node",
          "events",
          "ev",
          "all",
          "ds/agent",
          "daemonset/agent",
          "node/kind-worker",
          "nodes/kind-worker2",
          "pod/agent-x",
          "agent",
          "kind-worker",
          "kind-control-plane",
          "ds,pods",
          "nodes,ds",
          "services",
          "ns",
          "namespaces",
          "kind",
          "minikube",
          "zones",
          "nope",
          "agent=agent:2",
          "*=agent:3");
  private static final List<String> FLAGS =
      List.of(
          "-o",
          "yaml",
          "json",
          "wide",
          "name",
          "jsonpath={.items}",
          "custom-columns=N:.metadata.name",
          "-l",
          "app=agent",
          "app!=agent",
          "app in (a,b)",
          "!app",
          "-A",
          "--all-namespaces",
          "-n",
          "kube-system",
          "default",
          "--overwrite",
          "--to-revision",
          "--to-revision=0",
          "--to-revision=-3",
          "--revision=1",
          "--timeout",
          "--timeout=5s",
          "5s",
          "-1s",
          "10%",
          "0",
          "-1",
          "99999999999",
          "2147483648",
          "1h",
          "100000h",
          "1.5m",
          "-f",
          "agent.yaml",
          "missing.yaml",
          "-",
          "--watch",
          "-w",
          "--ignore-daemonsets",
          "--force",
          "--delete-emptydir-data",
          "--grace-period=0",
          "--selector",
          "--field-selector",
          "spec.nodeName=kind-worker",
          "metadata.name",
          "--show-labels",
          "--no-headers",
          "--cascade=orphan",
          "--all",
          "--dry-run=client",
          "--record",
          "--count",
          "3",
          "--labels",
          "zone=a",
          "--taints",
          "k=v:NoSchedule",
          "--role",
          "worker",
          "--fail-after",
          "--pull",
          "fail",
          "ok",
          "slow");
  private static final List<String> VALUES =
      List.of(
          "app=agent",
          "tier=edge",
          "app-",
          "tier-",
          "=",
          "a=b=c",
          "k=v:NoSchedule",
          "k=v:NoExecute",
          "k:PreferNoSchedule",
          "k-",
          "k:NoSchedule-",
          "k=v:Bogus",
          "k=:NoExecute",
          "node-role.kubernetes.io/control-plane:NoSchedule-",
          "agent=agent:2",
          "agent=",
          "=agent:2",
          "",
          "''",
          "\"",
          "'unterminated",
          "\\",
          "#comment",
          "kind-worker",
          "kind-worker2",
          "--",
          "-x",
          "ünïcödé",
          "a/b/c",
          "💥",
          "a".repeat(300),
          "node-%d",
          "${HOME}",
          "../../etc/passwd",
          "/dev/null",
          "10s",
          "1000h",
          "-5m");

  private static final String FULL_DAEMONSET =
      """
      apiVersion: apps/v1
      kind: DaemonSet
      metadata:
        name: agent
        namespace: default
        labels:
          app: agent
      spec:
        minReadySeconds: 5
        revisionHistoryLimit: 3
        selector:
          matchLabels:
            app: agent
          matchExpressions:
          - key: tier
            operator: NotIn
            values:
            - db
        updateStrategy:
          type: RollingUpdate
          rollingUpdate:
            maxUnavailable: 1
            maxSurge: 0
        template:
          metadata:
            labels:
              app: agent
          spec:
            nodeSelector:
              kubernetes.io/os: linux
            affinity:
              nodeAffinity:
                requiredDuringSchedulingIgnoredDuringExecution:
                  nodeSelectorTerms:
                  - matchExpressions:
                    - key: kubernetes.io/hostname
                      operator: Exists
            tolerations:
            - key: node-role.kubernetes.io/control-plane
              operator: Exists
              effect: NoExecute
              tolerationSeconds: 30
            terminationGracePeriodSeconds: 30
            hostNetwork: false
            containers:
            - name: agent
              image: agent:1
              ports:
              - containerPort: 9100
                hostPort: 9100
              resources:
                requests:
                  cpu: 100m
                  memory: 200Mi
              volumeMounts:
              - name: logs
                mountPath: /var/log
            volumes:
            - name: logs
              hostPath:
                path: /var/log
      """;
  private static final List<String> HOSTILE_VALUES =
      List.of(
          "-1",
          "0",
          "''",
          "'10%'",
          "101%",
          "'-5%'",
          "abc",
          "[]",
          "{}",
          "null",
          "~",
          "2147483648",
          "9223372036854775808",
          "1e3",
          "true",
          "OnDelete",
          "Bogus",
          "Gt",
          "In",
          "DoesNotExist",
          "NoExecute",
          "Equal",
          "'1.5'",
          "0.5",
          "'999999999999Gi'",
          "-100m",
          "'app=agent'",
          "[a, b]",
          "{a: 1}",
          "v1",
          "apps/v2",
          "Pod",
          "List",
          "'UPPER_case'",
          "'a b'",
          "\"\\u0000\"",
          "'💥'");

  @Property(tries = 150)
  void anyCommandLineEndsInOutputOrAUserFacingErrorNeverAnException(
      @ForAll("scripts") List<String> lines) throws IOException {
    Path dir = Files.createTempDirectory("dsctl-fuzz");
    ShellRun.write(dir, "agent.yaml", ShellRun.AGENT_DAEMONSET);
    String script =
        "sim preset kind\napply -f agent.yaml\n"
            + String.join("\n", lines)
            + "\nget ds,pods -o wide\n";

    ShellRun run = ShellRun.run(dir, script);

    assertThat(run.err()).doesNotContain("Exception", "\tat ", "java.");
    assertThat(run.out()).doesNotContain("Exception", "\tat ");
  }

  /**
   * Manifests whose values are replaced by hostile ones reach the API server's validation: apply
   * and create answer with its message or a reading problem, never an exception.
   */
  @Property(tries = 150)
  void anyManifestValueEndsInTheApiServersMessageNeverAnException(
      @ForAll("valueReplacements") List<Tuple2<Integer, String>> replacements) throws IOException {
    String[] lines = FULL_DAEMONSET.split("\n", -1);
    for (Tuple2<Integer, String> r : replacements) {
      int at = r.get1() % lines.length;
      int colon = lines[at].indexOf(": ");
      lines[at] =
          colon < 0
              ? lines[at].replaceFirst("- .*", "- " + r.get2())
              : lines[at].substring(0, colon + 2) + r.get2();
    }
    Path dir = Files.createTempDirectory("dsctl-fuzz");
    ShellRun.write(dir, "ds.yaml", String.join("\n", lines));

    ShellRun run =
        ShellRun.run(
            dir,
            "sim preset kind\napply -f ds.yaml\ncreate -f ds.yaml\nsim settle\n"
                + "get ds,pods -o wide\nrollout status ds/agent --timeout=1m\nwhy ds/agent\nrollout undo ds/agent\n");

    assertThat(run.err()).doesNotContain("Exception", "\tat ", "java.");
  }

  @Provide
  Arbitrary<List<Tuple2<Integer, String>>> valueReplacements() {
    Arbitrary<String> value =
        Arbitraries.oneOf(
            Arbitraries.of(HOSTILE_VALUES),
            Arbitraries.strings()
                .ofMaxLength(8)
                .map(v -> "'" + v.replace("'", "").replace("\n", "") + "'"));
    return Combinators.combine(Arbitraries.integers().between(0, 10_000), value)
        .as(Tuple::of)
        .list()
        .ofMinSize(1)
        .ofMaxSize(4);
  }

  @Provide
  Arbitrary<List<String>> scripts() {
    return line().list().ofMinSize(1).ofMaxSize(12);
  }

  private static Arbitrary<String> line() {
    Arbitrary<String> word =
        Arbitraries.frequencyOf(
            weighted(5, Arbitraries.of(COMMANDS)),
            weighted(5, Arbitraries.of(RESOURCES)),
            weighted(6, Arbitraries.of(FLAGS)),
            weighted(4, Arbitraries.of(VALUES)),
            weighted(1, Arbitraries.strings().ofMaxLength(12)));
    Arbitrary<String> head = Arbitraries.of(COMMANDS);
    return Combinators.combine(head, word.list().ofMaxSize(7))
        .as(
            (h, rest) -> {
              StringBuilder line = new StringBuilder(h);
              for (String w : rest) {
                line.append(' ')
                    .append(
                        w.indexOf(' ') >= 0 || w.isEmpty() ? "'" + w.replace("'", "") + "'" : w);
              }
              return line.toString().replace('\n', ' ').replace('\r', ' ');
            });
  }

  /** Pairs a weight with its arbitrary, typed as {@link Arbitraries#frequencyOf} wants it. */
  private static Tuple2<Integer, Arbitrary<? extends String>> weighted(
      int weight, Arbitrary<String> arbitrary) {
    return Tuple.of(weight, arbitrary);
  }
}
