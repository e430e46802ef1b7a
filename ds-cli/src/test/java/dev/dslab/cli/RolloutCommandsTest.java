package dev.dslab.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** set image and rollout status|history|undo|restart through the shell, with kubectl's words. */
class RolloutCommandsTest {
  @TempDir Path dir;

  private ShellRun run(String script) {
    ShellRun.write(
        dir,
        "agent.yaml",
        ShellRun.AGENT_DAEMONSET.replace(
            "spec:\n  selector:",
            "spec:\n  updateStrategy:\n    rollingUpdate:\n      maxUnavailable: 2\n  selector:"));
    return ShellRun.run(dir, "sim nodes generate 5\napply -f agent.yaml\nsim settle\n" + script);
  }

  @Test
  void rolloutStatusAdvancesTheClockAndPrintsEachNewMessage() {
    ShellRun r =
        run(
            """
        set image ds/agent agent=agent:2
        rollout status ds/agent
        sim now
        """);
    assertThat(r.err()).isEmpty();
    assertThat(r.out())
        .endsWith(
            """
        daemonset.apps/agent image updated
        Waiting for daemon set "agent" rollout to finish: 0 out of 5 new pods have been updated...
        Waiting for daemon set "agent" rollout to finish: 2 out of 5 new pods have been updated...
        Waiting for daemon set "agent" rollout to finish: 4 out of 5 new pods have been updated...
        Waiting for daemon set "agent" rollout to finish: 4 of 5 updated pods are available...
        daemon set "agent" successfully rolled out
        2025-01-01T00:00:11Z
        """);
  }

  @Test
  void brokenImageTimesOutAndUndoRecovers() {
    ShellRun r =
        run(
            """
        sim image agent:bad --never-ready
        set image daemonset agent agent=agent:bad
        rollout status daemonset/agent --timeout 2m
        rollout undo ds/agent
        rollout status ds/agent --watch=false
        rollout status ds/agent
        rollout history ds/agent
        rollout undo ds/agent --to-revision 7
        """);
    assertThat(r.out())
        .contains(
            """
        Waiting for daemon set "agent" rollout to finish: 2 out of 5 new pods have been updated...
        daemonset.apps/agent rolled back
        Waiting for daemon set "agent" rollout to finish: 3 out of 5 new pods have been updated...
        """)
        .contains(
            """
            daemon set "agent" successfully rolled out
            daemonset.apps/agent\s
            REVISION  CHANGE-CAUSE
            2         <none>
            3         <none>

            """);
    assertThat(r.err())
        .isEqualTo(
            """
        error: timed out waiting for the condition
        error: unable to find specified revision 7 in history
        """);
  }

  @Test
  void historyShowsARevisionsPodTemplateAndRestartRollsEverything() {
    ShellRun r =
        run(
            """
        rollout history ds/agent --revision 1
        rollout history ds/agent --revision 4
        rollout restart ds/agent
        rollout status ds/agent
        get controllerrevisions
        rollout undo ds/agent --to-revision 2
        set image ds/agent sidecar=x:1
        """);
    assertThat(r.out())
        .startsWith(
            """
        5 nodes added
        daemonset.apps/agent created
        2025-01-01T00:00:02Z
        daemonset.apps/agent with revision #1
        Pod Template:
          Labels:  app=agent
          Containers:
           agent:
            Image:         agent:1
            Port:          <none>
            Host Port:     <none>
            Environment:   <none>
            Mounts:        <none>
          Volumes:         <none>
          Node-Selectors:  <none>
          Tolerations:     <none>
        daemonset.apps/agent restarted
        """)
        .containsPattern("agent-[a-z0-9]+   daemonset.apps/agent   2          9s\n")
        .endsWith(
            "daemonset.apps/agent skipped rollback (current template already matches revision 2)\n");
    assertThat(r.err())
        .isEqualTo(
            """
        error: unable to find the specified revision
        error: unable to find container named "sidecar"
        """);
  }
}
