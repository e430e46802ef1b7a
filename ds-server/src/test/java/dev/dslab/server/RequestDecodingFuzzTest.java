package dev.dslab.server;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.dslab.engine.Cluster;
import dev.dslab.engine.api.ApiException;
import dev.dslab.engine.api.Kind;
import dev.dslab.model.meta.KubeObject;
import dev.dslab.model.meta.Selector;
import dev.dslab.model.meta.SelectorParseException;
import dev.dslab.session.presets.ClusterPresets;
import dev.dslab.yaml.LoadResult;
import dev.dslab.yaml.ManifestReader;
import dev.dslab.yaml.ManifestWriter;
import dev.dslab.yaml.Trees;
import java.util.List;
import java.util.Map;

/**
 * Coverage-guided fuzzing (Jazzer) of what the endpoint decodes from a request: the path, the
 * selectors, a patch in each of the three forms applied to a stored object, and the object it
 * gives, sent to the API server. Whatever the input, the answer is one of the typed refusals (which
 * become Status objects), never another exception. The gating build replays the committed corpus.
 */
class RequestDecodingFuzzTest {
  private static final Cluster CLUSTER =
      ClusterPresets.create("kind", 1, Cluster.DEFAULT_START).orElseThrow();

  @FuzzTest(maxDuration = "60s")
  @SuppressWarnings("unchecked")
  void anyRequestEndsInAnswerOrTypedRefusal(FuzzedDataProvider data) {
    String path = data.consumeString(200);
    String selector = data.consumeString(100);
    int form = data.consumeInt(0, 2);
    String body = data.consumeRemainingAsString();
    ApiPath.parse(path)
        .flatMap(p -> Resource.find(p.group(), p.version(), p.resource()))
        .ifPresent(
            r -> {
              try {
                Selectors.of(Map.of("fieldSelector", selector), r.kind());
              } catch (BadRequest expected) {
                // the API server's 400
              }
            });
    try {
      Selector.parse(selector);
    } catch (SelectorParseException expected) {
      // 400 as well
    }
    Object patch;
    try {
      patch = Trees.parseAny("request", body);
    } catch (IllegalArgumentException expected) {
      return; // 400: the body is not JSON
    }
    KubeObject node = CLUSTER.store().<KubeObject>list(Kind.NODE, null).get(1);
    Map<String, Object> tree = ManifestWriter.toTree(node);
    Object result;
    try {
      result =
          switch (form) {
            case 0 -> Patches.mergePatch(tree, patch);
            case 1 -> Patches.strategic(tree, patch);
            default ->
                patch instanceof List<?> ops ? Patches.jsonPatch(tree, (List<Object>) ops) : tree;
          };
    } catch (Patches.PatchException expected) {
      return; // 422
    }
    if (!(result instanceof Map<?, ?> m)) {
      return; // 400
    }
    LoadResult decoded =
        ManifestReader.read("patch", ManifestWriter.compactJson((Map<String, Object>) m));
    if (decoded.objects().size() != 1 || !decoded.problems().isEmpty()) {
      return; // 422
    }
    KubeObject object = decoded.objects().get(0).object();
    try {
      // validation only: the object is checked, and the store taken back to what it was
      Cluster scratch = ClusterPresets.create("kind", 1, Cluster.DEFAULT_START).orElseThrow();
      if (Kind.of(object) == Kind.NODE) {
        scratch.api().update(object.withMetadata(object.metadata().withResourceVersion(null)));
      } else {
        scratch.api().create(object);
      }
    } catch (ApiException expected) {
      // the API server's refusal, as a Status
    }
  }
}
