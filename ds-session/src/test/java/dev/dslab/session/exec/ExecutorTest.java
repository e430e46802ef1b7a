package dev.dslab.session.exec;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dslab.engine.Cluster;
import dev.dslab.engine.api.Kind;
import dev.dslab.model.core.Node;
import dev.dslab.session.RequestRunner;
import dev.dslab.session.presets.ClusterPresets;
import dev.dslab.session.request.Request;
import dev.dslab.session.request.RequestParser;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The session carries out typed requests with kubectl's words and refusals, and no command line.
 */
class ExecutorTest {
  private final Cluster cluster =
      ClusterPresets.create("kind", 1, Cluster.DEFAULT_START).orElseThrow();
  private final RequestRunner runner = new RequestRunner(cluster, 1, Path.of("."));

  @Test
  void everyKindOfRequestHasAHandler() {
    for (Class<?> type : Request.class.getPermittedSubclasses()) {
      assertThat(Executor.handles(type)).as(type.getSimpleName()).isTrue();
    }
  }

  @Test
  void aLabelRequestLabelsTheNodeAndSaysSoAsKubectlDoes() {
    RequestRunner.Outcome o =
        runner.run(
            new Request.Label(
                Kind.NODE,
                List.of("kind-multinodes-worker"),
                null,
                Map.of("disk", "ssd"),
                List.of(),
                false));
    assertThat(o.ok()).isTrue();
    assertThat(o.out()).isEqualTo("node/kind-multinodes-worker labeled\n");
    assertThat(
            cluster
                .store()
                .<Node>get(Kind.NODE, null, "kind-multinodes-worker")
                .orElseThrow()
                .metadata()
                .labels())
        .containsEntry("disk", "ssd");
    assertThat(o.line().toString()).isEqualTo("label nodes kind-multinodes-worker disk=ssd");
  }

  @Test
  void aRefusalIsTypedAndChangesNothing() throws Exception {
    long before = cluster.store().resourceVersion();
    RequestRunner.Outcome o =
        runner.run(RequestParser.taint(List.of("node", "ghost", "a=b:NoSchedule"), false));
    assertThat(o.ok()).isFalse();
    assertThat(o.refusal()).contains("Error from server (NotFound): nodes \"ghost\" not found");
    assertThat(cluster.store().resourceVersion()).isEqualTo(before);
  }
}
