package dev.dslab.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.dslab.engine.Cluster;
import dev.dslab.session.SavedState;
import dev.dslab.session.SavedState.Line;
import dev.dslab.session.presets.ClusterPresets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Coverage-guided fuzzing (Jazzer) of dsctl's command line: a few words from dsctl's vocabulary and
 * arbitrary text, with an arbitrary manifest for {@code -f}, run on a small cluster. Whatever the
 * input, dsctl answers with its output or kubectl's error message, never an exception. The gating
 * build replays the committed corpus.
 */
class DsctlFuzzTest {
  private static final List<String> WORDS =
      List.of(
          "get",
          "apply",
          "create",
          "delete",
          "label",
          "taint",
          "cordon",
          "uncordon",
          "drain",
          "describe",
          "rollout",
          "status",
          "history",
          "undo",
          "restart",
          "set",
          "image",
          "why",
          "sim",
          "advance",
          "settle",
          "node",
          "nodes",
          "add",
          "generate",
          "down",
          "up",
          "ds",
          "daemonset",
          "pods",
          "po",
          "nodes",
          "events",
          "svc",
          "-o",
          "wide",
          "json",
          "yaml",
          "name",
          "-l",
          "-A",
          "-n",
          "--overwrite",
          "-f",
          "m.yaml",
          "--show-labels",
          "--field-selector",
          "--cascade=orphan",
          "--ignore-daemonsets",
          "--to-revision",
          "kind-multinodes-worker",
          "agent",
          "app=agent",
          "disk=ssd",
          "k-",
          "k=v:NoExecute",
          "k:NoSchedule-",
          "1s",
          "10m",
          "--max",
          "-h");

  @FuzzTest(maxDuration = "60s")
  void anyCommandLineEndsInOutputOrKubectlsMessage(FuzzedDataProvider data) {
    List<String> words = new ArrayList<>();
    int count = data.consumeInt(1, 6);
    for (int i = 0; i < count; i++) {
      words.add(data.consumeBoolean() ? data.pickValue(WORDS) : data.consumeString(20));
    }
    String manifest = data.consumeRemainingAsString();
    Cluster cluster = ClusterPresets.create("kind", 1, Cluster.DEFAULT_START).orElseThrow();
    InProcessDsctl.Result r =
        new InProcessDsctl(cluster, 1)
            .run(
                new Line(
                    words, Map.of("m.yaml", List.of(new SavedState.Manifest("m.yaml", manifest)))));
    assertThat(r.err()).doesNotContain("Exception").doesNotContain("\tat ");
  }
}
