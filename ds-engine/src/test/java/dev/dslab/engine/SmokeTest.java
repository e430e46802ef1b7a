package dev.dslab.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dslab.engine.api.Kind;
import dev.dslab.engine.presets.Presets;
import dev.dslab.model.apps.DaemonSet;
import dev.dslab.model.core.Pod;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class SmokeTest {
  @Test
  void kubeadmPresetRunsSystemDaemonSets() {
    Cluster c = Presets.create("kubeadm", 1, Cluster.DEFAULT_START).orElseThrow();
    List<DaemonSet> ds = c.list(Kind.DAEMON_SET, "kube-system");
    ds.forEach(d -> System.out.println(d.metadata().name() + " " + d.status()));
    List<Pod> pods = c.list(Kind.POD, null);
    pods.forEach(p -> System.out.println(p.metadata().name() + " " + p.spec().nodeName() + " " + p.status().phase() + " " + p.status().podIP()));
    assertThat(pods).hasSize(6);
  }
}
