package dev.dslab.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * describe pod and describe node, in describe.go's layout, and dsctl's DaemonSet section on nodes.
 */
class DescribePodAndNodeTest {
  @TempDir Path dir;

  private ShellRun run(String script) {
    ShellRun.write(dir, "agent.yaml", ShellRun.AGENT_DAEMONSET);
    return ShellRun.run(
        dir,
        "sim nodes add n1\nsim nodes add n2 --taint dedicated=db:NoSchedule\napply -f agent.yaml\n"
            + "sim advance 1m\n"
            + script);
  }

  @Test
  void describePodShowsStateConditionsTolerationsAndEvents() {
    ShellRun r = run("describe pods\n");
    assertThat(r.err()).isEmpty();
    assertThat(r.out().replaceAll("agent-[a-z0-9]{5}", "agent-XXXXX"))
        .contains(
            """
        Name:             agent-XXXXX
        Namespace:        default
        Priority:         0
        Service Account:  default
        Node:             n1/172.18.0.2
        Start Time:       Wed, 01 Jan 2025 00:00:00 +0000
        """)
        .contains(
            """
        Status:           Running
        IP:               10.244.0.2
        IPs:
          IP:           10.244.0.2
        Controlled By:  DaemonSet/agent
        Containers:
          agent:
            Container ID:\s\s\s
            Image:          agent:1
            Image ID:\s\s\s\s\s\s\s
            Port:           <none>
            Host Port:      <none>
            State:          Running
              Started:      Wed, 01 Jan 2025 00:00:02 +0000
            Ready:          True
            Restart Count:  0
            Environment:    <none>
            Mounts:         <none>
        Conditions:
          Type                        Status
          PodReadyToStartContainers   True\s
          Initialized                 True\s
          Ready                       True\s
          ContainersReady             True\s
          PodScheduled                True\s
        Volumes:                      <none>
        QoS Class:                    BestEffort
        Node-Selectors:               <none>
        Tolerations:                  node.kubernetes.io/disk-pressure:NoSchedule op=Exists
        """)
        .contains(
            """
        Events:
          Type    Reason     Age   From               Message
          ----    ------     ----  ----               -------
          Normal  Scheduled  60s   default-scheduler  Successfully assigned default/agent-XXXXX to n1
          Normal  Pulled     58s   kubelet            Container image "agent:1" already present on machine
        """);
  }

  @Test
  void describeNodeShowsItsPodsAndWhyEachDaemonSetIsOrIsNotThere() {
    ShellRun r = run("cordon n2\ndescribe node n2\ndescribe node nope\n");
    assertThat(r.out())
        .contains(
            """
        Taints:             dedicated=db:NoSchedule
                            node.kubernetes.io/unschedulable:NoSchedule
        Unschedulable:      true
        """)
        .contains("Non-terminated Pods:          (0 in total)\n")
        .contains(
            """
            DaemonSets (dsctl):
              Namespace  Name   Runs Here  Why Not
              ---------  ----   ---------  -------
              default    agent  no         taint dedicated=db:NoSchedule is not tolerated: no new pod, a running \
            pod stays; node is cordoned; daemon pods tolerate node.kubernetes.io/unschedulable, so this alone does \
            not keep them away
            """);
    assertThat(r.err()).isEqualTo("Error from server (NotFound): nodes \"nope\" not found\n");
  }

  /**
   * As kubectl does (compared with the real one): {@code -l} picks the pages, and it excludes
   * names.
   */
  @Test
  void describeWithASelectorShowsTheSelectedObjects() {
    ShellRun r =
        run("describe pods -l app=agent\ndescribe pods -l app=nope\ndescribe pod x -l a=b\n");
    assertThat(r.out())
        .contains("Name:             agent-")
        .contains("Controlled By:  DaemonSet/agent");
    assertThat(r.err())
        .isEqualTo(
            """
        No resources found in default namespace.
        error: name cannot be provided when a selector is specified
        """);
  }
}
