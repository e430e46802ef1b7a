package dev.dslab.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * dsctl's --field-selector is the API server's: every field it supports, its refusal in kubectl's
 * words.
 */
class FieldSelectorCommandsTest {
  @Test
  void eventsSelectByInvolvedObjectReasonAndType(@TempDir Path dir) {
    ShellRun.write(dir, "agent.yaml", ShellRun.AGENT_DAEMONSET);
    ShellRun r =
        ShellRun.run(
            dir,
            """
        apply -f agent.yaml
        sim settle
        get events --field-selector involvedObject.kind=DaemonSet,involvedObject.name=agent -o name
        get events --field-selector reason=SuccessfulCreate,type=Normal -o name
        get events --field-selector type=Warning
        get pods --field-selector spec.nodeName=kind-multinodes-worker,status.phase=Running -o name
        get pods --field-selector spec.foo=bar
        """,
            "--preset",
            "kind");
    assertThat(r.out().lines().filter(l -> l.startsWith("event/agent.")).count()).isEqualTo(4);
    assertThat(r.out().lines().filter(l -> l.startsWith("pod/agent-")).count()).isEqualTo(1);
    assertThat(r.err())
        .contains("No resources found in default namespace.")
        .contains(
            "Error from server (BadRequest): Unable to find \"/v1, Resource=pods\" that match label selector "
                + "\"\", field selector \"spec.foo=bar\": field label not supported: spec.foo");
  }
}
