package dev.dslab.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The shell's commands one by one: their output, their kubectl messages, their errors. */
class ShellCommandsTest {
  @TempDir Path dir;

  private ShellRun run(String script, String... args) {
    ShellRun.write(dir, "agent.yaml", ShellRun.AGENT_DAEMONSET);
    return ShellRun.run(dir, script, args);
  }

  @Test
  void sameSeedAndScriptGiveTheSameOutputByteForByte() {
    String script =
        """
        sim nodes generate 5
        apply -f agent.yaml
        sim settle
        get pods -o wide
        get events
        get controllerrevisions
        """;
    ShellRun a = run(script, "--seed", "42");
    ShellRun b = run(script, "--seed", "42");
    ShellRun c = run(script, "--seed", "43");
    assertThat(a.err()).isEmpty();
    assertThat(a.out()).isEqualTo(b.out()).isNotEqualTo(c.out());
  }

  @Test
  void applyTwiceSaysUnchangedAndAChangeSaysConfigured() {
    ShellRun.write(dir, "agent2.yaml", ShellRun.AGENT_DAEMONSET.replace("agent:1", "agent:2"));
    ShellRun r =
        run(
            """
        apply -f agent.yaml
        apply -f agent.yaml
        apply -f agent2.yaml
        create -f agent.yaml
        """,
            "--preset",
            "kind");
    assertThat(r.out())
        .isEqualTo(
            """
        daemonset.apps/agent created
        daemonset.apps/agent unchanged
        daemonset.apps/agent configured
        """);
    assertThat(r.err())
        .isEqualTo(
            "Error from server (AlreadyExists): error when creating \""
                + dir.resolve("agent.yaml").toString().replace(dir.toString() + "/", "")
                + "\": daemonsets.apps \"agent\" already exists\n");
  }

  @Test
  void labelAndTaintSpeakKubectl() {
    ShellRun r =
        run(
            """
        label node kind-multinodes-worker disk=ssd
        label node kind-multinodes-worker disk=hdd
        label node kind-multinodes-worker disk=hdd --overwrite
        label node kind-multinodes-worker disk-
        label node nope a=b
        taint node kind-multinodes-worker dedicated=db:NoSchedule
        taint node kind-multinodes-worker dedicated=db:NoSchedule
        taint node kind-multinodes-worker dedicated:NoSchedule-
        taint node kind-multinodes-worker dedicated:NoSchedule-
        taint node kind-multinodes-worker x=y:Sometimes
        """,
            "--preset",
            "kind");
    assertThat(r.out())
        .isEqualTo(
            """
        node/kind-multinodes-worker labeled
        node/kind-multinodes-worker labeled
        node/kind-multinodes-worker unlabeled
        node/kind-multinodes-worker tainted
        node/kind-multinodes-worker untainted
        """);
    assertThat(r.err())
        .isEqualTo(
            """
        error: 'disk' already has a value (ssd), and --overwrite is false
        Error from server (NotFound): nodes "nope" not found
        error: node kind-multinodes-worker already has dedicated taint(s) with same effect(s) and --overwrite is false
        error: taint "dedicated:NoSchedule" not found
        error: invalid taint effect: Sometimes, unsupported taint effect
        """);
  }

  @Test
  void noExecuteTaintEvictsAndTheTableFollows() {
    ShellRun r =
        run(
            """
        apply -f agent.yaml
        sim settle
        taint node kind-multinodes-worker dedicated=db:NoExecute
        get pods -o wide
        sim settle
        get ds
        get pods --field-selector spec.nodeName=kind-multinodes-worker
        """,
            "--preset",
            "kind");
    assertThat(r.out())
        .containsPattern(
            "agent-[a-z0-9]{5}   1/1     Terminating   0          2s    10\\.244\\.1\\.2   "
                + "kind-multinodes-worker ")
        .contains(
            "agent   1         1         1       1            1           <none>          3s\n");
    assertThat(r.err()).isEqualTo("No resources found in default namespace.\n");
  }

  @Test
  void nodesAddedWithLabelsAndTaintsTakePart() {
    ShellRun r =
        run(
            """
        sim nodes add w1 w2 --label disk=ssd --role worker
        sim nodes add tainted --taint gpu=true:NoSchedule
        apply -f agent.yaml
        get nodes
        get ds
        delete node w1
        get ds
        sim settle
        get ds
        sim now
        sim advance 1m
        sim now
        get pods -o name
        """);
    assertThat(r.err()).isEmpty();
    assertThat(r.out())
        .contains("node/w1 created\nnode/w2 created\nnode/tainted created\n")
        .contains("w1        Ready    worker   0s    v1.32.2\n")
        .contains("tainted   Ready    <none>   0s    v1.32.2\n")
        .contains(
            "agent   2         2         0       2            0           <none>          0s\n")
        .contains("node \"w1\" deleted\n")
        // Upstream has no node-delete handler: the numbers move once PodGC removes the pod (its 20
        // s tick, plus the 40 s quarantine).
        .contains(
            "node \"w1\" deleted\nNAME    DESIRED   CURRENT   READY   UP-TO-DATE   AVAILABLE   NODE SELECTOR   AGE\n"
                + "agent   2         2         0       2            0           <none>          0s\n")
        .contains(
            "agent   1         1         1       1            1           <none>          60s\n")
        .contains("2025-01-01T00:01:00Z\n2025-01-01T00:02:00Z\n");
    assertThat(r.out().lines().filter(l -> l.startsWith("pod/agent-"))).hasSize(1);
  }

  @Test
  void getByNameAndAllNamespaces() {
    ShellRun r =
        run(
            """
        get ds -A
        get daemonset.apps/kube-proxy -n kube-system -o name
        get pods -n kube-system -l k8s-app=kube-proxy --no-headers
        get ns
        get ds kube-proxy
        """,
            "--preset",
            "kubeadm");
    assertThat(r.out())
        .startsWith(
            """
        NAMESPACE     NAME          DESIRED   CURRENT   READY   UP-TO-DATE   AVAILABLE   NODE SELECTOR                 AGE
        kube-system   calico-node   3         3         3       3            3           beta.kubernetes.io/os=linux   4m
        kube-system   kube-proxy    3         3         3       3            3           <none>                        4m45s
        daemonset.apps/kube-proxy
        """)
        .containsPattern("(kube-proxy-[a-z0-9]{5}   1/1   Running   0     .*\n){3}")
        .contains("default           Active   6m50s\n");
    assertThat(r.err())
        .isEqualTo("Error from server (NotFound): daemonsets.apps \"kube-proxy\" not found\n");
  }

  @Test
  void severalTypesPrintOneTablePerTypeWithTheKindInTheName() {
    ShellRun r =
        run("get ds,po -n kube-system --no-headers\nget nodes,ds\n", "--preset", "kubeadm");
    assertThat(r.out())
        .startsWith(
            """
        daemonset.apps/calico-node   3     3     3     3     3     beta.kubernetes.io/os=linux   4m
        daemonset.apps/kube-proxy    3     3     3     3     3     <none>                        4m45s

        pod/calico-node-""")
        .contains("node/kube-master    Ready    master   6m50s   v1.13.4\n");
    assertThat(r.err()).isEmpty();
  }
}
