package dev.dslab.desktop.headless;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dslab.desktop.LaunchOptions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** Tier (b): the --render-png path on the toolkit, without a window. */
class HeadlessRenderTest {
  @BeforeAll
  static void toolkit() throws Exception {
    FxToolkit.registerPrimaryStage();
  }

  private static int render(LaunchOptions options) throws Exception {
    return WaitForAsyncUtils.asyncFx(() -> HeadlessRender.render(options))
        .get(60, TimeUnit.SECONDS);
  }

  @Test
  void sameInputGivesTheSamePicture(@TempDir Path dir) throws Exception {
    Files.writeString(
        dir.resolve("agent.yaml"),
        """
        apiVersion: apps/v1
        kind: DaemonSet
        metadata:
          name: ssd-agent
        spec:
          selector:
            matchLabels: {app: ssd-agent}
          template:
            metadata:
              labels: {app: ssd-agent}
            spec:
              nodeSelector: {disk: ssd}
              containers:
              - name: agent
                image: agent:1
        """);
    Path script = dir.resolve("script.txt");
    Files.writeString(script, "# manifests, one a line\nagent.yaml\n");
    Path first = dir.resolve("a.png");
    Path second = dir.resolve("b.png");
    assertThat(
            render(
                LaunchOptions.parse(
                    List.of("--render-png", first.toString(), "--script", script.toString()))))
        .isZero();
    assertThat(
            render(
                LaunchOptions.parse(
                    List.of("--render-png", second.toString(), "--script", script.toString()))))
        .isZero();
    assertThat(Files.size(first)).isGreaterThan(2_000);
    assertThat(Files.readAllBytes(first)).isEqualTo(Files.readAllBytes(second));
  }

  @Test
  void aBadManifestInTheScriptStillRendersButFails(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("bad.yaml"), "kind: [\n");
    Path script = dir.resolve("script.txt");
    Files.writeString(script, "bad.yaml\n");
    Path out = dir.resolve("out.png");
    assertThat(
            render(
                LaunchOptions.parse(
                    List.of(
                        "--preset",
                        "kind",
                        "--render-png",
                        out.toString(),
                        "--script",
                        script.toString()))))
        .isEqualTo(1);
    assertThat(out).exists();
  }
}
