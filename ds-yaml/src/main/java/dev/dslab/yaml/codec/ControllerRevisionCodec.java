package dev.dslab.yaml.codec;

import dev.dslab.model.apps.ControllerRevision;
import dev.dslab.model.core.PodTemplateSpec;
import dev.dslab.yaml.tree.DecodeException;
import dev.dslab.yaml.tree.Fields;
import dev.dslab.yaml.tree.ObjectBuilder;
import java.util.Map;

/**
 * apps/v1 ControllerRevision of a DaemonSet. Upstream stores the template as the strategic merge
 * patch {@code {"spec":{"template":{..., "$patch":"replace"}}}} in {@code data}; reading it back
 * yields the template.
 */
final class ControllerRevisionCodec {
  static final KindCodec<ControllerRevision> CODEC =
      new KindCodec<>(
          "apps/v1",
          ControllerRevision.KIND,
          ControllerRevision.class,
          ControllerRevisionCodec::decode,
          ControllerRevisionCodec::encode);

  private ControllerRevisionCodec() {}

  static ControllerRevision decode(Fields f) {
    PodTemplateSpec template =
        f.object(
            "data",
            data -> {
              // data is a RawExtension: free-form but for the template the DaemonSet controller put
              // there.
              data.ignoreRest();
              return data.object(
                  "spec",
                  spec -> {
                    spec.ignoreRest();
                    return spec.object(
                        "template",
                        t -> {
                          t.ignore("$patch");
                          return PodSpecCodec.template(t);
                        });
                  });
            });
    if (template == null) {
      throw new DecodeException(
          f.path().field("data").field("spec").field("template"), f.line(), "Required value");
    }
    return new ControllerRevision(MetaCodec.metadata(f), template, f.int64("revision"));
  }

  static Map<String, Object> encode(ControllerRevision r) {
    Map<String, Object> template =
        ObjectBuilder.copyOf(PodSpecCodec.encode(r.template())).put("$patch", "replace").build();
    return ObjectBuilder.object()
        .put("metadata", MetaCodec.encode(r.metadata()))
        .put(
            "data",
            ObjectBuilder.object().put("spec", ObjectBuilder.object().put("template", template)))
        .put("revision", r.revision())
        .build();
  }
}
