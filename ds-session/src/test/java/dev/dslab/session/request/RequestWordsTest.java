package dev.dslab.session.request;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dslab.engine.api.DeleteOptions;
import dev.dslab.engine.api.Kind;
import dev.dslab.engine.kubelet.ImageBehaviour;
import dev.dslab.model.core.Taint;
import dev.dslab.model.core.TaintEffect;
import dev.dslab.session.CommandException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every request's dsctl words read back into the same request: the state file keeps requests as
 * words.
 */
class RequestWordsTest {
  static Stream<Request> everyKindOfRequest() {
    Map<String, String> labels = new LinkedHashMap<>();
    labels.put("disk", "ssd");
    labels.put("topology.kubernetes.io/zone", "eu-west-1a");
    return Stream.of(
        new Request.Apply(List.of("ds.yaml", "svc.yaml"), null, false),
        new Request.Apply(List.of("-"), "kube-system", true),
        new Request.Delete(
            Kind.DAEMON_SET,
            List.of("a", "b"),
            List.of(),
            "monitoring",
            false,
            null,
            null,
            false,
            new DeleteOptions(DeleteOptions.Propagation.Orphan, null),
            false),
        new Request.Delete(
            Kind.POD,
            List.of(),
            List.of(),
            null,
            true,
            "app=x",
            "spec.nodeName=n1",
            false,
            new DeleteOptions(DeleteOptions.Propagation.Background, 0L),
            true),
        new Request.Delete(
            null,
            List.of(),
            List.of("x.yaml"),
            null,
            false,
            null,
            null,
            false,
            new DeleteOptions(DeleteOptions.Propagation.Background, null),
            false),
        new Request.Label(Kind.NODE, List.of("n1"), null, labels, List.of("old"), true),
        new Request.Label(
            Kind.DAEMON_SET, List.of("x"), "monitoring", Map.of("a", ""), List.of(), false),
        new Request.TaintNodes(
            List.of("n1", "n2"),
            List.of(
                Request.TaintChange.add(Taint.of("dedicated", "db", TaintEffect.NoSchedule)),
                Request.TaintChange.add(Taint.of("gpu", "", TaintEffect.NoExecute)),
                Request.TaintChange.removal("maintenance", null),
                Request.TaintChange.removal("x", TaintEffect.NoSchedule)),
            true),
        new Request.Cordon(List.of("n1"), true),
        new Request.Cordon(List.of("n1", "n2"), false),
        new Request.Drain("n1", true),
        new Request.SetImage("default", "agent", Map.of("agent", "agent:2")),
        new Request.RolloutUndo(null, "agent", 3),
        new Request.RolloutUndo("x", "agent", 0),
        new Request.RolloutRestart(null, "agent"),
        new Request.RolloutStatus(null, "agent", true, Duration.ZERO),
        new Request.RolloutStatus("kube-system", "agent", false, Duration.ofSeconds(90)),
        new Request.Scale(Kind.DEPLOYMENT, null, "web", 5),
        new Request.Scale(Kind.REPLICA_SET, "shop", "web-abc", 0),
        new Request.DeploymentSetImage(null, "web", Map.of("web", "nginx:1.28")),
        new Request.DeploymentRolloutUndo(null, "web", 2),
        new Request.DeploymentRolloutUndo("x", "web", 0),
        new Request.DeploymentRolloutRestart(null, "web"),
        new Request.DeploymentRolloutStatus(null, "web", true, Duration.ZERO),
        new Request.DeploymentRolloutStatus("x", "web", false, Duration.ofSeconds(30)),
        new Request.Advance(Duration.ofMillis(1500)),
        new Request.Advance(Duration.ofNanos(16_666_667)),
        new Request.Settle(Duration.ofHours(1)),
        new Request.UsePreset("kind"),
        new Request.AddNodes(
            List.of("edge-1", "edge-2"),
            labels,
            List.of(Taint.of("edge", "", TaintEffect.NoSchedule)),
            "edge"),
        new Request.GenerateNodes(5000, "node-", 3),
        new Request.Kubelets(List.of("n1"), false),
        new Request.Kubelets(List.of("n1", "n2"), true),
        new Request.SetImageBehaviour(
            "nginx",
            new ImageBehaviour(
                Duration.ofSeconds(5), Duration.ofSeconds(1), true, Duration.ofSeconds(30), false)),
        new Request.SetImageBehaviour(
            "busybox:1.36",
            new ImageBehaviour(
                Duration.ofSeconds(2),
                Duration.ofSeconds(1),
                false,
                null,
                false,
                List.of("listening on :8080", "--not-a-flag", "", "two words"))));
  }

  @ParameterizedTest
  @MethodSource("everyKindOfRequest")
  void wordsReadBackIntoTheSameRequest(Request request) throws CommandException {
    assertThat(RequestParser.parse(request.words())).contains(request);
  }

  @Test
  void everyKindOfRequestIsCovered() {
    assertThat(everyKindOfRequest().map(Object::getClass).distinct())
        .containsExactlyInAnyOrder(Request.class.getPermittedSubclasses());
  }

  @Test
  void kubectlsFlagSpellingsAllReadTheSame() throws CommandException {
    Request expected =
        new Request.Label(Kind.NODE, List.of("n1"), "x", Map.of("a", "b"), List.of(), true);
    for (String line :
        List.of(
            "label node n1 a=b --overwrite -n x",
            "kubectl label nodes n1 a=b --overwrite=true -nx",
            "label --namespace=x node/n1 a=b --overwrite",
            "label -n x --overwrite no n1 a=b")) {
      assertThat(RequestParser.parse(List.of(line.split(" ")))).as(line).contains(expected);
    }
  }

  @Test
  void readingCommandsAreNoRequests() throws CommandException {
    for (String line :
        List.of(
            "get pods",
            "describe ds x",
            "why ds/x",
            "rollout history ds/x",
            "sim now",
            "frobnicate")) {
      assertThat(RequestParser.parse(List.of(line.split(" ")))).as(line).isEmpty();
    }
  }

  @Test
  void badWordsAreRefusedWithKubectlsMessages() {
    assertThatThrownBy(() -> RequestParser.parse(List.of("label", "node", "n1", "a=b", "--bogus")))
        .hasMessage("error: unknown flag: --bogus");
    assertThatThrownBy(() -> RequestParser.parse(List.of("delete", "pod", "-x")))
        .hasMessage("error: unknown shorthand flag: 'x' in -x");
    assertThatThrownBy(() -> RequestParser.parse(List.of("taint", "node", "n1", "a=b:Sometimes")))
        .hasMessage("error: invalid taint effect: Sometimes, unsupported taint effect");
    assertThatThrownBy(() -> RequestParser.parse(List.of("delete", "ds", "x", "--cascade=maybe")))
        .hasMessageStartingWith("error: invalid cascade value (maybe)");
    assertThatThrownBy(
            () -> RequestParser.parse(List.of("rollout", "undo", "ds/x", "--to-revision", "two")))
        .hasMessageContaining("strconv.ParseInt: parsing \"two\"");
  }
}
